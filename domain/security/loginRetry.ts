/**
 * When a login refused by a rate limit may try again, as the person at the login page reads it: whole minutes
 * from now, or the Beijing clock time (China has one time zone, UTC+8, and no daylight saving).
 */

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** Whole minutes until `at`, rounded up and at least 1 (a retry "in 0 minutes" would be refused again). */
export const minutesUntil = (at: Date, now: Date): number => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000))

/**
 * `HH时mm分` in Beijing time of the first full minute at or after `at`, so a retry at that minute is let through.
 * No ASCII colon: Payload's error toast splits a message at its first colon into a heading and a field list.
 */
export const beijingClockTime = (at: Date): string => {
  const local = new Date(Math.ceil(at.getTime() / 60_000) * 60_000 + BEIJING_OFFSET_MS)
  return `${pad(local.getUTCHours())}时${pad(local.getUTCMinutes())}分`
}

/** The account a login attempt names: its email (or username), trimmed and in lower case, as the login operation matches it. */
export const loginAccountKey = (data: unknown): string | null => {
  if (!data || typeof data !== 'object') return null
  const { email, username } = data as { email?: unknown; username?: unknown }
  const value = typeof email === 'string' && email.trim() ? email : typeof username === 'string' ? username : ''
  const key = value.trim().toLowerCase()
  return key ? key : null
}
