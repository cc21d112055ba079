/**
 * The reply letters of 依申请公开 (告知书): four kinds, each an editable plain-text template with `{占位符}`, modelled on
 * county letters (title, 受理编号, the addressee, the body citing the 条例's article, 落款机关 and date). Rendering refuses
 * a placeholder nobody knows and marks a value nobody gave (`〔待填写：理由〕`) so the drafter fills it before signing.
 */
import { codedError, messageOf } from '../errors'
import { APPLICATION_OUTCOMES, type ApplicationOutcome } from './vocabulary'

export const LETTER_KINDS = [
  { value: 'correction', label: '补正告知书' },
  { value: 'extension', label: '延期答复告知书' },
  { value: 'third-party', label: '征求第三方意见书' },
  { value: 'reply', label: '政府信息公开申请答复书' },
] as const
export type LetterKind = (typeof LETTER_KINDS)[number]['value']

export const isLetterKind = (value: unknown): value is LetterKind => LETTER_KINDS.some((k) => k.value === value)
export const letterKindLabel = (kind: string): string => LETTER_KINDS.find((k) => k.value === kind)?.label ?? kind

export const LETTER_STATUSES = [
  { value: 'draft', label: '待签发' },
  { value: 'signed', label: '已签发' },
] as const
export type LetterStatus = (typeof LETTER_STATUSES)[number]['value']

/** Every placeholder a template may use, and what fills it. */
export const PLACEHOLDERS = {
  申请人: '申请人姓名或名称',
  受理编号: '申请的受理编号',
  收到日期: '收到申请之日',
  申请内容: '申请获取的政府信息',
  答复期限: '答复期限的最后一日',
  延期工作日: '延长的工作日数',
  补正事项: '需要补正的内容',
  补正期限: '补正期限（工作日）',
  征求事项: '征求意见涉及的信息',
  第三方: '被征求意见的第三方',
  意见期限: '第三方提出意见的期限（工作日）',
  办理结果: '答复的办理结果',
  理由: '理由或说明',
  机关名称: '办理机关名称',
  日期: '落款日期',
} as const
export type Placeholder = keyof typeof PLACEHOLDERS
export const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name)

const lines = (...text: string[]) => text.join('\n')

/** The default templates: one line per paragraph; line 1 the title, line 2 the 受理编号, the last two 落款 and 日期. */
export const DEFAULT_TEMPLATES: Record<LetterKind, string> = {
  correction: lines(
    '政府信息公开申请补正告知书',
    '受理编号：{受理编号}',
    '{申请人}：',
    '本机关于{收到日期}收到您提出的政府信息公开申请。经审查，您的申请内容不够明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您对申请作如下补正：',
    '{补正事项}',
    '请您自收到本告知书之日起{补正期限}个工作日内提交补正后的申请，答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    '特此告知。',
    '{机关名称}',
    '{日期}',
  ),
  extension: lines(
    '政府信息公开申请延期答复告知书',
    '受理编号：{受理编号}',
    '{申请人}：',
    '本机关于{收到日期}收到您提出的政府信息公开申请。因{理由}，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延期工作日}个工作日，本机关将于{答复期限}前作出答复。',
    '特此告知。',
    '{机关名称}',
    '{日期}',
  ),
  'third-party': lines(
    '政府信息公开征求第三方意见书',
    '受理编号：{受理编号}',
    '{第三方}：',
    '本机关于{收到日期}收到一件政府信息公开申请，申请公开的政府信息涉及{征求事项}。经审查，公开该信息可能损害您的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求您的意见。',
    '请您自收到本意见书之日起{意见期限}个工作日内，就是否同意公开提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。',
    '{机关名称}',
    '{日期}',
  ),
  reply: lines(
    '政府信息公开申请答复书',
    '受理编号：{受理编号}',
    '{申请人}：',
    '本机关于{收到日期}收到您提出的政府信息公开申请，您申请获取“{申请内容}”。根据《中华人民共和国政府信息公开条例》第三十六条的规定，经审查，现答复如下：',
    '{办理结果}',
    '{理由}',
    '如对本答复不服，您可以自收到本答复书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。',
    '{机关名称}',
    '{日期}',
  ),
}

/**
 * What each outcome of table 三 says in a 答复书, with its article. The row's own wording (vocabulary.ts) opens it,
 * so the letter and the annual report name the outcome alike.
 */
