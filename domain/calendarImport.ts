/**
 * From a parsed State Council notice to 节假日调整 entries: the days to preview, and the checks on the days an
 * administrator confirms (possibly corrected: a kind changed, a day removed).
 */
import { isValidDate, type DayKind } from './calendar'
import type { HolidayNotice } from './holidayNotice'

export type ImportDay = { date: string; kind: DayKind; note: string }
export type NoticeDayEntry = ImportDay & { name: string }

const KINDS: readonly DayKind[] = ['holiday', 'workday']
const NOTE_MAX = 100

/** The 说明 of an entry: the festival for a day off, “春节调休上班” for a make-up working day. */
export const noteFor = (kind: DayKind, name: string): string => (kind === 'holiday' ? name : `${name}调休上班`)

/** Every day of the notice, in date order. */
export const noticeDays = (notice: HolidayNotice): NoticeDayEntry[] =>
  [
    ...notice.holidays.map((d) => ({ date: d.date, kind: 'holiday' as const, name: d.name, note: noteFor('holiday', d.name) })),
    ...notice.workdays.map((d) => ({ date: d.date, kind: 'workday' as const, name: d.name, note: noteFor('workday', d.name) })),
  ].sort((a, b) => a.date.localeCompare(b.date))

/**
 * Checks the days sent with 确认导入: valid dates within the notice's year ±1, kinds of the enum, no date twice.
 * Returns the cleaned days, or Chinese reasons naming the entry (第 n 条, counted from 1).
 */
export const validateImportDays = (days: unknown, year: number): { days: ImportDay[]; errors: string[] } => {
  if (!Array.isArray(days) || days.length === 0) return { days: [], errors: ['没有要导入的日期：请至少保留一天再确认导入。'] }
  const errors: string[] = []
  const cleaned: ImportDay[] = []
  const seen = new Map<string, number>()
  days.forEach((day: unknown, index) => {
    const n = index + 1
    if (!day || typeof day !== 'object') {
      errors.push(`第 ${n} 条：格式不正确，应为 {date, kind, note}。`)
      return
    }
    const { date, kind, note } = day as Record<string, unknown>
    const problems: string[] = []
    const text = typeof date === 'string' ? date.trim() : ''
    if (!isValidDate(text)) problems.push(`日期“${String(date ?? '')}”无效，应为 YYYY-MM-DD`)
    else if (Math.abs(Number(text.slice(0, 4)) - year) > 1) problems.push(`日期 ${text} 不在 ${year} 年前后（应在 ${year - 1}—${year + 1} 年之间）`)
    if (!KINDS.includes(kind as DayKind)) problems.push(`类型“${String(kind ?? '')}”无效，应为放假（holiday）或上班（workday）`)
    if (note !== undefined && note !== null && typeof note !== 'string') problems.push('说明应为文字')
    else if (typeof note === 'string' && note.trim().length > NOTE_MAX) problems.push(`说明过长（最多 ${NOTE_MAX} 字）`)
    if (isValidDate(text)) {
      const earlier = seen.get(text)
      if (earlier !== undefined) problems.push(`日期 ${text} 与第 ${earlier} 条重复`)
      else seen.set(text, n)
    }
    if (problems.length > 0) errors.push(`第 ${n} 条：${problems.join('；')}。`)
    else cleaned.push({ date: text, kind: kind as DayKind, note: typeof note === 'string' ? note.trim() : '' })
  })
  return errors.length > 0 ? { days: [], errors } : { days: cleaned, errors: [] }
}
