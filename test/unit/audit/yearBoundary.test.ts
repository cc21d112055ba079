/**
 * Every working-day rule at the year boundary, with next year's holidays known (an administrator's entry for 2027)
 * and unknown (chinese-days 1.5.7 stops at 2026): a deadline after the last known day cannot have passed while
 * today is a known day; only what the unknown year decides goes into the one `calendar-pending` finding.
 */
import { WorkingDayCalendar } from '../../../domain/calendar'
import type { PendingDecision } from '../../../domain/audit/auditRules'
import { ruleLabel } from '../../../domain/audit/auditRules'
import { evaluateForcePublished, evaluatePublishOverdue, evaluateReviewStuck } from '../../../domain/audit/deadlineRules'
import { evaluateCalendarCoverage, evaluatePending } from '../../../domain/audit/calendarRules'
import { at, on, settings } from './helpers'

const unknown2027 = new WorkingDayCalendar()
// 2027 entered by the web office: 元旦 Friday 1 January off (the weekend follows); everything else Monday–Friday.
const known2027 = new WorkingDayCalendar([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }])
const item = { collection: 'documents' as const, id: 9, title: '关于年末安全生产检查的通知', department: 3 }

const run = <T extends unknown[]>(rule: (...args: [...T, (p: PendingDecision) => void]) => Array<{ severity: string }>, ...args: T) => {
  const pending: PendingDecision[] = []
  const severities = rule(...args, (p) => pending.push(p)).map((f) => f.severity)
  return { severities, pending: pending.map((p) => p.rule) }
}

describe('publish within 20 working days (条例第二十六条) across the year boundary', () => {
  // Formed Thursday 2026-12-10: the 15th working day (warning) is 2026-12-31; the 20th falls in January 2027 —
  // 2027-01-08 once 元旦 is known, and no earlier than 2027-01-05 while 2027 is unknown.
  const judge = (calendar: WorkingDayCalendar, today: string) => run(evaluatePublishOverdue, [{ ...item, formedAt: at('2026-12-10') }], settings(), calendar, on(today))

  it.each([
    ['2026-12-15', [], []], // the hand-run audit of the issue: decided, nothing due yet
    ['2026-12-30', [], []],
    ['2026-12-31', ['yellow'], []], // warning day, deadline still in the unknown year: cannot have passed
    ['2027-01-05', ['yellow'], []], // the earliest the deadline can be: still not passed
    ['2027-01-06', ['yellow'], ['publish-overdue']], // only 2027 decides whether it is late
    ['2027-02-10', ['yellow'], ['publish-overdue']],
  ])('2027 unknown, on %s → %j, pending %j', (today, severities, pending) => {
    expect(judge(unknown2027, today)).toEqual({ severities, pending })
  })

  it.each([
    ['2026-12-31', ['yellow']],
    ['2027-01-08', ['yellow']], // the deadline day itself
    ['2027-01-09', ['red']],
    ['2027-02-10', ['red']],
  ])('2027 known, on %s → %j and nothing pending', (today, severities) => {
    expect(judge(known2027, today)).toEqual({ severities, pending: [] })
  })

  it('a warning due in the first working days of January is pending while 2027 is unknown, decided once known', () => {
    // Formed Sunday 2026-12-20: the warning day (15th working day) is in January.
    const formed = [{ ...item, formedAt: at('2026-12-20') }]
    expect(run(evaluatePublishOverdue, formed, settings(), unknown2027, on('2026-12-31'))).toEqual({ severities: [], pending: [] })
    expect(run(evaluatePublishOverdue, formed, settings(), unknown2027, on('2027-01-11'))).toEqual({ severities: [], pending: ['publish-overdue'] })
    expect(run(evaluatePublishOverdue, formed, settings(), known2027, on('2027-01-11'))).toEqual({ severities: ['yellow'], pending: [] })
  })

  it('says the deadline is not known yet instead of naming a guessed day', () => {
    const [finding] = evaluatePublishOverdue([{ ...item, formedAt: at('2026-12-10') }], settings(), unknown2027, on('2026-12-31'))
    expect(finding.message).toBe('“关于年末安全生产检查的通知”成文于 2026-12-10，须在 最早 2027-01-05，跨入 2027 年，待录入节假日安排后确定 前公开（20 个工作日）')
    expect(finding.dueAt).toBeNull()
    const [known] = evaluatePublishOverdue([{ ...item, formedAt: at('2026-12-10') }], settings(), known2027, on('2027-01-11'))
    expect(known.message).toBe('“关于年末安全生产检查的通知”成文于 2026-12-10，超过 20 个工作日（2027-01-08）仍未公开，已逾期 1 个工作日')
    expect(known.dueAt).toBe('2027-01-08T15:59:59.999Z')
  })
})

