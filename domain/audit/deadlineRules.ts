/**
 * The item deadline rules. Each is red once its deadline day has passed (today > deadline) and yellow inside its
 * warning window; working-day rules count on the official calendar (the start day itself is not counted).
 */
import { daysBetween, endOfLocalDay, isAfterBounds, isExact, isOnOrAfterBounds, localDate, shiftDate, type CountBounds, type DateBounds, type WorkingDayCalendar } from '../calendar'
import type { AuditClock, Finding, PendingDecision, PendingSink, Severity } from './auditRules'
import type { AuditSettings } from './auditSettings'
import type { OverduePolicyFacts } from './interpretationRule'
import type { Id } from '../ids'
import { DUE_BASIS_LABELS, publicationDue } from '../publicationDue'

type ItemCollection = 'documents' | 'interpretations'

export type ItemFacts = { collection: ItemCollection; id: Id; title: string; department: Id | null }

const subject = (item: ItemFacts) => ({ subjectType: item.collection, subjectId: String(item.id), subjectTitle: item.title, department: item.department })
const due = (date: string, clock: AuditClock) => endOfLocalDay(date, clock.timeZone).toISOString()

/** The severity a count of working days gives, decided by its bounds: `certain` is the lower one, `open` when they differ. */
const severityOfBounds = (bounds: CountBounds, of: (waited: number) => Severity | null) => {
  const certain = of(bounds.min)
  return { certain, open: certain !== of(bounds.max) }
}

const pendingOf = (item: ItemFacts, rule: PendingDecision['rule'], earliest: string | null): PendingDecision => ({ ...subject(item), rule, earliest })
const atLeast = (bounds: CountBounds) => (bounds.min === bounds.max ? `${bounds.min}` : `至少 ${bounds.min}`)
const deadlineText = (bounds: DateBounds, calendar: WorkingDayCalendar) =>
  isExact(bounds) ? bounds.earliest : `最早 ${bounds.earliest}，跨入 ${calendar.lastKnownYear() + 1} 年，待录入节假日安排后确定`

/** What an unpublished item's deadline counts from (成文, 变更, 原文发布), on the same calendar for every basis. */
export type UnpublishedFacts = ItemFacts & { formedAt: string | Date; changedAt?: string | Date | null; reposted?: boolean | null; repostOriginalDate?: string | Date | null }

const timeliness = (settings: AuditSettings) => settings.deadlines

/**
 * 条例第二十六条: information is published within N working days of being formed or changed (成文日期, or a later
 * 变更日期); a 转载 of a higher government's information within 1 working day of the original. A deadline that runs
 * into a year the calendar does not know cannot have passed while today is still a known day; only what that year
 * really decides goes to `pending`.
 */
export const evaluatePublishOverdue = (
  items: ReadonlyArray<UnpublishedFacts>,
  settings: AuditSettings,
  calendar: WorkingDayCalendar,
  clock: AuditClock,
  pending?: PendingSink,
): Finding[] => {
  const findings: Finding[] = []
  for (const item of items) {
    const dueOf = publicationDue({ ...item, lastPublishedAt: null }, timeliness(settings), clock.timeZone)!
    const days = dueOf.workingDays
    const warnFrom = Math.max(0, days - settings.audit.publishWarningWorkingDays)
    const formed = dueOf.from
    const deadline = calendar.addWorkingDaysBounds(formed, days)
    const late = isAfterBounds(clock.today, deadline)
    const warned = late === true ? true : isOnOrAfterBounds(clock.today, calendar.addWorkingDaysBounds(formed, warnFrom))
    if (late === null || (late === false && warned === null)) pending?.(pendingOf(item, 'publish-overdue', deadline.earliest))
    const severity: Severity | null = late === true ? 'red' : warned === true ? 'yellow' : null
    if (!severity) continue
    const since = `${DUE_BASIS_LABELS[dueOf.basis]}于 ${formed}`
    findings.push({
      ...subject(item),
      rule: 'publish-overdue',
      severity,
      dueAt: isExact(deadline) ? due(deadline.earliest, clock) : null,
      message:
        severity === 'red'
          ? `“${item.title}”${since}，超过 ${days} 个工作日（${deadline.latest}）仍未公开，已逾期 ${atLeast(calendar.workingDaysBetweenBounds(deadline.latest!, clock.today))} 个工作日`
          : `“${item.title}”${since}，须在 ${deadlineText(deadline, calendar)} 前公开（${days} 个工作日）`,
    })
  }
  return findings
}

