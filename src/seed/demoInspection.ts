/**
 * The demo county's two quarters of inspection history, so that the 季度检查看板 shows a trend on first start: the
 * new-media post log of the months since the older of the two past quarters began, the 督办通知 that stood in those
 * quarters (all resolved since, each dated inside its quarter and resolved after its close), one 人工扣分, and both
 * quarters frozen at their close. Dated against the seed day's calendar quarters; deterministic.
 */
import type { Payload, PayloadRequest } from 'payload'
import { localDate, shiftDate } from '../../domain/calendar'
import type { AuditRuleId } from '../../domain/audit/auditRules'
import { quarterBounds, quarterOf, type QuarterKey } from '../../domain/inspection/model'
import { freezeQuarter } from '../../plugins/inspection'
import { DEMO_NEW_MEDIA_ACCOUNTS, type DepartmentKey } from './demoData'

type Id = number | string

const DAY_MS = 86_400_000

/** Which of the two past quarters: 2 is the older, 1 the one that ended last. */
type Ago = 1 | 2

type Subject =
  | { type: 'columns'; slug: string }
  | { type: 'new-media-accounts'; accountId: string; platform: string }
  /** The department's newest published 政府信息 of the given kind. */
  | { type: 'documents'; kind: 'policy' | 'any' }

export type StoryNotice = {
  ago: Ago
  department: DepartmentKey
  rule: AuditRuleId
  severity: 'red' | 'yellow'
  subject: Subject
  message: string
  /** Days after the quarter's first day on which the audit first found it. */
  detectedDay: number
  /**
   * Days after the quarter's last day on which it was resolved; negative: before its close (a red notice of a 单项否决
   * item still makes the quarter red, and leaves the next quarter alone).
   */
  resolvedAfter: number
}

/**
 * The story: 县教育局 red (its 微信 silent) then yellow, 县农业农村局 yellow then red (its account silent while being
 * closed), 石桥乡 red twice, 县住房和城乡建设局 and 县财政局 yellow then green, 县发展和改革局 and 东城街道 green then yellow.
 */
