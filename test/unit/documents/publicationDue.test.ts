/** When an item must be on the web (成文, 变更, 转载) and how many working days late it came, on the 工作日历. */
import { WorkingDayCalendar } from '../../../domain/calendar'
import { publicationDue, workingDaysLate, type TimelinessSettings } from '../../../domain/publicationDue'
import { RULES_DEFAULTS } from '../../../domain/rulesDefaults'

const calendar = new WorkingDayCalendar()
const settings: TimelinessSettings = RULES_DEFAULTS.deadlines
/** Midday in Beijing on a calendar date. */
const at = (date: string) => `${date}T12:00:00+08:00`

// 2026 国庆: 10-01…10-07 off, Saturday 10-10 a make-up working day (调休).
describe('publicationDue', () => {
  it('counts 20 working days from the 成文日期', () => {
    expect(publicationDue({ formedAt: at('2026-09-28') }, settings)).toEqual({ basis: 'formed', from: '2026-09-28', workingDays: 20, latestDay: null })
  })

  it('counts from a later 变更日期 while the item is unpublished', () => {
    expect(publicationDue({ formedAt: at('2026-09-01'), changedAt: at('2026-09-28') }, settings)).toEqual({ basis: 'changed', from: '2026-09-28', workingDays: 20, latestDay: null })
  })

  it('counts 5 working days, at most 15 days, from a change after the last publication', () => {
    expect(publicationDue({ formedAt: at('2026-09-01'), changedAt: at('2026-09-28'), lastPublishedAt: at('2026-09-10') }, settings)).toEqual({
      basis: 'changed-published', from: '2026-09-28', workingDays: 5, latestDay: '2026-10-13',
    })
  })

  it('has no deadline for a republication without a newer change', () => {
    expect(publicationDue({ formedAt: at('2026-09-01'), changedAt: at('2026-09-10'), lastPublishedAt: at('2026-09-10') }, settings)).toBeNull()
    expect(publicationDue({ formedAt: at('2026-09-01'), lastPublishedAt: at('2026-09-10') }, settings)).toBeNull()
  })

  it('counts 1 working day from the original of a 转载', () => {
    expect(publicationDue({ formedAt: at('2026-09-30'), reposted: true, repostOriginalDate: at('2026-09-29') }, settings)).toEqual({ basis: 'repost', from: '2026-09-29', workingDays: 1, latestDay: null })
  })

  it('follows the settings', () => {
    expect(publicationDue({ formedAt: at('2026-09-30'), reposted: true, repostOriginalDate: at('2026-09-29') }, { ...settings, repostWorkingDays: 3 })!.workingDays).toBe(3)
  })
})

describe('workingDaysLate', () => {
  // Formed Monday 2026-09-28: the 20th working day is Friday 10-30.
  it.each([
    ['2026-10-29', 0],
    ['2026-10-30', 0], // the deadline day
    ['2026-10-31', 1], // Saturday after it: late, though no working day has passed
    ['2026-11-02', 1],
    ['2026-11-03', 2],
  ])('formed 2026-09-28, published %s → %i working days late', (publishedOn, late) => {
    expect(workingDaysLate(publicationDue({ formedAt: at('2026-09-28') }, settings)!, publishedOn, calendar)).toBe(late)
  })

  // A 转载 of an original dated Wednesday 09-30: the next working day is 10-08, after the holiday.
  it.each([
    ['2026-10-07', 0],
    ['2026-10-08', 0],
    ['2026-10-09', 1],
  ])('repost of 2026-09-30, published %s → %i', (publishedOn, late) => {
    expect(workingDaysLate(publicationDue({ formedAt: at('2026-09-30'), reposted: true, repostOriginalDate: at('2026-09-30') }, settings)!, publishedOn, calendar)).toBe(late)
  })

  // Original Friday 10-09: the make-up Saturday 10-10 is the one working day; Sunday 10-11 is already late.
  it.each([
    ['2026-10-10', 0],
    ['2026-10-11', 1],
    ['2026-10-12', 1],
    ['2026-10-13', 2],
  ])('repost of 2026-10-09 (调休 Saturday next), published %s → %i', (publishedOn, late) => {
    expect(workingDaysLate(publicationDue({ formedAt: at('2026-10-09'), reposted: true, repostOriginalDate: at('2026-10-09') }, settings)!, publishedOn, calendar)).toBe(late)
  })

  // Changed Monday 09-28 after publication: 09-29, 09-30, 10-08, 10-09, 10-10 (调休) are the five working days.
  it.each([
    ['2026-10-10', 0],
    ['2026-10-12', 1],
  ])('change of 2026-09-28 after publication, published %s → %i', (publishedOn, late) => {
    const due = publicationDue({ formedAt: at('2026-09-01'), changedAt: at('2026-09-28'), lastPublishedAt: at('2026-09-10') }, settings)!
    expect(workingDaysLate(due, publishedOn, calendar)).toBe(late)
  })

  it('does not count as late what only a year nobody has entered could decide', () => {
    expect(workingDaysLate(publicationDue({ formedAt: at('2031-03-02') }, settings)!, '2031-04-30', calendar)).toBe(0)
  })
})
