/** Scans a text for the administrators' sensitive terms (敏感词) with one Aho-Corasick automaton. */

import { AhoCorasick } from '@monyone/aho-corasick/fast'

import { foldText } from './foldText'
import { FINDING_LEVELS, type TermLevel } from './types'

export type SensitiveTerm = { term: string; level: TermLevel; category: string; note?: string | null }

export type TermMatch = { term: string; level: TermLevel; category: string; note: string | null; offset: number }

export type TermMatcher = {
  /** Every occurrence of every term, overlapping ones included, in order of where they end. */
  scan(text: string): TermMatch[]
  /** {@link scan} of a text that {@link foldText} has already been applied to, so a caller folds it once. */
  scanFolded?(folded: string): TermMatch[]
  /** The number of distinct terms after blanks were dropped and duplicates merged. */
  size: number
}

type Entry = { term: string; level: TermLevel; category: string; note: string | null }

const rank = (level: string) => {
  const i = (FINDING_LEVELS as readonly string[]).indexOf(level)
  // A level the list does not know is treated as `review`: a person looks rather than the term being lost.
  return i < 0 ? 1 : i
}

/**
 * An automaton over `terms`. Terms are trimmed, blank ones ignored, and compared case-insensitively and
 * width-insensitively (ABC, abc and ＡＢＣ are one term); a term listed twice keeps its strictest level.
 */
export function buildTermMatcher(terms: ReadonlyArray<SensitiveTerm>): TermMatcher {
  const entries = new Map<string, Entry>()
  for (const item of terms) {
    if (!item || typeof item.term !== 'string') continue
    const term = item.term.trim()
    if (term === '') continue
    const key = foldText(term)
    const level = FINDING_LEVELS[rank(item.level)]!
    const existing = entries.get(key)
    if (existing && rank(existing.level) <= rank(level)) continue
    entries.set(key, { term, level, category: String(item.category ?? ''), note: item.note ?? null })
  }

  const automaton = entries.size > 0 ? new AhoCorasick([...entries.keys()]) : null

  const scanFolded = (folded: string): TermMatch[] => {
    if (!automaton || typeof folded !== 'string' || folded === '') return []
    return automaton.matchInText(folded).map(({ begin, keyword }) => {
      const entry = entries.get(keyword)!
      return { term: entry.term, level: entry.level, category: entry.category, note: entry.note, offset: begin }
    })
  }

  return {
    size: entries.size,
    scan: (text: string) => (automaton && typeof text === 'string' ? scanFolded(foldText(text)) : []),
    scanFolded,
  }
}
