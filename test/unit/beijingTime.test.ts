import { beijingWallClockAsLocal, formatBeijing, localWallClockAsBeijing, parseBeijing } from '../../domain/beijingTime'

describe('Beijing time as the admin shows it', () => {
  it('formats an instant as yyyy-MM-dd HH:mm in Asia/Shanghai', () => {
    expect(formatBeijing('2026-12-01T20:45:00.000Z')).toBe('2026-12-02 04:45')
    expect(formatBeijing('2026-01-31T15:59:00.000Z')).toBe('2026-01-31 23:59')
    expect(formatBeijing('2026-01-31T16:00:00.000Z')).toBe('2026-02-01 00:00')
    expect(formatBeijing(new Date('2026-07-01T00:00:00Z'), { dateOnly: true })).toBe('2026-07-01')
  })

  it('shows nothing for no or an invalid value', () => {
    expect(formatBeijing(null)).toBe('')
    expect(formatBeijing('')).toBe('')
    expect(formatBeijing('not a date')).toBe('')
  })

  it('reads what a person types as Beijing time', () => {
    expect(parseBeijing('2026-12-02 16:45')).toBe('2026-12-02T08:45:00.000Z')
    expect(parseBeijing('2026-12-02T00:05')).toBe('2026-12-01T16:05:00.000Z')
    expect(parseBeijing('2026-12-02')).toBe('2026-12-01T16:00:00.000Z')
    expect(parseBeijing(' 2026-3-5 8:00 ')).toBe('2026-03-05T00:00:00.000Z')
  })

  it('refuses dates that do not exist', () => {
    for (const text of ['2026-02-30 10:00', '2026-13-01 10:00', '2026-12-02 24:00', '2026-12-02 10:60', '12/02/2026', 'mm/dd/yyyy', ''])
      expect(parseBeijing(text)).toBeNull()
  })

  it('round-trips through the local wall clock of a picker', () => {
    const instant = new Date('2026-03-08T07:30:00.000Z')
    const local = beijingWallClockAsLocal(instant)
    expect([local.getHours(), local.getMinutes()]).toEqual([15, 30])
    expect(localWallClockAsBeijing(local).toISOString()).toBe(instant.toISOString())
  })
})