export const DEMO_INSPECTION_STORY: readonly StoryNotice[] = [
  { ago: 2, department: 'jyj', rule: 'new-media-stale', severity: 'red', subject: { type: 'new-media-accounts', accountId: 'linjiangjiaoyu', platform: 'wechat' }, message: '政务新媒体“临江教育”已42天未更新（超过30天）', detectedDay: 40, resolvedAfter: -12 },
  { ago: 2, department: 'jyj', rule: 'column-stale', severity: 'yellow', subject: { type: 'columns', slug: 'ywjy' }, message: '栏目“义务教育”已85天未更新，即将超过90天的更新要求', detectedDay: 55, resolvedAfter: 8 },
  { ago: 2, department: 'nyncj', rule: 'column-stale', severity: 'yellow', subject: { type: 'columns', slug: 'snbt' }, message: '栏目“涉农补贴”已80天未更新，即将超过90天的更新要求', detectedDay: 62, resolvedAfter: 15 },
  { ago: 2, department: 'zjj', rule: 'column-stale', severity: 'yellow', subject: { type: 'columns', slug: 'ggzyjy' }, message: '栏目“公共资源交易”已83天未更新，即将超过90天的更新要求', detectedDay: 48, resolvedAfter: 6 },
  { ago: 2, department: 'zjj', rule: 'publish-overdue', severity: 'yellow', subject: { type: 'documents', kind: 'any' }, message: '信息形成后已17个工作日未公开，即将超过20个工作日的时限', detectedDay: 70, resolvedAfter: 5 },
  { ago: 2, department: 'czj', rule: 'interpretation-overdue', severity: 'yellow', subject: { type: 'documents', kind: 'policy' }, message: '政策文件印发后尚未发布解读，距解读时限不足3个工作日', detectedDay: 33, resolvedAfter: 10 },
  { ago: 2, department: 'sqx', rule: 'new-media-stale', severity: 'red', subject: { type: 'new-media-accounts', accountId: 'shiqiaoxiang2020', platform: 'kuaishou' }, message: '政务新媒体“石桥乡”已35天未更新（超过30天）', detectedDay: 50, resolvedAfter: 20 },
  // Red findings corrected within their quarter: points lost, no colour (neither a 单项否决 nor open at the close).
  { ago: 2, department: 'fgj', rule: 'publish-overdue', severity: 'red', subject: { type: 'documents', kind: 'any' }, message: '信息形成后已23个工作日未公开（超过20个工作日）', detectedDay: 20, resolvedAfter: -60 },
  { ago: 2, department: 'fgj', rule: 'review-stuck', severity: 'red', subject: { type: 'documents', kind: 'any' }, message: '初审环节已超过办理时限3个工作日', detectedDay: 26, resolvedAfter: -58 },
  { ago: 2, department: 'mzj', rule: 'column-stale', severity: 'red', subject: { type: 'columns', slug: 'shjz' }, message: '栏目“社会救助”已96天未更新（超过90天）', detectedDay: 15, resolvedAfter: -70 },
  { ago: 1, department: 'wjj', rule: 'publish-overdue', severity: 'red', subject: { type: 'documents', kind: 'any' }, message: '信息形成后已22个工作日未公开（超过20个工作日）', detectedDay: 30, resolvedAfter: -50 },
  { ago: 1, department: 'czj', rule: 'review-stuck', severity: 'red', subject: { type: 'documents', kind: 'any' }, message: '终审环节已超过办理时限2个工作日', detectedDay: 41, resolvedAfter: -45 },
  { ago: 1, department: 'jyj', rule: 'column-stale', severity: 'yellow', subject: { type: 'columns', slug: 'ywjy' }, message: '栏目“义务教育”已86天未更新，即将超过90天的更新要求', detectedDay: 58, resolvedAfter: 9 },
  { ago: 1, department: 'nyncj', rule: 'new-media-stale', severity: 'red', subject: { type: 'new-media-accounts', accountId: 'linjiangnongye', platform: 'wechat' }, message: '政务新媒体“临江农业”已38天未更新（超过30天），注销手续尚未办结', detectedDay: 44, resolvedAfter: 14 },
  { ago: 1, department: 'sqx', rule: 'new-media-stale', severity: 'red', subject: { type: 'new-media-accounts', accountId: 'shiqiaoxiang2020', platform: 'kuaishou' }, message: '政务新媒体“石桥乡”已47天未更新（超过30天）', detectedDay: 36, resolvedAfter: 18 },
  { ago: 1, department: 'fgj', rule: 'publish-overdue', severity: 'yellow', subject: { type: 'documents', kind: 'any' }, message: '信息形成后已18个工作日未公开，即将超过20个工作日的时限', detectedDay: 66, resolvedAfter: 4 },
  { ago: 1, department: 'dcjd', rule: 'new-media-stale', severity: 'yellow', subject: { type: 'new-media-accounts', accountId: 'dongchengjiedao', platform: 'wechat' }, message: '政务新媒体“东城街道”已25天未更新，即将超过30天', detectedDay: 52, resolvedAfter: 7 },
]

/** A finding of the 人工检查 (not an audit rule): 河口镇's typos in the older quarter. */
export const DEMO_MANUAL_DEDUCTION = { ago: 2 as Ago, department: 'hkz' as DepartmentKey, item: 'content-quality', findings: 2, note: '抽查发现2条信息存在错别字、附件无法打开' }

