/** The automated secrecy/compliance pre-check (保密/合规预审) of an item's title, 发文字号 and texts. */

import { docNumberError, suggestDocNumber } from '../docNumber'
import { labelOf, TERM_CATEGORIES } from '../vocabulary'
import { excerptAround } from './excerpt'
import { foldWidth, lowerLatin } from './foldText'
import { findMarkings } from './markings'
import { beijingDateKey } from './residentId'
import { findSensitiveNumbers, type SensitiveMatch } from './sensitiveNumbers'
import type { TermMatcher } from './termMatcher'
import type { WordingMatcher } from './wordingMatcher'
import { type Finding, FINDING_KINDS, FINDING_LEVELS, FINDING_MESSAGES } from './types'

export type PrecheckInput = {
  title?: string | null
  docNumber?: string | null
  /** Body, public body, attachment texts…, each under the field name findings should point at. */
  texts: ReadonlyArray<{ field: string; text: string }>
  /** The clock for birth dates and 发文字号 years; defaults to now. */
  now?: Date
}

export const TITLE_FIELD = 'title'
export const DOC_NUMBER_FIELD = 'docNumber'

/** 《浏阳市政务公开渠道管理机制》 asks titles to name the body in full instead of these. */
const SELF_REFERENCE = /我(?:市|局|镇|中心|县|区)/g

const SENSITIVE_MESSAGES = {
  'resident-id': FINDING_MESSAGES.residentId,
  'bank-card': FINDING_MESSAGES.bankCard,
  'mobile-number': FINDING_MESSAGES.mobileNumber,
} as const

const SENSITIVE_LEVELS = { 'resident-id': 'block', 'bank-card': 'block', 'mobile-number': 'review' } as const

/** `text` with every sensitive number replaced by its masked form; same length, so offsets still hold. */
function maskText(text: string, numbers: SensitiveMatch[]): string {
  if (numbers.length === 0) return text
  const sorted = [...numbers].sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const n of sorted) {
    out += text.slice(at, n.start)
    // The match was found in width-folded text: keep the characters as written and take only the stars.
    for (let i = n.start; i < n.end; i++) out += n.masked[i - n.start] === '*' ? '*' : text[i]
    at = n.end
  }
  return out + text.slice(at)
}

function scanField(field: string, text: string, today: string, matcher: TermMatcher | undefined, wording: readonly WordingMatcher[]): Finding[] {
  const folded = foldWidth(text)
  const numbers = findSensitiveNumbers(folded, today)
  const masked = maskText(text, numbers)
  const findings: Finding[] = []
  const add = (f: Omit<Finding, 'field' | 'excerpt'>, end: number) =>
    findings.push({ ...f, field, excerpt: excerptAround(masked, f.offset, end) })

  for (const m of findMarkings(folded)) {
    add(
      {
        level: 'block',
        kind: 'classification-marking',
        offset: m.start,
        message: FINDING_MESSAGES.classificationMarking(m.marking),
      },
      m.end,
    )
  }
  for (const n of numbers) {
    add(
      { level: SENSITIVE_LEVELS[n.kind], kind: n.kind, offset: n.start, message: SENSITIVE_MESSAGES[n.kind]() },
      n.end,
    )
  }
  const terms = !matcher ? [] : matcher.scanFolded ? matcher.scanFolded(lowerLatin(folded)) : matcher.scan(text)
  for (const t of terms) {
    const category = labelOf(TERM_CATEGORIES, t.category as never) || t.category
    const message = FINDING_MESSAGES.term(t.term, category, t.note)
    add({ level: t.level, kind: 'term', offset: t.offset, message, term: t.term }, t.offset + t.term.length)
  }
  if (wording.length) {
    const lowered = lowerLatin(folded)
    for (const w of wording.flatMap((m) => m.scanFolded(lowered))) {
      const message = w.kind === 'serious-wording' ? FINDING_MESSAGES.seriousWording(w.wrong, w.correct, w.note) : FINDING_MESSAGES.commonTypo(w.wrong, w.correct, w.note)
      // `term` keeps two entries found at one place apart; `suggestion` is what the review panel offers.
      add({ level: w.level, kind: w.kind, offset: w.offset, message, term: w.wrong, suggestion: w.correct }, w.end)
    }
  }
  if (field === TITLE_FIELD) {
    for (const m of text.matchAll(SELF_REFERENCE)) {
      add(
        {
          level: 'warn',
          kind: 'title-self-reference',
          offset: m.index,
          message: FINDING_MESSAGES.titleSelfReference(m[0]),
        },
        m.index + m[0].length,
      )
    }
  }
  return findings
}

