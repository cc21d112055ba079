/** The official working-day calendar: holidays, 调休 make-up days, overrides and years nobody knows. */
import { describe, expect, it } from '@jest/globals'

import {
  CalendarNotCoveredError,
  WorkingDayCalendar,
  daysBetween,
  deadlineDate,
  endOfLocalDay,
  latestOverdueStart,
  isAfterBounds,
  isOnOrAfterBounds,
  overdueStartCuts,
  localDate,
  parseDate,
  shiftDate,
  startOfLocalDay,
} from '../../domain/calendar'

const official = new WorkingDayCalendar()

describe('isWorkingDay on the official calendar', () => {
  it.each([
    // 2025: 春节 1.28–2.4 with 调休 on Sunday 1.26 and Saturday 2.8; 国庆中秋 10.1–10.8 with 9.28 and 10.11.
    ['2025-01-26', true, 'Sunday make-up day before 春节'],
    ['2025-01-28', false, '春节'],
    ['2025-02-04', false, 'last day of 春节'],
    ['2025-02-05', true, 'first Wednesday after 春节'],
    ['2025-02-08', true, 'Saturday make-up day'],
    ['2025-09-28', true, 'Sunday make-up day before 国庆'],
    ['2025-10-08', false, '国庆中秋 eighth day'],
    ['2025-10-11', true, 'Saturday make-up day after 国庆'],
    ['2025-10-12', false, 'ordinary Sunday'],
    // 2026: 元旦 1.1–1.3 with Sunday 1.4; 春节 2.15–2.23 with 2.14 and 2.28; 劳动节 5.1–5.5 with 5.9; 国庆 10.1–10.7 with 9.20 and 10.10.
    ['2026-01-02', false, '元旦 Friday'],
    ['2026-01-04', true, 'Sunday make-up day after 元旦'],
    ['2026-02-14', true, 'Saturday make-up day before 春节'],
    ['2026-02-23', false, 'last day of 春节'],
    ['2026-02-28', true, 'Saturday make-up day after 春节'],
    ['2026-05-05', false, '劳动节 Tuesday'],
    ['2026-05-09', true, 'Saturday make-up day'],
    ['2026-09-20', true, 'Sunday make-up day'],
    ['2026-09-30', true, 'ordinary Wednesday'],
    ['2026-10-01', false, '国庆'],
    ['2026-10-07', false, 'last day of 国庆'],
    ['2026-10-08', true, 'Thursday after 国庆'],
    ['2026-10-10', true, 'Saturday make-up day after 国庆'],
    ['2026-10-11', false, 'ordinary Sunday'],
    ['2026-11-23', true, 'ordinary Monday'],
  ])('%s is %s (%s)', (date, working) => {
    expect(official.isWorkingDay(date)).toBe(working)
  })

  it('names the day for display', () => {
    expect(official.describe('2026-10-01')).toEqual({ date: '2026-10-01', working: false, name: '国庆节', source: 'official' })
    expect(official.describe('2026-10-10')).toMatchObject({ working: true, source: 'official' })
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-29', 4, '2026-10-10'],
    ['2026-09-29', 5, '2026-10-12'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-12-31', 1, '2026-01-04'], // Sunday 1.4 is a make-up working day
    ['2025-12-30', 2, '2026-01-04'],
    ['2026-11-20', 1, '2026-11-23'],
    ['2026-11-23', 0, '2026-11-23'],
    // A deadline counted from a holiday starts counting on the next working day.
    ['2026-10-03', 1, '2026-10-08'],
    // 20 working days (条例 art. 26) across 国庆: 10 working days fewer than 30 calendar days would suggest.
    ['2026-09-21', 20, '2026-10-26'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(official.addWorkingDays(date, n)).toBe(expected)
  })

  it('refuses negative or fractional counts', () => {
    expect(() => official.addWorkingDays('2026-01-05', -1)).toThrow('工作日数应为非负整数')
    expect(() => official.addWorkingDays('2026-01-05', 1.5)).toThrow('工作日数应为非负整数')
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 1],
    ['2026-09-30', '2026-10-12', 4],
    ['2026-09-20', '2026-09-20', 0],
    ['2026-10-12', '2026-09-30', 0],
    ['2026-11-16', '2026-11-23', 5],
    ['2025-12-31', '2026-12-31', 248], // 261 weekdays − 19 weekday holidays + 6 make-up days,
  ])('(%s, %s] has %i working days', (from, to, expected) => {
    expect(official.workingDaysBetween(from, to)).toBe(expected)
  })

  it('is the inverse of addWorkingDays', () => {
    for (let day = 0; day < 365; day += 7) {
      const start = shiftDate('2025-01-01', day)
      for (const n of [1, 3, 5, 20]) {
        const end = official.addWorkingDays(start, n)
        expect(official.workingDaysBetween(start, end)).toBe(n)
        expect(official.isWorkingDay(end)).toBe(true)
      }
    }
  })
})

describe('years the library does not cover', () => {
  it('raises a Chinese error naming the year instead of guessing Monday to Friday', () => {
    expect(() => official.isWorkingDay('2027-03-01')).toThrow(CalendarNotCoveredError)
    expect(() => official.isWorkingDay('2027-03-01')).toThrow('工作日历未包含 2027 年的节假日安排')
    expect(() => official.isWorkingDay('2003-06-02')).toThrow('2003 年')
    // A deadline that runs from 2026 into an unknown year fails too, rather than stopping at 31 December.
    expect(() => official.addWorkingDays('2026-12-30', 5)).toThrow('2027 年')
    expect(official.covers(2026)).toBe(true)
    expect(official.covers(2027)).toBe(false)
  })

  it('accepts a year once administrators entered its arrangement, and overrides win over the library', () => {
    const calendar = new WorkingDayCalendar([
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
      { date: '2027-02-06', kind: 'workday', note: '春节调休' },
      // An override of a library year: the county declares a local holiday on an ordinary Monday.
      { date: '2026-11-23', kind: 'holiday', note: '县防汛紧急放假' },
      // …and makes the first day of 国庆 a working day.
      { date: '2026-10-01', kind: 'workday', note: '测试' },
    ])
    expect(calendar.covers(2027)).toBe(true)
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false)
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true) // a Saturday made a working day
    expect(calendar.isWorkingDay('2027-02-07')).toBe(false) // an ordinary Sunday
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true)
    expect(calendar.isWorkingDay('2026-11-23')).toBe(false)
    expect(calendar.isWorkingDay('2026-10-01')).toBe(true)
    expect(calendar.addWorkingDays('2026-11-20', 1)).toBe('2026-11-24')
    expect(calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-07')
    expect(calendar.describe('2026-11-23')).toEqual({ date: '2026-11-23', working: false, name: '县防汛紧急放假', source: 'override' })
    expect(() => calendar.isWorkingDay('2028-03-01')).toThrow('2028 年')
  })

  it('refuses malformed dates in overrides and queries', () => {
    expect(() => new WorkingDayCalendar([{ date: '2027-02-30', kind: 'holiday' }])).toThrow('日期格式应为 YYYY-MM-DD')
    expect(() => official.isWorkingDay('2026/10/10')).toThrow('日期格式应为 YYYY-MM-DD')
    expect(() => parseDate('2026-13-01')).toThrow('日期格式应为 YYYY-MM-DD')
  })
})

