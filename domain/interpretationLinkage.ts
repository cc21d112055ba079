/**
 * 政策解读 linkage rules (寻乌县《关于规范全县政务公开相关工作的通知》: linked within 5 days of the
 * policy's issue; 《浏阳市政务公开渠道管理机制》: released with the policy, at most 3 working days later).
 * Pure functions over plain data; the interpretations plugin (plugins/interpretations) feeds them.
 */
import { hasPublicDisclosure, isPublicDocument } from './publicDefinition'
import { daysBetween, deadlineBounds, deadlineDate, endOfLocalDay, isAfterBounds, isExact, localDate, type DateBounds, type DeadlineRule, type WorkingDayCalendar } from './calendar'

export type PolicyFacts = {
  id: number | string
  kind?: string | null
  disclosure?: string | null
  /** Whether the published (main) row is public now: published with a public disclosure attribute. */
  isPublic: boolean
  /** Of the latest version. */
  reviewState?: string | null
  publishedAt?: string | null
  publishAt?: string | null
  /** 成文日期 (the day it was 印发). */
  formedAt?: string | null
}

/** Published, with a public disclosure attribute: what anonymous readers see of a document's main row. */
export const isPublicRow = isPublicDocument

/**
 * Which policy an interpretation may name when it is saved. Drafting an interpretation alongside its policy
 * (三同步) is allowed while the policy is still in review; it can only be *published* once the policy is public
 * (`publishRefusal`).
 */
export const linkRefusal = (policy: PolicyFacts | null): string | null => {
  if (!policy) return '所选政策文件不存在'
  if (policy.kind !== 'policy') return '政策解读只能关联信息类别为“政策文件”的信息'
  if (!hasPublicDisclosure(policy.disclosure)) return '该政策文件不属于主动公开或部分公开，不能为其关联政策解读'
  if (policy.reviewState === 'withdrawn' && !policy.isPublic) return '该政策文件已撤回，不能为其关联政策解读'
  return null
}

/**
 * Whether an interpretation may become public now (`to: 'published'`) or be scheduled (`to: 'scheduled'`):
 * never before its policy. A scheduled interpretation may go out with its policy when the policy is scheduled
 * for the same moment or earlier (the scheduler publishes documents first).
 */
export const publishRefusal = (policy: PolicyFacts | null, to: string, publishAt?: string | null): string | null => {
  const refused = linkRefusal(policy)
  if (refused) return refused
  if (policy!.isPublic) return null
  if (to === 'scheduled' && policy!.reviewState === 'scheduled' && policy!.publishAt && publishAt && policy!.publishAt <= publishAt) return null
  return '所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布'
}

/** `from`: what the deadline counts from — the policy's 印发 (成文日期, `formed`) or its publication (absent: `published`). */
export type LinkageContext = { calendar: WorkingDayCalendar; rule: DeadlineRule; timeZone: string; from?: 'formed' | 'published' }

/** The instant the deadline counts from: the 成文/印发日期 when the setting says so (and it is known), else the publication. */
export const linkStart = (policy: { publishedAt?: string | Date | null; formedAt?: string | Date | null }, context: Pick<LinkageContext, 'from'>): string | Date | null =>
  (context.from === 'formed' ? policy.formedAt : null) ?? policy.publishedAt ?? null

/** "政策文件发布后" or "政策文件印发后", as the notices and the panel say it. */
export const linkStartLabel = (context: Pick<LinkageContext, 'from'>): string => (context.from === 'formed' ? '印发' : '发布')

/** The last moment the interpretation may be linked: the end of the deadline day in the portal's time zone. */
export const linkDeadline = (policyPublishedAt: string | Date, context: LinkageContext): Date => {
  const issued = localDate(policyPublishedAt, context.timeZone)
  return endOfLocalDay(deadlineDate(context.calendar, issued, context.rule), context.timeZone)
}

/** The deadline day as bounds: exact unless a working-day count runs into a year the calendar does not know yet. */
export const linkDeadlineBounds = (policyPublishedAt: string | Date, context: LinkageContext): DateBounds =>
  deadlineBounds(context.calendar, localDate(policyPublishedAt, context.timeZone), context.rule)

/**
 * What the workflow records when an interpretation is first published. Published with its policy is on time.
 * When the deadline runs into a year the calendar does not know yet, `linkDeadline` is null (not guessed) and
 * `linkedLate` is decided whenever the known days decide it — linked before the earliest possible deadline is on
 * time — and null otherwise. `publishedWithPolicy` records 与文件同时发布 (seed 000): the same local day as the policy's
 * publication. `start` is what the deadline counts from (linkStart); `policyPublishedAt` defaults to it.
 */
