/**
 * A date a person types (成文日期) must lie between a first day and a few days after today, Beijing time:
 * a year like -271821 is accepted by JavaScript and by the database, but no deadline can be counted from it.
 */

export const DATE_MESSAGES = {
  invalid: (label: string) => `${label}格式不正确，请按“年-月-日”填写`,
  range: (label: string, earliest: string, latest: string) => `${label}须在${earliest}至${latest}之间`,
} as const

export type DateRange = { earliest: string; maxFutureDays: number }

const BEIJING_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export const beijingDay = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)

const startOfBeijingDay = (day: string): number => Date.parse(`${day}T00:00:00.000+08:00`)

/** Why `value` is no plausible date in the range, or null. Empty values are the `required` rule's business. */
export const plausibleDateError = (value: unknown, label: string, range: DateRange, now: Date): string | null => {
  if (value === null || value === undefined || value === '') return null
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (Number.isNaN(time)) return DATE_MESSAGES.invalid(label)
  const latest = beijingDay(new Date(now.getTime() + Math.max(0, range.maxFutureDays) * DAY_MS))
  const first = startOfBeijingDay(range.earliest)
  if (time < first || time >= startOfBeijingDay(latest) + DAY_MS) return DATE_MESSAGES.range(label, range.earliest, latest)
  return null
}
