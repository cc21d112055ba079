/** 公民身份号码 (GB 11643-1999): the ISO 7064 MOD 11-2 check character and a plausibility test. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
const BODY = /^\d{17}$/
const SHAPE = /^\d{17}[\dXx]$/
const EARLIEST_BIRTH = '19000101'

const beijingDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** `now` as YYYYMMDD on the Beijing calendar, the form birth dates take inside an ID number. */
export function beijingDateKey(now: Date = new Date()): string {
  return beijingDate.format(now).replace(/-/g, '')
}

/** The MOD 11-2 check character (0-9 or X) for the first 17 digits of an ID number. */
export function residentIdCheckChar(body17: string): string {
  if (typeof body17 !== 'string' || !BODY.test(body17)) {
    throw new Error(`身份证号码本体应为17位数字，收到“${String(body17)}”`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

/** Province-level codes in use: 11–65 (mainland), 71 Taiwan, 81 Hong Kong, 82 Macao, 83 and 91 for residence permits. */
function isProvinceCode(code: number): boolean {
  return (code >= 11 && code <= 65) || code === 71 || code === 81 || code === 82 || code === 83 || code === 91
}

function isCalendarDate(key: string): boolean {
  const year = Number(key.slice(0, 4))
  const month = Number(key.slice(4, 6))
  const day = Number(key.slice(6, 8))
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

/**
 * True when the 17 digits could begin a real ID number: a province code in use and a birth date (digits 7–14)
 * that exists and lies between 1900-01-01 and `today` (YYYYMMDD, Beijing). The check character is not looked at.
 */
export function hasResidentIdStructure(body17: string, today: string = beijingDateKey()): boolean {
  if (typeof body17 !== 'string' || !BODY.test(body17.slice(0, 17))) return false
  if (!isProvinceCode(Number(body17.slice(0, 2)))) return false
  const birth = body17.slice(6, 14)
  return isCalendarDate(birth) && birth >= EARLIEST_BIRTH && birth <= today
}

/**
 * True for an 18-character ID number with a plausible province and birth date and the right check character.
 * A lower-case x is accepted as the check character, as people type it.
 */
export function isValidResidentId(s: string, now: Date = new Date()): boolean {
  return isValidResidentIdOn(s, beijingDateKey(now))
}

/** {@link isValidResidentId} against a precomputed `today` (YYYYMMDD), for scanning many candidates. */
export function isValidResidentIdOn(s: string, today: string): boolean {
  if (typeof s !== 'string' || !SHAPE.test(s)) return false
  const body = s.slice(0, 17)
  return hasResidentIdStructure(body, today) && residentIdCheckChar(body) === s[17]!.toUpperCase()
}
