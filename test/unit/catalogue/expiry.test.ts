import { WorkingDayCalendar } from '../../../domain/calendar'
import { expiredOnline, expiryDay, hasExpired } from '../../../domain/expiry'

const calendar = new WorkingDayCalendar()

describe('hasExpired › 有效期至 is the last day in force', () => {
  it.each([
    ['2026-12-30', false],
    ['2026-12-31', false],
    ['2027-01-01', true],
  ])('valid until 2026-12-31, on %s → %s', (today, expired) => {
    expect(hasExpired('2026-12-31', today)).toBe(expired)
  })
  it('no date or a malformed one never expires', () => {
    expect([hasExpired(null, '2030-01-01'), hasExpired('2026/12/31', '2030-01-01'), expiryDay(undefined)]).toEqual([false, false, null])
  })
})

describe('expiredOnline › yellow from the expiry day, red after 20 working days (National Day 2026 in between)', () => {
  const settings = { onlineWorkingDays: 20 }
  // Expired on 2026-09-30: 20 working days later is 2026-11-03 (1–7 October off, Saturday 10 October worked).
  it.each([
    ['2026-09-29', null],
    ['2026-09-30', 'yellow'],
    ['2026-11-03', 'yellow'],
    ['2026-11-04', 'red'],
  ])('on %s → %s', (today, severity) => {
    const flag = expiredOnline({ expiredOn: '2026-09-30', keepOnline: false }, today, calendar, settings)
    expect(flag?.severity ?? null).toBe(severity)
    if (flag) expect(flag.due).toEqual({ earliest: '2026-11-03', latest: '2026-11-03' })
  })

  it('kept online on purpose, or never expired: no flag', () => {
    expect(expiredOnline({ expiredOn: '2026-09-30', keepOnline: true }, '2026-12-01', calendar, settings)).toBeNull()
    expect(expiredOnline({ expiredOn: null, keepOnline: false }, '2026-12-01', calendar, settings)).toBeNull()
  })

  it('a deadline in a year nobody has entered stays yellow with an open end', () => {
    const flag = expiredOnline({ expiredOn: '2026-12-20', keepOnline: false }, '2027-03-01', calendar, settings)
    expect(flag?.severity).toBe('yellow')
    expect(flag?.due.latest).toBeNull()
  })
})
