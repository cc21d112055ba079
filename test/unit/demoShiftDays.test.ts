/** The demo county is dated against the day it is seeded: whole weeks from its anchor day, 2026-12-01 (a Tuesday). */
import { describe, expect, it } from '@jest/globals'
import { DEMO_ANCHOR_DAY, demoShiftDays } from '../../src/seed/demoShiftDays'

const at = (iso: string) => new Date(iso)
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay()
const shifted = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe('demoShiftDays', () => {
  it.each([
    ['on the anchor day', '2026-12-01T10:00:00+08:00', 0],
    ['on the anchor day, early in Beijing while it is the day before in UTC', '2026-12-01T00:30:00+08:00', 0],
    ['three days after (rounded back to the anchor)', '2026-12-04T10:00:00+08:00', 0],
    ['four days after (rounded on to the next week)', '2026-12-05T10:00:00+08:00', 7],
    ['on the last evening of 2026 in Beijing', '2026-12-31T23:30:00+08:00', 28],
    ['in Spring Festival 2026, before the anchor', '2026-02-17T10:00:00+08:00', -287],
    ['in 2027, a year the holiday calendar does not know', '2027-02-10T09:00:00+08:00', 70],
    ['in 2028', '2028-07-01T12:00:00+08:00', 581],
  ])('%s', (_label, now, days) => {
    expect(demoShiftDays(at(now))).toBe(days)
  })

  it('keeps every date on its weekday, and within half a week of its distance from the clock', () => {
    for (let offset = -400; offset <= 800; offset += 13) {
      const today = shifted(DEMO_ANCHOR_DAY, offset)
      const days = demoShiftDays(at(`${today}T12:00:00+08:00`))
      expect(weekday(shifted('2026-11-20', days))).toBe(weekday('2026-11-20'))
      expect(Math.abs(days - offset)).toBeLessThanOrEqual(3)
    }
  })
})