/**
 * A change of published information not yet on the web: yellow once the 5 working days have passed (a special reason
 * must explain it), red once the 15 days are over (鄂州《关于做好全市政府网站信息内容建设工作的通知》).
 */
export const evaluateChangeOverdue = (
  items: ReadonlyArray<ItemFacts & { formedAt: string | Date; changedAt: string | Date; lastPublishedAt: string | Date }>,
  settings: AuditSettings,
  calendar: WorkingDayCalendar,
  clock: AuditClock,
  pending?: PendingSink,
): Finding[] => {
  const findings: Finding[] = []
  for (const item of items) {
    const dueOf = publicationDue(item, timeliness(settings), clock.timeZone)
    if (!dueOf || dueOf.basis !== 'changed-published') continue
    const deadline = calendar.addWorkingDaysBounds(dueOf.from, dueOf.workingDays)
    const red = clock.today > dueOf.latestDay!
    const late = red ? true : isAfterBounds(clock.today, deadline)
    if (late === null) pending?.(pendingOf(item, 'change-overdue', deadline.earliest))
    if (late !== true) continue
    findings.push({
      ...subject(item),
      rule: 'change-overdue',
      severity: red ? 'red' : 'yellow',
      dueAt: due(dueOf.latestDay!, clock),
      message: red
        ? `“${item.title}”的内容于 ${dueOf.from} 变更，超过 ${settings.deadlines.changeUpdateMaxDays} 日（${dueOf.latestDay}）仍未更新公开`
        : `“${item.title}”的内容于 ${dueOf.from} 变更，已超过 ${dueOf.workingDays} 个工作日未更新公开，须说明原因并最迟于 ${dueOf.latestDay} 前更新`,
    })
  }
  return findings
}

/** Published late (publishedLate, recorded at publication): reported, yellow, for a while after the publication. */
export const evaluatePublishedLate = (
  items: ReadonlyArray<ItemFacts & { publishedLate: number; lastPublishedAt: string | Date }>,
  settings: AuditSettings,
  clock: AuditClock,
): Finding[] => {
  const window = settings.audit.publishedLateReportDays
  const findings: Finding[] = []
  for (const item of items) {
    const published = localDate(item.lastPublishedAt, clock.timeZone)
    if (!(item.publishedLate > 0) || daysBetween(published, clock.today) > window) continue
    findings.push({
      ...subject(item),
      rule: 'publish-late',
      severity: 'yellow',
      dueAt: null,
      message: `“${item.title}”于 ${published} 公开，超过公开时限 ${item.publishedLate} 个工作日`,
    })
  }
  return findings
}

/** Items waiting in one review stage (since submission or the last signature) for too many working days. */
export const evaluateReviewStuck = (
  items: ReadonlyArray<ItemFacts & { reviewState: string; enteredAt: string | Date }>,
  settings: AuditSettings,
  calendar: WorkingDayCalendar,
  clock: AuditClock,
  pending?: PendingSink,
): Finding[] => {
  const red = settings.deadlines.reviewStuckWorkingDays
  const yellow = Math.min(settings.audit.reviewStuckWarningWorkingDays, red)
  const stage: Record<string, string> = { submitted: '初审', 'first-reviewed': '保密审查', 'secrecy-reviewed': '终审' }
  const of = (waited: number): Severity | null => (waited > red ? 'red' : waited >= yellow && yellow > 0 ? 'yellow' : null)
  const findings: Finding[] = []
  for (const item of items) {
    const entered = localDate(item.enteredAt, clock.timeZone)
    const waited = calendar.workingDaysBetweenBounds(entered, clock.today)
    const deadline = calendar.addWorkingDaysBounds(entered, red)
    const { certain: severity, open } = severityOfBounds(waited, of)
    if (open) pending?.(pendingOf(item, 'review-stuck', deadline.earliest))
    if (!severity) continue
    findings.push({
      ...subject(item),
      rule: 'review-stuck',
      severity,
      dueAt: isExact(deadline) ? due(deadline.earliest, clock) : null,
      message: `“${item.title}”自 ${entered} 起等待${stage[item.reviewState] ?? '审核'}，已 ${atLeast(waited)} 个工作日（时限 ${red} 个工作日）`,
    })
  }
  return findings
}

