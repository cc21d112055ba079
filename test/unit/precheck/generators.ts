/**
 * Test-side generators of identity numbers, cards and credit codes. Check characters are computed here from
 * the standards' own formulas, independently of the modules under test, so that a shared mistake cannot hide.
 */

/** Seeded so that a failure can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

export const randomDigits = (random: () => number, n: number): string => {
  let s = ''
  for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10))
  return s
}

// GB 11643-1999: weight of position i (1-based from the left, 18 positions) is 2^(18-i) mod 11, and the
// check value a18 makes the weighted sum of all 18 congruent to 1 mod 11 (a18 = 10 is written X).
export function idCheck(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (2 ** (17 - i) % 11)
  const a18 = (12 - (sum % 11)) % 11
  return a18 === 10 ? 'X' : String(a18)
}

export const REGIONS = [
  '110105',
  '310104',
  '420702',
  '440305',
  '510107',
  '650102',
  '710000',
  '810000',
  '820000',
  '830000',
  '910000',
  '130102',
  '370102',
] as const

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A resident ID number with a real birth date between 1900 and 2024 and a correct check character. */
export function makeResidentId(random: () => number, birth?: string): string {
  let date = birth
  if (!date) {
    const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 45_000) * 86_400_000)
    date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}`
  }
  const body = pick(random, REGIONS) + date + randomDigits(random, 3)
  return body + idCheck(body)
}

/** Every wrong check character for an ID number. */
export const brokenIdChecks = (id: string): string[] =>
  [...'0123456789X'].filter((c) => c !== id[17]).map((c) => id.slice(0, 17) + c)

// Luhn: from the rightmost digit (the check digit), every second digit is doubled and its digits summed; a
// number is valid when the total is a multiple of 10. The check digit is found by trying all ten.
function luhnTotal(digits: string): number {
  let total = 0
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i])
    const v = i % 2 === 1 ? d * 2 : d
    total += Math.floor(v / 10) + (v % 10)
  }
  return total
}

export const luhnValid = (digits: string) => luhnTotal(digits) % 10 === 0

export function makeBankCard(
  random: () => number,
  length: number,
  prefix = pick(random, ['6222', '6228', '6217', '4367', '5187', '6259']),
): string {
  const body = prefix + randomDigits(random, length - prefix.length - 1)
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d
  throw new Error('unreachable')
}

/** Every wrong last digit for a card: a single changed digit always breaks Luhn. */
export const brokenCardChecks = (card: string): string[] =>
  [...'0123456789'].filter((c) => c !== card.at(-1)).map((c) => card.slice(0, -1) + c)

export const groupBy4 = (digits: string, separator = ' ') => digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`)

// GB 32100-2015: characters 0-9 A-H J-N P-R T U W-Y valued 0..30, weights 3^i mod 31, check = 31 - sum mod 31.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
export function usccCheck(body17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body17[i]!) * (3 ** i % 31)
  return USCC_CHARS[(31 - (sum % 31)) % 31]!
}

export function makeUscc(random: () => number, { digitsOnly = false } = {}): string {
  const orgChars = digitsOnly ? '0123456789' : USCC_CHARS
  let org = ''
  for (let i = 0; i < 9; i++) org += pick(random, [...orgChars])
  const body =
    pick(random, ['91', '12', '52', '11', '93']) + pick(random, ['350100', '420700', '110105', '440300']) + org
  return body + usccCheck(body)
}

/** A mainland mobile number 1[3-9]xxxxxxxxx. */
export const makeMobile = (random: () => number) => `1${pick(random, [...'3456789'])}${randomDigits(random, 9)}`

/** Some ordinary county-government prose to surround what the tests plant. */
export const PROSE = [
  '为进一步做好全县防汛抗旱工作，切实保障人民群众生命财产安全，',
  '县人民政府办公室决定开展专项检查。',
  '各乡镇人民政府、县直各单位要高度重视，认真落实属地管理责任。',
  '做好保密工作，依法保护商业秘密和个人隐私。',
  '联系电话：0712-1234567，传真：0712-7654321。',
] as const
