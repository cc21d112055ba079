/** Finds resident ID numbers, bank card numbers and mobile numbers in a text, leaving USCCs alone. */

import { isValidUscc, USCC_PATTERN } from '../organizationCode'
import { passesLuhn } from './luhn'
import { hasResidentIdStructure, isValidResidentIdOn } from './residentId'

export type SensitiveKind = 'resident-id' | 'bank-card' | 'mobile-number'

export type SensitiveMatch = {
  kind: SensitiveKind
  start: number
  end: number
  /** The matched text with the identifying digits replaced by *, the same length as the match. */
  masked: string
}

/** 18 characters, run together or spaced 6-8-4 (region, birth date, sequence and check) as forms print them. */
const ID_CANDIDATES = [/(?<!\d)\d{17}[\dXx](?!\d)/g, /(?<!\d)\d{6}([ -])\d{8}\1\d{3}[\dXx](?!\d)/g] as const
const USCC_CANDIDATE = new RegExp(USCC_PATTERN.source, 'g')
const CARD_RUN = /(?<!\d)\d{16,19}(?!\d)/g
/** Cards as printed: 4-4-4-4 with an optional last group of 1–3, separated consistently by spaces or hyphens. */
const CARD_GROUPED = /(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?!\d)/g
/** Mainland mobiles, optionally +86/86 and optionally written 3-4-4. Landlines (0712-1234567) never match. */
const MOBILE = /(?<![\d+])(?:\+?86[ -]?)?(1[3-9]\d(?:\d{8}|([ -])\d{4}\2\d{4}))(?!\d)/g

/** Replaces every digit (and X) except the first `keepHead` and the last `keepTail`, keeping separators. */
function maskDigits(text: string, keepHead: number, keepTail: number): string {
  const total = text.replace(/[^\dXx]/g, '').length
  let seen = 0
  let out = ''
  for (const c of text) {
    if (/[\dXx]/.test(c)) {
      out += seen < keepHead || seen >= total - keepTail ? c : '*'
      seen++
    } else out += c
  }
  return out
}

type Span = { start: number; end: number }

const overlaps = (spans: Span[], start: number, end: number) => spans.some((s) => s.start < end && start < s.end)

/**
 * Sensitive numbers in `text`, which must be width-folded (０-９ → 0-9) so that offsets match the original.
 * `today` (YYYYMMDD, Beijing) bounds the birth dates of ID numbers.
 *
 * Precedence, for the 18-character tokens that several rules could claim:
 * 1. a valid resident ID (checksum, province, real birth date) is a `resident-id`, even when the same 18
 *    characters also happen to be a valid USCC: an all-digit USCC whose characters also form a plausible ID
 *    with the right MOD 11-2 check is far likelier to be someone's ID, and leaking one is the costlier mistake;
 * 2. otherwise a valid USCC is public information (docs/workflow.md, Pre-check) and nothing inside it is flagged;
 * 3. an 18-digit number with a real province and birth date but a wrong check character is taken as a
 *    mistyped ID rather than a bank card, and is not flagged;
 * 4. the remaining 16–19 digit runs passing Luhn are `bank-card`s; then mobiles, outside all of the above.
 */
export function findSensitiveNumbers(text: string, today: string): SensitiveMatch[] {
  const found: SensitiveMatch[] = []
  const claimed: Span[] = []
  if (!/\d{11}|\d{3}[ -]\d{4}/.test(text)) return found

  for (const pattern of ID_CANDIDATES) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      const id = m[0].replace(/[ -]/g, '')
      if (isValidResidentIdOn(id, today)) {
        found.push({ kind: 'resident-id', start, end, masked: maskDigits(m[0], 6, 4) })
        claimed.push({ start, end })
      } else if (hasResidentIdStructure(id.slice(0, 17), today)) {
        claimed.push({ start, end })
      }
    }
  }

  for (const m of text.matchAll(USCC_CANDIDATE)) {
    if (!overlaps(claimed, m.index, m.index + 18) && isValidUscc(m[0])) {
      claimed.push({ start: m.index, end: m.index + 18 })
    }
  }

  for (const pattern of [CARD_RUN, CARD_GROUPED]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (overlaps(claimed, start, end)) continue
      if (!passesLuhn(m[0].replace(/[ -]/g, ''))) continue
      found.push({ kind: 'bank-card', start, end, masked: maskDigits(m[0], 4, 4) })
      claimed.push({ start, end })
    }
  }

  for (const m of text.matchAll(MOBILE)) {
    const start = m.index
    const end = start + m[0].length
    if (overlaps(claimed, start, end)) continue
    const numberStart = m[0].length - m[1]!.length
    const masked = m[0].slice(0, numberStart) + maskDigits(m[1]!, 3, 4)
    found.push({ kind: 'mobile-number', start, end, masked })
    claimed.push({ start, end })
  }

  return found
}
