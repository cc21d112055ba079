import { WorkingDayCalendar } from '../../../domain/calendar'
import { evaluateChangeOverdue, evaluateForcePublished, evaluatePublishedLate, evaluatePublishOverdue, evaluateReassessment, evaluateReviewStuck } from '../../../domain/audit/deadlineRules'
import { evaluateAnnualReports } from '../../../domain/audit/annualReportRule'
import { at, on, settings } from './helpers'

const calendar = new WorkingDayCalendar()
const item = { collection: 'documents' as const, id: 5, title: '关于某事项的通知', department: 7 }

describe('information formed but not published within 20 working days', () => {
  // Formed Monday 2026-09-28; 10-01…10-07 国庆 holidays and Saturday 10-10 a make-up working day: day 20 is 10-30.
  it.each([
    ['2026-10-22', []],
    ['2026-10-23', ['yellow']], // 15th working day: 5 working days left
    ['2026-10-30', ['yellow']], // the deadline day itself
    ['2026-10-31', ['red']],
    ['2026-11-02', ['red']],
  ])('formed 2026-09-28, on %s → %j', (today, expected) => {
    expect(evaluatePublishOverdue([{ ...item, formedAt: at('2026-09-28') }], settings(), calendar, on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('names the deadline on the official calendar', () => {
    const [finding] = evaluatePublishOverdue([{ ...item, formedAt: at('2026-09-28') }], settings(), calendar, on('2026-11-02'))
    expect(finding.message).toContain('超过 20 个工作日（2026-10-30）仍未公开，已逾期 1 个工作日')
    expect(finding.dueAt).toBe('2026-10-30T15:59:59.999Z')
  })

  it('honours the administrators’ overrides (节假日调整)', () => {
    const withOverride = new WorkingDayCalendar([{ date: '2026-10-30', kind: 'holiday' }])
    expect(evaluatePublishOverdue([{ ...item, formedAt: at('2026-09-28') }], settings(), withOverride, on('2026-10-31')).map((f) => f.severity)).toEqual(['yellow'])
  })

  it('never guesses a year the calendar does not know: the item is left to the calendar-pending finding', () => {
    const pending: unknown[] = []
    expect(evaluatePublishOverdue([{ ...item, formedAt: at('2031-03-02') }], settings(), calendar, on('2031-04-01'), (p) => pending.push(p))).toEqual([])
    expect(pending).toEqual([{ rule: 'publish-overdue', subjectType: 'documents', subjectId: '5', subjectTitle: '关于某事项的通知', department: 7, earliest: '2031-03-22' }])
  })
})

describe('information changed (变更) before publication: 20 working days from the change', () => {
  // Formed long before, changed Monday 2026-09-28: the deadline is 10-30, as if formed on the change date.
  it.each([
    ['2026-10-22', []],
    ['2026-10-30', ['yellow']],
    ['2026-10-31', ['red']],
  ])('changed 2026-09-28, on %s → %j', (today, expected) => {
    expect(evaluatePublishOverdue([{ ...item, formedAt: at('2026-08-03'), changedAt: at('2026-09-28') }], settings(), calendar, on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('says it counts from the change', () => {
    const [finding] = evaluatePublishOverdue([{ ...item, formedAt: at('2026-08-03'), changedAt: at('2026-09-28') }], settings(), calendar, on('2026-11-02'))
    expect(finding.message).toBe('“关于某事项的通知”变更于 2026-09-28，超过 20 个工作日（2026-10-30）仍未公开，已逾期 1 个工作日')
  })
})

describe('a 转载 of a higher government: 1 working day from the original', () => {
  // Original Friday 2026-10-09: Saturday 10-10 is a make-up working day (调休), the deadline.
  it.each([
    ['2026-10-09', ['yellow']],
    ['2026-10-10', ['yellow']],
    ['2026-10-11', ['red']],
  ])('original of 2026-10-09, on %s → %j', (today, expected) => {
    const repost = { ...item, formedAt: at('2026-10-09'), reposted: true, repostOriginalDate: at('2026-10-09') }
    expect(evaluatePublishOverdue([repost], settings(), calendar, on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('follows the setting', () => {
    const repost = { ...item, formedAt: at('2026-10-09'), reposted: true, repostOriginalDate: at('2026-10-09') }
    expect(evaluatePublishOverdue([repost], settings({ deadlines: { repostWorkingDays: 2 } }), calendar, on('2026-10-11')).map((f) => f.severity)).toEqual(['yellow'])
    expect(evaluatePublishOverdue([repost], settings(), calendar, on('2026-10-12'))[0]!.message).toBe('“关于某事项的通知”原文发布于 2026-10-09，超过 1 个工作日（2026-10-10）仍未公开，已逾期 1 个工作日')
  })
})

describe('a change of published information not yet updated (5 working days, at most 15 days)', () => {
  // Changed Monday 09-28: 5th working day 10-10 (调休 Saturday); 15 days end 10-13.
  const changed = { ...item, formedAt: at('2026-09-01'), changedAt: at('2026-09-28'), lastPublishedAt: at('2026-09-10') }
  it.each([
    ['2026-10-09', []],
    ['2026-10-10', []],
    ['2026-10-11', ['yellow']],
    ['2026-10-13', ['yellow']],
    ['2026-10-14', ['red']],
  ])('changed 2026-09-28, on %s → %j', (today, expected) => {
    expect(evaluateChangeOverdue([changed], settings(), calendar, on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('names both deadlines', () => {
    expect(evaluateChangeOverdue([changed], settings(), calendar, on('2026-10-11'))[0]!.message).toBe('“关于某事项的通知”的内容于 2026-09-28 变更，已超过 5 个工作日未更新公开，须说明原因并最迟于 2026-10-13 前更新')
    expect(evaluateChangeOverdue([changed], settings(), calendar, on('2026-10-14'))[0]!.message).toBe('“关于某事项的通知”的内容于 2026-09-28 变更，超过 15 日（2026-10-13）仍未更新公开')
  })

  it('ignores a change already published', () => {
    expect(evaluateChangeOverdue([{ ...changed, lastPublishedAt: at('2026-09-29') }], settings(), calendar, on('2026-11-30'))).toEqual([])
  })

  it('follows the settings', () => {
    expect(evaluateChangeOverdue([changed], settings({ deadlines: { changeUpdateMaxDays: 30 } }), calendar, on('2026-10-14')).map((f) => f.severity)).toEqual(['yellow'])
  })
})

describe('late publications (publishedLate) are reported for a while', () => {
  const late = { ...item, publishedLate: 3, lastPublishedAt: at('2026-09-01') }
  it.each([
    ['2026-11-30', ['yellow']], // 90 days after
    ['2026-12-01', []],
  ])('published 2026-09-01 three working days late, on %s → %j', (today, expected) => {
    expect(evaluatePublishedLate([late], settings(), on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('says how late', () => {
    expect(evaluatePublishedLate([late], settings(), on('2026-09-02'))[0]!.message).toBe('“关于某事项的通知”于 2026-09-01 公开，超过公开时限 3 个工作日')
  })

  it('does not report an item published on time', () => {
    expect(evaluatePublishedLate([{ ...late, publishedLate: 0 }], settings(), on('2026-09-02'))).toEqual([])
  })
})

describe('items stuck in review', () => {
  // Entered Friday 2026-11-06: working days 11-09 (1) … 11-13 (5), 11-16 (6).
  it.each([
    ['2026-11-10', []], // 2 working days
    ['2026-11-11', ['yellow']], // 3
    ['2026-11-13', ['yellow']], // 5: the limit
    ['2026-11-14', ['yellow']], // Saturday: still 5
    ['2026-11-16', ['red']], // 6
  ])('waiting since 2026-11-06, on %s → %j', (today, expected) => {
    expect(evaluateReviewStuck([{ ...item, reviewState: 'first-reviewed', enteredAt: at('2026-11-06') }], settings(), calendar, on(today)).map((f) => f.severity)).toEqual(expected)
  })

  it('names the stage it waits for', () => {
    expect(evaluateReviewStuck([{ ...item, reviewState: 'first-reviewed', enteredAt: at('2026-11-06') }], settings(), calendar, on('2026-11-16'))[0].message).toContain('等待保密审查')
  })
})

describe('force-published items not approved retrospectively', () => {
  it.each([
    ['2026-11-06', 'yellow'],
    ['2026-11-11', 'yellow'], // 3 working days
    ['2026-11-12', 'red'], // 4
  ])('forced 2026-11-06, on %s → %s', (today, expected) => {
    expect(evaluateForcePublished([{ ...item, forcedAt: at('2026-11-06') }], settings(), calendar, on(today)).map((f) => f.severity)).toEqual([expected])
  })
})

describe('periodic re-assessment of non-public information (条例第十八条)', () => {
  it.each([
    ['2026-10-31', []],
    ['2026-11-01', ['yellow']], // 30 days before
    ['2026-12-01', ['yellow']], // the due day
    ['2026-12-02', ['red']],
  ])('assessed 2025-12-01, on %s → %j', (today, expected) => {
    expect(evaluateReassessment([{ ...item, assessedAt: at('2025-12-01') }], settings(), on(today)).map((f) => f.severity)).toEqual(expected)
  })
})

describe('annual reports (条例第四十九条)', () => {
  const departments = [
    { id: 1, name: '县财政局', kind: 'department' },
    { id: 2, name: '县人民政府办公室', kind: 'office' },
  ]
  const judge = (today: string, reported: string[] = []) =>
    evaluateAnnualReports(departments, new Set(reported), settings(), on(today)).map((f) => `${f.subjectId}:${f.severity}`)

  it.each([
    ['2027-01-15', []],
    ['2027-01-16', ['1:yellow']], // 15 days before 31 January
    ['2027-01-31', ['1:yellow']],
    ['2027-02-01', ['1:red']],
    ['2027-03-16', ['1:red', '2:yellow']],
    ['2027-04-01', ['1:red', '2:red']],
  ])('on %s → %j', (today, expected) => {
    expect(judge(today)).toEqual(expected)
  })

  it('is satisfied by a report published this year, and the dates are settings', () => {
    expect(judge('2027-04-01', ['1', '2'])).toEqual([])
    expect(evaluateAnnualReports(departments, new Set(), settings({ annualReports: { departmentDue: '02-28' } }), on('2027-02-13')).map((f) => f.severity)).toEqual(['yellow'])
  })
})