const identity = (f: Finding) => `${f.field}\u0000${f.kind}\u0000${f.offset}\u0000${f.level}\u0000${f.term ?? ''}`

const rankOf = <T extends string>(list: readonly T[]) =>
  Object.fromEntries(list.map((v, i) => [v, i])) as Record<T, number>
const LEVEL_RANK = rankOf(FINDING_LEVELS)
const KIND_RANK = rankOf(FINDING_KINDS)

/**
 * Every finding in the item, without duplicates, strictest first, then in field order (title, 发文字号, then
 * `texts` as given) and by offset. Terms are only looked for when a matcher is given; 易错词 and 严重表述 when
 * wording matchers are.
 */
export function precheck(input: PrecheckInput, matcher?: TermMatcher, wording: readonly WordingMatcher[] = []): Finding[] {
  const now = input.now ?? new Date()
  const today = beijingDateKey(now)
  const fields: Array<{ field: string; text: string }> = []
  if (typeof input.title === 'string' && input.title !== '') fields.push({ field: TITLE_FIELD, text: input.title })
  for (const t of input.texts ?? []) {
    if (t && typeof t.text === 'string' && t.text !== '') fields.push({ field: String(t.field), text: t.text })
  }

  const findings: Finding[] = []
  for (const { field, text } of fields) findings.push(...scanField(field, text, today, matcher, wording))

  const reason = docNumberError(input.docNumber, now)
  if (reason !== null) {
    // A warning with the corrected form to copy (SPEC: a malformed 发文字号 warns, it does not refuse).
    const suggestion = suggestDocNumber(input.docNumber, now)
    findings.push({
      level: 'warn',
      kind: 'doc-number-format',
      field: DOC_NUMBER_FIELD,
      offset: 0,
      excerpt: excerptAround(String(input.docNumber), 0, 0, 40),
      message: FINDING_MESSAGES.docNumberFormat(reason, suggestion),
      ...(suggestion ? { suggestion } : {}),
    })
  }

  const fieldOrder = new Map<string, number>()
  for (const name of [TITLE_FIELD, DOC_NUMBER_FIELD, ...fields.map((f) => f.field)]) {
    if (!fieldOrder.has(name)) fieldOrder.set(name, fieldOrder.size)
  }
  const seen = new Set<string>()
  const unique = findings.filter((f) => {
    const id = identity(f)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  return unique.sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      fieldOrder.get(a.field)! - fieldOrder.get(b.field)! ||
      a.offset - b.offset ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.term ?? '').length - (b.term ?? '').length ||
      ((a.term ?? '') < (b.term ?? '') ? -1 : (a.term ?? '') > (b.term ?? '') ? 1 : 0),
  )
}

export const hasBlockingFindings = (findings: ReadonlyArray<Finding>): boolean =>
  findings.some((f) => f.level === 'block')

/** The findings the secrecy officer has to acknowledge, each with a note. */
export const findingsToReview = (findings: ReadonlyArray<Finding>): Finding[] =>
  findings.filter((f) => f.level === 'review')

/**
 * A stable key for acknowledging a finding: field, kind, offset and the masked excerpt (plus the term, so two
 * terms starting at the same place stay apart). Never the raw number, which the register must not hold.
 */
export const findingKey = (f: Pick<Finding, 'field' | 'kind' | 'offset' | 'excerpt' | 'term'>): string =>
  JSON.stringify([f.field, f.kind, f.offset, f.excerpt, f.term ?? null])
