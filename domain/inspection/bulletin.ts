/**
 * The quarterly 通报 (季度检查情况通报) as data, from a quarter's snapshot: its title, 主送, opening, 一、基本情况 (the
 * figures), 二、存在问题 (one paragraph per problem type naming the units), 三、工作建议 (the editable templates), the
 * 整改期限, the annex list, 落款 and date; the annexes as tables; the listed units with their problems (what the
 * 通报整改 audit rule follows up). Pure: the .docx, the .xlsx and the Lexical body are written from it.
 */
import type { DomainGradeLine, Figures, InspectionSettings, QuarterSnapshot } from './model'
import { bulletinAnnexes, domainGradeCounts, type AnnexTable } from './bulletinAnnexes'
import { chineseDate, fillTemplate, percent, quarterName } from './bulletinFormat'
import { listedUnits, PROBLEM_TYPES, type ListedUnit, type ProblemKey } from './bulletinProblems'
import type { BulletinTemplates } from './bulletinTemplates'

export type BulletinBlock = { kind: 'title' | 'salutation' | 'heading' | 'paragraph' | 'annex' | 'signature' | 'date'; text: string }

export type BulletinProblem = { key: ProblemKey; label: string; units: string[] }

export type Bulletin = {
  quarter: QuarterSnapshot['quarter']
  title: string
  /** 成文日期, `yyyy-MM-dd`. */
  issuedOn: string
  /** 整改期限, `yyyy-MM-dd`. */
  deadline: string
  blocks: BulletinBlock[]
  annexes: AnnexTable[]
  problems: BulletinProblem[]
  listed: ListedUnit[]
}

export type BulletinInput = {
  snapshot: QuarterSnapshot
  settings: Pick<InspectionSettings, 'rubric'>
  templates: BulletinTemplates
  issuedOn: string
  deadline: string
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const numeral = (n: number): string => (n <= 10 ? NUMERALS[n - 1]! : n < 20 ? `十${NUMERALS[n - 11]}` : String(n))

export const bulletinTitle = (snapshot: Pick<QuarterSnapshot, 'quarter'>): string => `关于${quarterName(snapshot.quarter)}全县政务公开工作检查情况的通报`

/** 一、基本情况: the county's figures for the quarter, in the words of 甘州's 通报. */
export const figuresParagraphs = (figures: Figures, quarter: QuarterSnapshot['quarter']): string[] => {
  const { published, policies, applications, newMedia } = figures
  const first =
    `${quarterName(quarter)}，全县共主动公开政府信息${published.total}条，其中动态信息${published.dynamic}条，法定主动公开内容${published.statutory}条；` +
    `发布政策文件${policies.total}件，已解读${policies.interpreted}件；受理政府信息依申请公开${applications.received}件，已答复${applications.answered}件；` +
    `各政务新媒体账号共发布信息${newMedia.posts}条。`
  const second =
    newMedia.accounts > 0
      ? `全县现有${newMedia.accounts}个政务新媒体账号，此次检查合格${newMedia.qualified}个，不合格${newMedia.unqualified}个，正在注销${newMedia.closing}个，合格率${newMedia.passRate === null ? '—' : percent(newMedia.passRate)}。`
      : '全县暂无登记在册的政务新媒体账号。'
  return [first, second]
}

/** 基层政务公开: the 标准目录's 领域 by grade, as 甘州's 通报 puts it. */
export const domainsParagraph = (domains: readonly DomainGradeLine[]): string => {
  const counts = domainGradeCounts(domains)
  return `基层政务公开标准目录${domains.length}个领域中，公开情况较好的${counts.good}个，公开数量不足的${counts.insufficient}个，未更新的${counts.stale}个（见附件2）。`
}

/** 二、存在问题: the problem types found, each with the units it lists. */
export const bulletinProblems = (listed: readonly ListedUnit[]): BulletinProblem[] =>
  PROBLEM_TYPES.flatMap((type) => {
    const units = listed.filter((u) => u.problems.some((p) => p.key === type.key)).map((u) => u.name)
    return units.length ? [{ key: type.key, label: type.label, units }] : []
  })

const problemParagraph = (n: number, problem: BulletinProblem, listed: readonly ListedUnit[]): string => {
  const named = listed.flatMap((u) => {
    const found = u.problems.find((p) => p.key === problem.key)
    return found ? [found.details.length ? `${u.name}（${found.details.join('；')}）` : u.name] : []
  })
  return `（${numeral(n)}）${problem.label}。经查，${named.join('、')}，共${named.length}个单位存在此类问题。`
}

export const buildBulletin = ({ snapshot, settings, templates, issuedOn, deadline }: BulletinInput): Bulletin => {
  const values = { 季度: quarterName(snapshot.quarter), 整改期限: chineseDate(deadline) }
  const title = bulletinTitle(snapshot)
  const listed = listedUnits(snapshot.departments, settings)
  const problems = bulletinProblems(listed)
  const annexes = bulletinAnnexes(snapshot, values.季度)
  const paragraph = (text: string): BulletinBlock => ({ kind: 'paragraph', text })
  const suggestions = [templates.general, ...problems.map((p) => templates.suggestions[p.key])]
  const blocks: BulletinBlock[] = [
    { kind: 'title', text: title },
    { kind: 'salutation', text: fillTemplate(templates.salutation, values) },
    paragraph(fillTemplate(templates.opening, values)),
    { kind: 'heading', text: '一、基本情况' },
    ...figuresParagraphs(snapshot.figures, snapshot.quarter).map(paragraph),
    ...(snapshot.domains?.length ? [paragraph(domainsParagraph(snapshot.domains))] : []),
    { kind: 'heading', text: '二、存在问题' },
    ...(problems.length ? problems.map((p, i) => paragraph(problemParagraph(i + 1, p, listed))) : [paragraph('本季度检查未发现需要通报的问题。')]),
    { kind: 'heading', text: '三、工作建议' },
    ...suggestions.map((text, i) => paragraph(`（${numeral(i + 1)}）${fillTemplate(text, values)}`)),
    ...(problems.length ? [paragraph(fillTemplate(templates.deadlineSentence, values))] : []),
    ...annexes.map((a, i) => ({ kind: 'annex' as const, text: `${i === 0 ? '附件：' : '　　　'}${a.title.replace(/^附件(\d) /, '$1.')}` })),
    { kind: 'signature', text: templates.issuer },
    { kind: 'date', text: chineseDate(issuedOn) },
  ]
  return { quarter: snapshot.quarter, title, issuedOn, deadline, blocks, annexes, problems, listed }
}

/** The body's paragraphs as plain text (the Lexical body of the draft item): everything after the title. */
export const bulletinParagraphs = (bulletin: Bulletin): string[] => bulletin.blocks.filter((b) => b.kind !== 'title').map((b) => b.text)