describe('dates and deadlines in the portal time zone', () => {
  it('takes the calendar date in Beijing, not in UTC', () => {
    expect(localDate('2026-09-30T16:30:00.000Z')).toBe('2026-10-01')
    expect(localDate('2026-09-30T15:59:59.999Z')).toBe('2026-09-30')
    expect(startOfLocalDay('2026-10-01').toISOString()).toBe('2026-09-30T16:00:00.000Z')
    expect(endOfLocalDay('2026-10-08').toISOString()).toBe('2026-10-08T15:59:59.999Z')
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(daysBetween('2026-09-30', '2026-10-08')).toBe(8)
  })

  it('computes deadlines in calendar or working days', () => {
    expect(deadlineDate(official, '2026-09-30', { days: 5, dayType: 'calendar' })).toBe('2026-10-05')
    expect(deadlineDate(official, '2026-09-30', { days: 3, dayType: 'working' })).toBe('2026-10-10')
  })

  it('finds the latest start date whose deadline has passed', () => {
    // Calendar days: published on 11-16, 5 days → due 11-21, overdue on 11-22; 11-17 is due 11-22, not yet overdue.
    expect(latestOverdueStart(official, '2026-11-22', { days: 5, dayType: 'calendar' })).toBe('2026-11-16')
    // Working days across 国庆: anything issued up to 10-07 is due on 10-10 at the latest (3 working days), overdue on 10-12.
    expect(latestOverdueStart(official, '2026-10-12', { days: 3, dayType: 'working' })).toBe('2026-10-07')
    expect(latestOverdueStart(official, '2026-10-10', { days: 3, dayType: 'working' })).toBe('2026-09-29')
    // The property the cut-off relies on: every date up to it is overdue, the next one is not.
    for (const today of ['2026-10-09', '2026-10-12', '2026-02-24', '2026-11-23']) {
      for (const rule of [{ days: 3, dayType: 'working' as const }, { days: 5, dayType: 'calendar' as const }]) {
        const cut = latestOverdueStart(official, today, rule)!
        expect(deadlineDate(official, cut, rule) < today).toBe(true)
        expect(deadlineDate(official, shiftDate(cut, 1), rule) < today).toBe(false)
      }
    }
  })
})

