/**
 * The working-day calendar's own audit rules. Next year's holiday arrangement is asked of the web office in time
 * (`calendar-missing`), and the items whose deadline only an unknown year can decide are gathered into one
 * finding (`calendar-pending`) instead of stopping any rule.
 */
import { endOfLocalDay, type WorkingDayCalendar } from '../calendar'
import type { AuditClock, Finding, PendingDecision } from './auditRules'
import type { AuditSettings } from './auditSettings'

const site = (subjectId: string, subjectTitle: string) => ({ subjectType: 'site' as const, subjectId, subjectTitle, department: null })

/**
 * `YYYY 年节假日安排尚未录入`: yellow from the `requestFrom` day of the year before, red from `urgentFrom`; red at
 * once when the current year itself is unknown.
 */
export const evaluateCalendarCoverage = (calendar: WorkingDayCalendar, settings: AuditSettings, clock: AuditClock): Finding[] => {
  const year = Number(clock.today.slice(0, 4))
  const finding = (missing: number, severity: Finding['severity'], message: string): Finding => ({
    ...site(`calendar-${missing}`, `${missing} 年节假日安排`),
    rule: 'calendar-missing',
    severity,
    dueAt: endOfLocalDay(`${missing - 1}-12-31`, clock.timeZone).toISOString(),
    message,
  })
  const action = (missing: number) => `请在“系统管理 → 节假日调整”中导入国务院办公厅《关于${missing}年部分节假日安排的通知》`
  if (!calendar.covers(year)) {
    return [finding(year, 'red', `${year} 年节假日安排尚未录入，跨入本年度的工作日时限无法判定。${action(year)}`)]
  }
  const next = year + 1
  if (calendar.covers(next)) return []
  const today = clock.today.slice(5)
  if (today < settings.calendar.requestFrom) return []
  const severity = today >= settings.calendar.urgentFrom ? 'red' : 'yellow'
  return [finding(next, severity, `${next} 年节假日安排尚未录入，跨入 ${next} 年的工作日时限将无法判定。${action(next)}`)]
}

const LISTED = 10

/** One finding for the web office listing the items whose state depends on a year the calendar does not know. */
export const evaluatePending = (pending: readonly PendingDecision[], calendar: WorkingDayCalendar, labels: (rule: string) => string): Finding[] => {
  if (pending.length === 0) return []
  const year = calendar.lastKnownYear() + 1
  const seen = new Set<string>()
  const unique = pending.filter((p) => {
    const key = `${p.rule}|${p.subjectType}|${p.subjectId}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const listed = unique
    .slice(0, LISTED)
    .map((p) => `“${p.subjectTitle}”（${labels(p.rule)}${p.earliest ? `，最早 ${p.earliest} 到期` : ''}）`)
    .join('；')
  const more = unique.length > LISTED ? `等` : ''
  return [
    {
      ...site('calendar-pending', `${year} 年节假日安排`),
      rule: 'calendar-pending',
      severity: 'yellow',
      dueAt: null,
      message: `${unique.length} 项时限跨入尚未录入节假日安排的 ${year} 年，录入前无法判定是否逾期：${listed}${more}`,
    },
  ]
}