const previous = (quarter: QuarterKey): QuarterKey => {
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(5))
  return (q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`) as QuarterKey
}

/** The two quarters before the one `today` is in, oldest first. */
export const pastQuarters = (today: string): [QuarterKey, QuarterKey] => {
  const last = previous(quarterOf(today))
  return [previous(last), last]
}

/** The last instant of a quarter (its last Beijing day's end). */
export const quarterEnd = (quarter: QuarterKey): Date => new Date(`${quarterBounds(quarter).to}T23:59:59.999+08:00`)

/** When the demo freezes a quarter: the first instant after its close (a quarter is frozen once it has ended). */
export const freezeInstant = (quarter: QuarterKey): Date => new Date(quarterEnd(quarter).getTime() + 1)

export type HistoricalNotice = Omit<StoryNotice, 'detectedDay' | 'resolvedAfter'> & { quarter: QuarterKey; detectedAt: string; resolvedAt: string }

/**
 * The story's notices dated for a seed on `now`: detected at 09:00 Beijing on their day in the quarter, resolved at
 * 16:00 on their day; those resolved after the close never later than a minute before `now` (and never before the
 * close: at the close, each of them was open).
 */
export const historicalNotices = (now: Date): HistoricalNotice[] => {
  const quarters = pastQuarters(localDate(now))
  return DEMO_INSPECTION_STORY.map(({ detectedDay, resolvedAfter, ...notice }) => {
    const quarter = quarters[2 - notice.ago]
    const { from, to } = quarterBounds(quarter)
    const end = quarterEnd(quarter).getTime()
    const detected = new Date(`${shiftDate(from, Math.min(detectedDay, 85))}T09:00:00.000+08:00`)
    const day = new Date(`${shiftDate(to, resolvedAfter)}T16:00:00.000+08:00`).getTime()
    const resolved = resolvedAfter < 0 ? Math.max(day, detected.getTime() + 3_600_000) : Math.max(end + 60_000, Math.min(day, now.getTime() - 60_000))
    return { ...notice, quarter, detectedAt: detected.toISOString(), resolvedAt: new Date(resolved).toISOString() }
  })
}

const MONTHLY_POSTS: Record<string, number> = { wechat: 22, weibo: 45, douyin: 12, toutiao: 18, kuaishou: 9 }

/** A small deterministic hash of a text, 0 ≤ h < 1. */
const unit = (text: string): number => {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619)
  return (h >>> 0) / 2 ** 32
}

const monthOf = (day: string) => day.slice(0, 7)
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
const lastDayOf = (month: string) => shiftDate(`${nextMonth(month)}-01`, -1)

export type PostLogRow = { accountId: string; platform: string; month: string; count: number }

/**
 * The post log (发文台账) of every demo account from the older past quarter's first month to the seed day's month:
 * a platform's usual monthly count ±30 %, nothing in months after an account's last post or after it closed, and
 * the current month counted up to the seed day only. `shift` moves the demo's own dates (filed, closed) as the seed does.
 */
export const demoPostLog = (now: Date, shift: number): PostLogRow[] => {
  const today = localDate(now)
  const first = monthOf(quarterBounds(pastQuarters(today)[0]).from)
  const rows: PostLogRow[] = []
  for (const account of DEMO_NEW_MEDIA_ACCOUNTS) {
    const filed = shiftDate(account.filedAt, shift)
    const silentFrom = account.lastPostDaysAgo !== undefined ? shiftDate(today, -account.lastPostDaysAgo + 1) : null
    const closed = account.closedAt ? shiftDate(account.closedAt, shift) : null
    for (let month = first; month <= monthOf(today); month = nextMonth(month)) {
      const start = `${month}-01`
      const end = lastDayOf(month) < today ? lastDayOf(month) : today
      if (lastDayOf(month) < filed) continue
      if (closed && start > closed) continue
      // The days of the month the account posted in: from its filing (or the 1st) to its last post, closure or today.
      const from = filed > start ? filed : start
      let until = end
      if (silentFrom && shiftDate(silentFrom, -1) < until) until = shiftDate(silentFrom, -1)
      if (closed && closed < until) until = closed
      const days = until < from ? 0 : Math.round((Date.parse(until) - Date.parse(from)) / 86_400_000) + 1
      const base = MONTHLY_POSTS[account.platform] ?? 10
      const count = Math.round(((base * days) / 30) * (0.7 + 0.6 * unit(`${account.accountId}|${account.platform}|${month}`)))
      rows.push({ accountId: account.accountId, platform: account.platform, month, count })
    }
  }
  return rows
}

export type DemoInspectionSeed = { posts: number; notices: number; deductions: number; frozen: QuarterKey[] }

type Context = {
  now: Date
  /** The demo's date shift (demoShiftDays). */
  shift: number
  /** A fresh request in the seed's transaction. */
  req: () => Promise<PayloadRequest>
  departmentId: (key: DepartmentKey) => Id
}

/** Writes the history through the Local API, inside the seed's transaction, and freezes both past quarters. */
export const seedDemoInspection = async (payload: Payload, { now, shift, req, departmentId }: Context): Promise<DemoInspectionSeed> => {
  const accounts = new Map<string, { id: Id; name: string }>()
  const { docs: accountDocs } = await payload.find({ collection: 'new-media-accounts', pagination: false, depth: 0, overrideAccess: true, req: await req() })
  for (const a of accountDocs as Array<{ id: Id; name: string; accountId: string; platform: string }>) accounts.set(`${a.accountId}|${a.platform}`, { id: a.id, name: a.name })

  let posts = 0
  for (const row of demoPostLog(now, shift)) {
    const account = accounts.get(`${row.accountId}|${row.platform}`)
    if (!account) throw new Error(`发文台账引用了不存在的政务新媒体账号：${row.accountId}（${row.platform}）`)
    await payload.create({ collection: 'new-media-posts' as never, data: { account: account.id, month: row.month, count: row.count } as never, overrideAccess: true, req: await req() })
    posts++
  }

  const subjectOf = async (notice: HistoricalNotice): Promise<{ subjectType: string; subjectId: string; subjectTitle: string }> => {
    const { subject } = notice
    if (subject.type === 'new-media-accounts') {
      const account = accounts.get(`${subject.accountId}|${subject.platform}`)
      if (!account) throw new Error(`演示督办通知引用了不存在的政务新媒体账号：${subject.accountId}`)
      return { subjectType: subject.type, subjectId: String(account.id), subjectTitle: account.name }
    }
    if (subject.type === 'columns') {
      const { docs } = await payload.find({ collection: 'columns', where: { slug: { equals: subject.slug } }, limit: 1, depth: 0, overrideAccess: true, req: await req() })
      const column = docs[0] as { id: Id; title: string } | undefined
      if (!column) throw new Error(`演示督办通知引用了不存在的栏目：${subject.slug}`)
      return { subjectType: subject.type, subjectId: String(column.id), subjectTitle: column.title }
    }
    const { docs } = await payload.find({
      collection: 'documents',
      where: { and: [{ department: { equals: departmentId(notice.department) } }, ...(subject.kind === 'policy' ? [{ kind: { equals: 'policy' } }] : [])] },
      sort: '-formedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: await req(),
    })
    const doc = docs[0] as { id: Id; title: string } | undefined
    if (!doc) throw new Error(`演示督办通知找不到${notice.department}的政府信息`)
    return { subjectType: 'documents', subjectId: String(doc.id), subjectTitle: doc.title }
  }

  let notices = 0
  for (const notice of historicalNotices(now)) {
    const subject = await subjectOf(notice)
    await payload.create({
      collection: 'audit-notices',
      data: {
        rule: notice.rule,
        severity: notice.severity,
        ...subject,
        department: departmentId(notice.department),
        message: notice.message,
        dueAt: new Date(Date.parse(notice.detectedAt) + 7 * DAY_MS).toISOString(),
        detectedAt: notice.detectedAt,
        // The last daily run that still found it was the day before the one that resolved it.
        lastSeenAt: new Date(Date.parse(notice.resolvedAt) - DAY_MS).toISOString(),
        resolvedAt: notice.resolvedAt,
        status: 'resolved',
        emailedAt: notice.detectedAt,
        emailedSeverity: notice.severity,
        emailAttempts: 1,
        createdAt: notice.detectedAt,
        updatedAt: notice.resolvedAt,
      } as never,
      overrideAccess: true,
      req: await req(),
    })
    notices++
  }

  const quarters = pastQuarters(localDate(now))
  const manual = DEMO_MANUAL_DEDUCTION
  await payload.create({
    collection: 'inspection-deductions' as never,
    data: { quarter: quarters[2 - manual.ago], department: departmentId(manual.department), item: manual.item, findings: manual.findings, note: manual.note } as never,
    overrideAccess: true,
    req: await req(),
  })

  for (const quarter of quarters) await freezeQuarter(payload, quarter, { now: freezeInstant(quarter), req: await req() })
  return { posts, notices, deductions: 1, frozen: quarters }
}