describe('review stuck (5 working days, yellow at 3) across the year boundary', () => {
  // Entered Monday 2026-12-28: 12-29, 12-30, 12-31 are working days 1–3; 2027-01-01…01-03 off once known.
  const judge = (calendar: WorkingDayCalendar, today: string) =>
    run(evaluateReviewStuck, [{ ...item, reviewState: 'submitted', enteredAt: at('2026-12-28') }], settings(), calendar, on(today))

  it.each([
    [unknown2027, '2026-12-31', ['yellow'], []],
    [unknown2027, '2027-01-01', ['yellow'], []], // at most 4 working days: yellow either way
    [unknown2027, '2027-01-04', ['yellow'], ['review-stuck']], // 3 to 7 working days: red depends on 2027
    [known2027, '2027-01-04', ['yellow'], []], // 4
    [known2027, '2027-01-05', ['yellow'], []], // 5: the limit
    [known2027, '2027-01-06', ['red'], []], // 6
  ])('%#: on %s → %j, pending %j', (calendar, today, severities, pending) => {
    expect(judge(calendar, today)).toEqual({ severities, pending })
  })

  it('says "at least" when the count crosses unknown days', () => {
    const [finding] = evaluateReviewStuck([{ ...item, reviewState: 'submitted', enteredAt: at('2026-12-28') }], settings(), unknown2027, on('2027-01-04'))
    expect(finding.message).toBe('“关于年末安全生产检查的通知”自 2026-12-28 起等待初审，已 至少 3 个工作日（时限 5 个工作日）')
  })
})

describe('force-published, not approved retrospectively (red after 3 working days) across the year boundary', () => {
  const judge = (calendar: WorkingDayCalendar, today: string) => run(evaluateForcePublished, [{ ...item, forcedAt: at('2026-12-28') }], settings(), calendar, on(today))

  it.each([
    [unknown2027, '2026-12-31', ['yellow'], []], // 3
    [unknown2027, '2027-01-04', ['yellow'], ['force-publish-unapproved']], // 3 known + up to 4 unknown
    [known2027, '2027-01-04', ['red'], []], // 4
  ])('%#: on %s → %j, pending %j', (calendar, today, severities, pending) => {
    expect(judge(calendar, today)).toEqual({ severities, pending })
  })
})

describe('next year’s holiday arrangement is asked for in time', () => {
  const judge = (calendar: WorkingDayCalendar, today: string, stored = {}) =>
    evaluateCalendarCoverage(calendar, settings(stored), on(today)).map((f) => `${f.severity}:${f.subjectTitle}`)

  it.each([
    ['2026-10-31', []],
    ['2026-11-01', ['yellow:2027 年节假日安排']],
    ['2026-12-14', ['yellow:2027 年节假日安排']],
    ['2026-12-15', ['red:2027 年节假日安排']],
    ['2026-12-31', ['red:2027 年节假日安排']],
    ['2027-02-10', ['red:2027 年节假日安排']], // inside the unknown year itself
    ['2028-07-01', ['red:2028 年节假日安排']],
  ])('2027 unknown, on %s → %j', (today, expected) => {
    expect(judge(unknown2027, today)).toEqual(expected)
  })

  it('stops once the year is entered, and asks for the following one from November', () => {
    expect(judge(known2027, '2026-12-20')).toEqual([])
    expect(judge(known2027, '2027-10-31')).toEqual([])
    expect(judge(known2027, '2027-11-01')).toEqual(['yellow:2028 年节假日安排'])
  })

  it('takes its dates from the settings', () => {
    expect(judge(unknown2027, '2026-10-20', { calendar: { requestFrom: '10-15', urgentFrom: '11-30' } })).toEqual(['yellow:2027 年节假日安排'])
    expect(judge(unknown2027, '2026-11-30', { calendar: { requestFrom: '10-15', urgentFrom: '11-30' } })).toEqual(['red:2027 年节假日安排'])
  })

  it('tells the web office what to do, in Chinese', () => {
    const [finding] = evaluateCalendarCoverage(unknown2027, settings(), on('2026-12-01'))
    expect(finding).toMatchObject({ rule: 'calendar-missing', subjectType: 'site', subjectId: 'calendar-2027', department: null })
    expect(finding.message).toBe(
      '2027 年节假日安排尚未录入，跨入 2027 年的工作日时限将无法判定。请在“系统管理 → 节假日调整”中导入国务院办公厅《关于2027年部分节假日安排的通知》',
    )
  })
})

describe('the one calendar-pending finding for the web office', () => {
  const pending = (id: number, rule: PendingDecision['rule']): PendingDecision => ({
    rule,
    subjectType: 'documents',
    subjectId: String(id),
    subjectTitle: `文件${id}`,
    department: 3,
    earliest: '2027-01-05',
  })

  it('is absent when nothing depends on an unknown year', () => {
    expect(evaluatePending([], unknown2027, ruleLabel)).toEqual([])
  })

  it('lists each item once, for the web office (no department)', () => {
    const [finding, ...rest] = evaluatePending([pending(1, 'publish-overdue'), pending(1, 'publish-overdue'), pending(2, 'review-stuck')], unknown2027, ruleLabel)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ rule: 'calendar-pending', severity: 'yellow', subjectType: 'site', department: null })
    expect(finding.message).toBe(
      '2 项时限跨入尚未录入节假日安排的 2027 年，录入前无法判定是否逾期：“文件1”（信息形成后未按时公开，最早 2027-01-05 到期）；“文件2”（审核环节超时，最早 2027-01-05 到期）',
    )
  })

  it('names at most ten and says there are more', () => {
    const [finding] = evaluatePending(Array.from({ length: 12 }, (_, i) => pending(i, 'publish-overdue')), unknown2027, ruleLabel)
    expect(finding.message.startsWith('12 项时限')).toBe(true)
    expect(finding.message.endsWith('等')).toBe(true)
    expect(finding.message).not.toContain('文件10')
  })
})