describe('bounds: counting into a year nobody knows yet', () => {
  const known2027 = new WorkingDayCalendar([{ date: '2027-01-01', kind: 'holiday', note: '元旦' }])

  it('is exact inside the known years', () => {
    expect(official.addWorkingDaysBounds('2026-09-28', 20)).toEqual({ earliest: '2026-10-30', latest: '2026-10-30' })
    expect(official.workingDaysBetweenBounds('2026-09-28', '2026-10-30')).toEqual({ min: 20, max: 20 })
    expect(official.workingDayOrUnknown('2026-10-10')).toBe(true)
    expect(official.workingDayOrUnknown('2027-01-04')).toBeNull()
  })

  it('gives the earliest possible date and no latest one when the count runs into an unknown year', () => {
    // 12-30, 12-31 known; 2027-01-01…01-03 counted as working days for the earliest date.
    expect(official.addWorkingDaysBounds('2026-12-29', 5)).toEqual({ earliest: '2027-01-03', latest: null })
    expect(known2027.addWorkingDaysBounds('2026-12-29', 5)).toEqual({ earliest: '2027-01-06', latest: '2027-01-06' })
    expect(official.workingDaysBetweenBounds('2026-12-28', '2027-01-04')).toEqual({ min: 3, max: 7 })
    expect(known2027.workingDaysBetweenBounds('2026-12-28', '2027-01-04')).toEqual({ min: 4, max: 4 })
  })

  it('brackets the true date: earliest ≤ exact ≤ latest, whatever the unknown year turns out to be', () => {
    // Once 2027 is entered, the exact date lies within the bounds computed without it.
    for (const start of ['2026-12-20', '2026-12-25', '2026-12-31']) {
      for (const n of [1, 5, 20]) {
        const bounds = official.addWorkingDaysBounds(start, n)
        const exact = known2027.addWorkingDays(start, n)
        expect(bounds.earliest <= exact).toBe(true)
        expect(bounds.latest === null || exact <= bounds.latest).toBe(true)
      }
    }
  })

  it('decides "passed" and "not yet" whenever the known days allow', () => {
    const bounds = official.addWorkingDaysBounds('2026-12-29', 5)
    expect(isAfterBounds('2026-12-31', bounds)).toBe(false)
    expect(isAfterBounds('2027-01-03', bounds)).toBe(false)
    expect(isAfterBounds('2027-01-04', bounds)).toBeNull()
    expect(isOnOrAfterBounds('2027-01-02', bounds)).toBe(false)
    expect(isOnOrAfterBounds('2027-01-03', bounds)).toBeNull()
    const exact = official.addWorkingDaysBounds('2026-12-01', 3)
    expect(isAfterBounds('2026-12-04', exact)).toBe(false)
    expect(isAfterBounds('2026-12-05', exact)).toBe(true)
    expect(isOnOrAfterBounds('2026-12-04', exact)).toBe(true)
  })

  it('splits the overdue range into certain and possible cut-offs', () => {
    expect(overdueStartCuts(official, '2027-01-06', { days: 20, dayType: 'working' })).toEqual({ certain: '2026-12-03', possible: '2026-12-10' })
    expect(overdueStartCuts(known2027, '2027-01-06', { days: 20, dayType: 'working' })).toEqual({ certain: '2026-12-07', possible: '2026-12-07' })
    // Inside the known year both agree with latestOverdueStart.
    expect(overdueStartCuts(official, '2026-10-12', { days: 3, dayType: 'working' })).toEqual({ certain: '2026-10-07', possible: '2026-10-07' })
  })

  it('knows its last known year, extended by the administrators’ entries', () => {
    expect(official.lastKnownYear()).toBe(2026)
    expect(known2027.lastKnownYear()).toBe(2027)
  })
})