const OUTCOME_SENTENCES: Record<ApplicationOutcome, string> = {
  granted: '您申请获取的政府信息属于可以公开的政府信息，本机关予以公开，现向您提供该政府信息（条例第三十六条第（二）项）。',
  'partly-granted': '您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的部分（条例第三十七条）。',
  'refused:state-secret': '您申请获取的政府信息属于国家秘密，本机关不予公开（条例第十四条）。',
  'refused:prohibited-by-law': '您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关不予公开（条例第十四条）。',
  'refused:security-stability': '您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关不予公开（条例第十四条）。',
  'refused:third-party': '您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，本机关不予公开（条例第十五条）。',
  'refused:internal-affairs': '您申请获取的政府信息属于人事管理、后勤管理、内部工作流程等内部事务信息，本机关不予公开（条例第十六条第一款）。',
  'refused:process-information': '您申请获取的政府信息属于本机关在履行行政管理职能过程中形成的过程性信息，本机关不予公开（条例第十六条第二款）。',
  'refused:enforcement-file': '您申请获取的政府信息属于行政执法案卷信息，本机关不予公开（条例第十六条第二款）。',
  'refused:administrative-query': '您申请获取的信息属于行政查询事项，请依照有关法律、行政法规的规定办理（条例第三十六条第（七）项）。',
  'unavailable:not-held': '经检索，本机关未制作或获取您申请公开的政府信息，该政府信息不存在（条例第三十六条第（四）项）。',
  'unavailable:needs-creation': '本机关没有您申请获取的现成信息，提供该信息需要对现有政府信息进行加工、分析，本机关不予提供（条例第三十八条）。',
  'unavailable:still-unclear': '您补正后的申请内容仍不明确，本机关无法提供相应的政府信息。',
  'not-handled:petition': '您的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动，不作为政府信息公开申请处理，您可以通过相应渠道提出（条例第三十九条第一款）。',
  'not-handled:repeat': '本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同的政府信息，本机关不予重复处理（条例第三十六条第（六）项）。',
  'not-handled:publication': '您申请获取的是公开出版物，请通过出版物的发行渠道获取（条例第三十九条第二款）。',
  'not-handled:excessive': '您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由，本机关不予处理（条例第三十五条）。',
  'not-handled:confirmation': '您的申请属于要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请的范围，本机关不予处理。',
  'other:no-correction': '您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请（条例第三十条）。',
  'other:unpaid-fee': '您逾期未按收费通知的要求缴纳信息处理费，本机关不再处理该政府信息公开申请（条例第四十二条）。',
  'other:other': '本机关对您的申请作如下处理：',
}

/** The outcome as the 答复书 words it: table 三's row (（三）不予公开 1.属于国家秘密) and what it means for the applicant. */
export const outcomeWording = (outcome: ApplicationOutcome): string => {
  const row = APPLICATION_OUTCOMES.find((o) => o.value === outcome)
  if (!row) throw new RangeError(`未知的办理结果：${outcome}`)
  const group = row.group.replace(/^（[一二三四五六]）/, '').replace(/（[^（）]*）$/, '')
  const label = row.label.replace(/^\d+\./, '')
  return `办理结果：${group === label ? group : `${group}（${label}）`}。${OUTCOME_SENTENCES[outcome]}`
}

/** 2026年12月2日 for 2026-12-02. */
export const chineseDate = (date: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date
}

const TOKEN = /\{([^{}\n]*)\}/g

/** The placeholders a template names that nobody fills, in order of appearance, each once. */
export const unknownPlaceholders = (template: string): string[] =>
  [...new Set([...template.matchAll(TOKEN)].map((m) => m[1]))].filter((name) => !isPlaceholder(name))

export type LetterValues = Partial<Record<Placeholder, string | null>>

/** The marker a missing value leaves in the text; signing refuses a letter that still has one. */
export const missingMarker = (name: string) => `〔待填写：${name}〕`
const MARKER = /〔待填写：([^〕]*)〕/g
export const unfilledIn = (body: string): string[] => [...new Set([...body.matchAll(MARKER)].map((m) => m[1]))]

/**
 * The template with its values: an unknown placeholder is refused (`applications.letter-placeholder-unknown`, naming it); a value that is missing (undefined or
 * null) leaves a marker and is listed in `missing`. An empty string is a value: its paragraph disappears in the layout.
 */
