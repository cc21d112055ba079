/**
 * 易错词 and 严重表述 (seed 004: 坚决杜绝表述不规范和错别字; seed 000: 文字准确): a list of wrong expressions, each with
 * its correction, matched in one Aho-Corasick pass. Overlaps are settled leftmost-longest (one finding per stretch
 * of text), and a wrong form that is only part of its own correct form in the text (e.g. a listed wrong "人名共和"
 * inside a correctly written longer phrase) is not reported.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast'
import { foldText } from './foldText'
import { FINDING_LEVELS, type FindingLevel } from './types'

export type WordingKind = 'common-typo' | 'serious-wording'

export type WordingEntry = { wrong: string; correct: string; kind: WordingKind; level?: string | null; note?: string | null }

export type WordingMatch = { wrong: string; correct: string; kind: WordingKind; level: FindingLevel; note: string | null; offset: number; end: number }

export type WordingMatcher = {
  /** Matches in a text already folded with {@link foldText}, in order, none overlapping. */
  scanFolded: (folded: string) => WordingMatch[]
  scan: (text: string) => WordingMatch[]
  size: number
}

type Entry = Omit<WordingMatch, 'offset' | 'end'> & { foldedCorrect: string }

const levelOf = (level: unknown): FindingLevel => ((FINDING_LEVELS as readonly string[]).includes(String(level)) ? (level as FindingLevel) : 'review')

export const buildWordingMatcher = (list: ReadonlyArray<WordingEntry>): WordingMatcher => {
  const entries = new Map<string, Entry>()
  for (const item of list) {
    const wrong = typeof item?.wrong === 'string' ? item.wrong.trim() : ''
    const correct = typeof item?.correct === 'string' ? item.correct.trim() : ''
    if (!wrong || wrong === correct) continue
    const key = foldText(wrong)
    const entry: Entry = { wrong, correct, kind: item.kind, level: levelOf(item.level), note: item.note ?? null, foldedCorrect: foldText(correct) }
    const existing = entries.get(key)
    // The same wrong form twice: a 严重表述 outranks a 易错词, a stricter level a laxer one.
    if (existing && (existing.kind === 'serious-wording' || FINDING_LEVELS.indexOf(existing.level) <= FINDING_LEVELS.indexOf(entry.level)) && entry.kind !== 'serious-wording') continue
    entries.set(key, entry)
  }
  const automaton = entries.size ? new AhoCorasick([...entries.keys()]) : null

  /** Whether the text at [begin, end) is part of an occurrence of `correct` there (the wrong form inside the right one). */
  const insideCorrect = (folded: string, begin: number, end: number, correct: string): boolean => {
    if (!correct || correct.length <= end - begin) return false
    for (let from = Math.max(0, end - correct.length); from <= begin; from++) {
      if (folded.startsWith(correct, from)) return true
    }
    return false
  }

  const scanFolded = (folded: string): WordingMatch[] => {
    if (!automaton || !folded) return []
    const found = automaton
      .matchInText(folded)
      .map(({ begin, end, keyword }) => ({ begin, end, entry: entries.get(keyword)! }))
      .filter(({ begin, end, entry }) => !insideCorrect(folded, begin, end, entry.foldedCorrect))
      .sort((a, b) => a.begin - b.begin || b.end - a.end)
    const out: WordingMatch[] = []
    let covered = 0
    for (const { begin, end, entry } of found) {
      if (begin < covered) continue
      const { foldedCorrect: _, ...rest } = entry
      out.push({ ...rest, offset: begin, end })
      covered = end
    }
    return out
  }

  return { scanFolded, scan: (text) => scanFolded(foldText(String(text ?? ''))), size: entries.size }
}
