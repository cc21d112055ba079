/**
 * Times as the admin shows them: `yyyy-MM-dd HH:mm` (or `yyyy-MM-dd`) in Beijing time (Asia/Shanghai, UTC+8 all year:
 * China keeps no daylight saving time), whatever the browser's or the server's locale and zone. Pure: no Payload.
 */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai'
export const DATE_TIME_PATTERN = 'yyyy-MM-dd HH:mm'
export const DATE_PATTERN = 'yyyy-MM-dd'

const OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const toDate = (value: Date | string | number | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Beijing wall-clock fields of an instant. */
export const beijingParts = (instant: Date) => {
  const shifted = new Date(instant.getTime() + OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

/** `2026-12-02 16:45` in Beijing time; '' for no or an invalid value. */
export const formatBeijing = (value: Date | string | number | null | undefined, { dateOnly = false } = {}): string => {
  const date = toDate(value)
  if (!date) return ''
  const p = beijingParts(date)
  const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
  return dateOnly ? day : `${day} ${pad(p.hour)}:${pad(p.minute)}`
}

const TYPED = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?\s*$/

/**
 * The instant a person means by `2026-12-02 16:45` (or `2026-12-02`, midnight) in Beijing time, as ISO; null when the
 * text is no such date (2026-02-30, 24:00, letters).
 */
export const parseBeijing = (text: string): string | null => {
  const m = TYPED.exec(text)
  if (!m) return null
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const utc = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS
  const back = beijingParts(new Date(utc))
  if (back.year !== year || back.month !== month || back.day !== day) return null
  return new Date(utc).toISOString()
}

/**
 * A Date whose *local* wall clock reads the Beijing wall clock of `instant` (for pickers such as react-datepicker,
 * which show local time), and back. The two are inverse for every instant.
 */
export const beijingWallClockAsLocal = (instant: Date): Date => {
  const p = beijingParts(instant)
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, 0, 0)
}

export const localWallClockAsBeijing = (local: Date): Date =>
  new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()) - OFFSET_MS)