export const linkageAt = (start: string | Date | null | undefined, linkedAt: Date, context: LinkageContext, policyPublishedAt: string | Date | null | undefined = start) => {
  // A policy published in this very action (scheduled together) has no publishedAt yet: it is issued now.
  const bounds = linkDeadlineBounds(start ?? linkedAt, context)
  const linkedDay = localDate(linkedAt, context.timeZone)
  return {
    linkedAt: linkedAt.toISOString(),
    linkDeadline: isExact(bounds) ? endOfLocalDay(bounds.earliest, context.timeZone).toISOString() : null,
    linkedLate: isAfterBounds(linkedDay, bounds),
    publishedWithPolicy: linkedDay === localDate(policyPublishedAt ?? linkedAt, context.timeZone),
  }
}

export type InterpretationCountdown = {
  /** End of the deadline day; when `deadlinePending`, of the earliest day it can be. */
  deadline: string
  /** The deadline runs into a year whose holidays are not entered yet: only its earliest day is known. */
  deadlinePending: boolean
  /** Calendar days left until the deadline day (0 on the day itself, negative once overdue). */
  daysLeft: number
  /** Working days left after today up to the deadline day (only for working-day rules with a known deadline). */
  workingDaysLeft: number | null
  /** Certainly overdue (false while an unknown year leaves it open). */
  overdue: boolean
}

/** The countdown shown on a policy that still waits for its interpretation. */
export const countdown = (policyPublishedAt: string | Date, now: Date, context: LinkageContext): InterpretationCountdown => {
  const bounds = linkDeadlineBounds(policyPublishedAt, context)
  const pending = !isExact(bounds)
  const today = localDate(now, context.timeZone)
  const due = bounds.earliest
  return {
    deadline: endOfLocalDay(due, context.timeZone).toISOString(),
    deadlinePending: pending,
    daysLeft: daysBetween(today, due),
    workingDaysLeft: context.rule.dayType === 'working' && !pending ? (due > today ? context.calendar.workingDaysBetween(today, due) : 0) : null,
    overdue: isAfterBounds(today, bounds) === true,
  }
}

export type LinkedInterpretation = {
  id: number | string
  title: string
  /** Published (main row) — what the public sees while the policy is public. */
  published: boolean
  reviewState: string | null
  linkedAt: string | null
  linkedLate: boolean | null
}

export type LinkState = 'not-required' | 'awaiting-issue' | 'withdrawn' | 'linked' | 'linked-late' | 'pending' | 'overdue'

export type LinkStatus = {
  state: LinkState
  /** One line for the panel, in Chinese. */
  message: string
  countdown: InterpretationCountdown | null
}

/** The policy panel's verdict: has the policy its interpretation, and how long is left if not. */
export const linkStatus = (
  policy: { isPublic: boolean; reviewState?: string | null; publishedAt?: string | null; formedAt?: string | null; requiresInterpretation?: boolean | null },
  interpretations: ReadonlyArray<LinkedInterpretation>,
  now: Date,
  context: LinkageContext,
): LinkStatus => {
  const published = interpretations.filter((i) => i.published)
  if (!policy.isPublic && policy.reviewState === 'withdrawn') {
    return { state: 'withdrawn', message: '政策文件已撤回，其政策解读已随之从公开页面下线', countdown: null }
  }
  if (!policy.isPublic || !policy.publishedAt) {
    return policy.requiresInterpretation === false && published.length === 0
      ? { state: 'not-required', message: '本文件无需政策解读', countdown: null }
      : { state: 'awaiting-issue', message: '政策文件公开发布后开始计算解读关联时限；解读可与政策同步审核、同步发布', countdown: null }
  }
  if (published.length > 0) {
    const late = published.every((i) => i.linkedLate)
    return late
      ? { state: 'linked-late', message: `已关联 ${published.length} 篇政策解读（逾期关联）`, countdown: null }
      : { state: 'linked', message: `已按时关联 ${published.length} 篇政策解读`, countdown: null }
  }
  if (policy.requiresInterpretation === false) return { state: 'not-required', message: '本文件无需政策解读', countdown: null }
  const left = countdown(linkStart(policy, context)!, now, context)
  const unit = context.rule.dayType === 'working' ? `${context.rule.days} 个工作日` : `${context.rule.days} 日`
  const after = linkStartLabel(context)
  if (left.deadlinePending) {
    const year = context.calendar.lastKnownYear() + 1
    const when = left.daysLeft >= 0 ? `最早 ${localDate(left.deadline, context.timeZone)} 到期` : `可能已于 ${localDate(left.deadline, context.timeZone)} 起逾期`
    return {
      state: 'pending',
      message: `尚未发布政策解读：须在${after}后 ${unit}内关联；时限跨入 ${year} 年，须录入该年节假日安排后才能确定，${when}`,
      countdown: left,
    }
  }
  if (left.overdue) {
    return { state: 'overdue', message: `已超过解读关联时限（${after}后 ${unit}）${Math.max(1, -left.daysLeft)} 天，请尽快发布政策解读`, countdown: left }
  }
  const remaining = left.daysLeft === 0 ? '今日到期' : `还剩 ${left.daysLeft} 天${left.workingDaysLeft !== null ? `（${left.workingDaysLeft} 个工作日）` : ''}`
  return { state: 'pending', message: `尚未发布政策解读：须在${after}后 ${unit}内关联，${remaining}`, countdown: left }
}
