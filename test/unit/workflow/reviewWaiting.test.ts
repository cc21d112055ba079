/** 待我审核's days waited and 办理时限: working days on the official calendar, from the stage's start (held clocks). */
import { WorkingDayCalendar } from '../../../domain/calendar'
import { reviewWaiting, stageEnteredAt } from '../../../domain/workflow/reviewWaiting'

const calendar = new WorkingDayCalendar()
// Submitted on the Tuesday before the 2025 国庆中秋 holiday (1–8 October, Saturday 11 October a working day).
const entered = '2025-09-30T02:00:00.000Z'

describe('reviewWaiting', () => {
  it('counts the working days after the start day and puts the deadline at the end of the 5th working day', () => {
    const waiting = reviewWaiting(entered, new Date('2025-10-10T01:00:00.000Z'), 5, calendar)
    expect(waiting.days).toBe(10)
    // 9 and 10 October; the holiday does not count.
    expect(waiting.workingDays).toEqual({ min: 2, max: 2 })
    // 9, 10, 11 (the make-up Saturday), 13, 14 October: the end of 14 October, Beijing time.
    expect(waiting.dueAt).toBe('2025-10-14T15:59:59.999Z')
    expect(waiting.overdue).toBe(false)
    expect(waiting.limit).toBe(5)
  })

  it('is overdue the day after the deadline day, not on it', () => {
    expect(reviewWaiting(entered, new Date('2025-10-14T15:00:00.000Z'), 5, calendar).overdue).toBe(false)
    const late = reviewWaiting(entered, new Date('2025-10-15T01:00:00.000Z'), 5, calendar)
    expect(late.overdue).toBe(true)
    expect(late.workingDays).toEqual({ min: 6, max: 6 })
  })

  it('gives only the days waited when the host sets no 办理时限 or there is no calendar', () => {
    expect(reviewWaiting(entered, new Date('2025-10-10T01:00:00.000Z'), null, calendar)).toMatchObject({ dueAt: null, overdue: null, workingDays: { min: 2, max: 2 } })
    expect(reviewWaiting(entered, new Date('2025-10-10T01:00:00.000Z'), 5, null)).toMatchObject({ days: 10, workingDays: null, dueAt: null, overdue: null })
  })

  it('takes a local day in Beijing time: 23:30 on the 30th is still the 30th', () => {
    const lateEvening = '2025-09-30T15:30:00.000Z'
    expect(reviewWaiting(lateEvening, new Date('2025-10-10T01:00:00.000Z'), 5, calendar).dueAt).toBe('2025-10-14T15:59:59.999Z')
  })
})

describe('stageEnteredAt', () => {
  it('is the latest of the submission and the signatures', () => {
    expect(stageEnteredAt('2025-09-30T02:00:00.000Z', ['2025-10-09T03:00:00.000Z', null, 'not a time'])).toBe('2025-10-09T03:00:00.000Z')
    expect(stageEnteredAt(null, [])).toBeNull()
  })
})