/** Published by force and not yet approved retrospectively by an approver (终审补签). */
export const evaluateForcePublished = (
  items: ReadonlyArray<ItemFacts & { forcedAt: string | Date }>,
  settings: AuditSettings,
  calendar: WorkingDayCalendar,
  clock: AuditClock,
  pending?: PendingSink,
): Finding[] => {
  const limit = settings.audit.forcePublishRedWorkingDays
  return items.map((item) => {
    const forced = localDate(item.forcedAt, clock.timeZone)
    const waited = calendar.workingDaysBetweenBounds(forced, clock.today)
    const deadline = calendar.addWorkingDaysBounds(forced, limit)
    const { certain, open } = severityOfBounds(waited, (w) => (w > limit ? 'red' : 'yellow'))
    if (open) pending?.(pendingOf(item, 'force-publish-unapproved', deadline.earliest))
    return {
      ...subject(item),
      rule: 'force-publish-unapproved' as const,
      severity: certain as Severity,
      dueAt: isExact(deadline) ? due(deadline.earliest, clock) : null,
      message: `“${item.title}”于 ${forced} 强制发布，终审领导尚未补签（已 ${atLeast(waited)} 个工作日，时限 ${limit} 个工作日）`,
    }
  })
}

/** 条例第十八条: non-public information is re-assessed every N days (counted from its last assessment). */
export const evaluateReassessment = (
  items: ReadonlyArray<ItemFacts & { assessedAt: string | Date }>,
  settings: AuditSettings,
  clock: AuditClock,
): Finding[] => {
  const period = settings.reassessmentDays
  if (period <= 0) return []
  const findings: Finding[] = []
  for (const item of items) {
    const assessed = localDate(item.assessedAt, clock.timeZone)
    const deadline = shiftDate(assessed, period)
    const left = daysBetween(clock.today, deadline)
    const severity: Severity | null = left < 0 ? 'red' : left <= settings.audit.reassessmentWarningDays ? 'yellow' : null
    if (!severity) continue
    findings.push({
      ...subject(item),
      rule: 'reassessment-due',
      severity,
      dueAt: due(deadline, clock),
      message:
        severity === 'red'
          ? `不公开信息“${item.title}”上次评估于 ${assessed}，已超过 ${period} 天未重新评估（条例第十八条）`
          : `不公开信息“${item.title}”须在 ${deadline} 前重新评估是否可以公开（条例第十八条）`,
    })
  }
  return findings
}

/** Policies past (red) or near (yellow) their interpretation deadline, from the linkage query. */
export const evaluateInterpretations = (overdue: readonly OverduePolicyFacts[], upcoming: readonly OverduePolicyFacts[], clock: AuditClock): Finding[] => {
  const red = new Set(overdue.map((p) => String(p.id)))
  const finding = (p: OverduePolicyFacts, severity: Severity): Finding => ({
    rule: 'interpretation-overdue',
    severity,
    subjectType: 'documents',
    subjectId: String(p.id),
    subjectTitle: p.title,
    department: p.department,
    dueAt: p.deadline,
    message:
      severity === 'red'
        ? `政策文件“${p.title}”${p.from === 'formed' ? '印发' : '发布'}于 ${localDate(p.issuedAt ?? p.publishedAt, clock.timeZone)}，解读时限 ${localDate(p.deadline, clock.timeZone)} 已过 ${p.daysOverdue} 天，仍无已发布的政策解读`
        : `政策文件“${p.title}”须在 ${localDate(p.deadline, clock.timeZone)} 前发布政策解读`,
  })
  return [...overdue.map((p) => finding(p, 'red')), ...upcoming.filter((p) => !red.has(String(p.id))).map((p) => finding(p, 'yellow'))]
}