export const renderLetter = (template: string, values: LetterValues): { body: string; missing: Placeholder[] } => {
  const unknown = unknownPlaceholders(template)
  if (unknown.length > 0) throw codedError('applications.letter-placeholder-unknown', unknown[0])
  const missing: Placeholder[] = []
  const body = template.replace(TOKEN, (_, name: Placeholder) => {
    const value = values[name]
    if (value === undefined || value === null) {
      if (!missing.includes(name)) missing.push(name)
      return missingMarker(name)
    }
    return value
  })
  return { body, missing }
}

export type LetterLayout = {
  title: string
  reference: string | null
  salutation: string | null
  paragraphs: string[]
  signature: string
  date: string
}

/**
 * A letter's text laid out as the printed letter: the first line is the title, a line starting 受理编号 the reference,
 * the next line ending in a colon the salutation, the last two lines 落款 and 日期; blank lines are dropped.
 */
export const letterLayout = (body: string): LetterLayout => {
  const rows = body
    .split(/\r?\n/)
    .map((row) => row.trim())
    .filter((row) => row.length > 0)
  const title = rows.shift() ?? ''
  const reference = rows[0]?.startsWith('受理编号') ? rows.shift()! : null
  const salutation = rows[0] && /[：:]$/.test(rows[0]) ? rows.shift()! : null
  const date = rows.length > 1 ? rows.pop()! : ''
  const signature = rows.length > 1 ? rows.pop()! : ''
  return { title, reference, salutation, paragraphs: rows, signature, date }
}

/** Why a template cannot be saved (its first unknown placeholder), or null: the settings field's check. */
export const templateProblem = (template: unknown): string | null => {
  if (typeof template !== 'string' || template.trim() === '') return '模板不能为空'
  const unknown = unknownPlaceholders(template)
  if (unknown.length === 0) return null
  return `${messageOf('applications.letter-placeholder-unknown', unknown[0])}。可用的占位符：${Object.keys(PLACEHOLDERS).map((name) => `{${name}}`).join('')}`
}

/** What the register knows about an application, as the letters need it. */
export type ApplicationFacts = {
  applicantName?: string | null
  trackingNumber?: string | null
  receivedAt?: string | null
  description?: string | null
  dueAt?: string | null
  outcome?: string | null
  departmentName?: string | null
  history?: ReadonlyArray<{ type: string; reason?: string | null; days?: number | null }> | null
  /** The clock's settings: the default 补正 period and the third party's days (domain/applications/clock.ts). */
  correctionPeriodDays: number
  thirdPartyDays: number
  /** The letter's date (yyyy-MM-dd). */
  today: string
}

const isKnownOutcome = (value: unknown): value is ApplicationOutcome => APPLICATION_OUTCOMES.some((o) => o.value === value)

/**
 * A letter's values from the register (the latest 补正, 延期 and 答复 entries of the history), overridden by what the
 * drafter gives (`overrides`, keyed by placeholder; an unknown key is refused like an unknown placeholder).
 */
export const letterValues = (kind: LetterKind, facts: ApplicationFacts, overrides: Record<string, unknown> = {}): LetterValues => {
  const latest = (type: string) => [...(facts.history ?? [])].reverse().find((entry) => entry.type === type)
  const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value))
  const date = (value: string | null | undefined) => (value ? chineseDate(value) : undefined)
  const correction = latest('correction-requested')
  const extension = latest('extended')
  const answer = latest('answered') ?? latest('abandoned')
  const values: LetterValues = {
    申请人: text(facts.applicantName),
    受理编号: text(facts.trackingNumber),
    收到日期: date(facts.receivedAt),
    申请内容: text(facts.description),
    答复期限: date(facts.dueAt),
    延期工作日: text(extension?.days),
    补正事项: text(correction?.reason),
    补正期限: String(correction?.days ?? facts.correctionPeriodDays),
    征求事项: text(facts.description),
    意见期限: String(facts.thirdPartyDays),
    办理结果: isKnownOutcome(facts.outcome) ? outcomeWording(facts.outcome) : undefined,
    // A 答复书's outcome already gives the legal reason: an extra reason is optional there, and required for an extension.
    理由: kind === 'extension' ? text(extension?.reason) : kind === 'reply' ? (text(answer?.reason) ?? '') : undefined,
    机关名称: text(facts.departmentName),
    日期: chineseDate(facts.today),
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (!isPlaceholder(name)) throw codedError('applications.letter-placeholder-unknown', name)
    values[name] = value === undefined || value === null ? undefined : String(value)
  }
  return values
}
