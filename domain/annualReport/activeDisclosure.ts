/**
 * Section 二 (主动公开政府信息情况): 规章 and 行政规范性文件 counted from the documents — 本年制发 (formed in the year),
 * 本年废止 (repealed or expired in the year), 现行有效 (in force on 31 December) — and the figures no document holds
 * (行政许可, 行政处罚, 行政强制 decisions; 行政事业性收费 in 万元), entered by the office. Every cell says where it
 * comes from. Dates are Beijing `yyyy-MM-dd`.
 */
import { shiftDate } from '../calendar'
import { DECISION_ROWS, DOCUMENT_ROWS, type DecisionRow, type DocumentRow, type ReportRow } from './categories'

export type Validity = 'valid' | 'amended' | 'repealed' | 'expired'

/** What section 二 needs of one published document. */
export type DocumentFact = {
  id: string
  row: ReportRow | null
  /** 成文日期. */
  formedAt: string | null
  /** 施行日期. */
  effectiveFrom: string | null
  /** 有效期至: the last day it is in force. */
  effectiveUntil: string | null
  validity: Validity | null
  /** When `validity` last changed. */
  validityChangedAt: string | null
}

export type CellSource =
  | { kind: 'computed'; documents: number; ids: string[] }
  | { kind: 'entered'; by: string | null; at: string | null }
  | { kind: 'missing' }

export type Cell = { value: number | null; source: CellSource }

/** An entered figure as the draft stores it. */
export type EnteredFigure = { value: number | null | undefined; by?: string | null; at?: string | null }

export type ActiveDisclosure = {
  documents: Record<DocumentRow, { issued: Cell; repealed: Cell; inForce: Cell }>
  decisions: Record<DecisionRow, Cell>
  /** 行政事业性收费: 本年收费金额（万元）. */
  fee: Cell
}

export type EnteredActiveDisclosure = Partial<Record<DecisionRow | 'fee', EnteredFigure | null>>

/** The day a document was made (制发): its 成文日期, else its 施行日期. */
export const issuedOn = (fact: DocumentFact): string | null => fact.formedAt ?? fact.effectiveFrom

/**
 * The first day a document is no longer in force, or null while it is: the day after 有效期至, or the day it was
 * marked 已废止 / 已失效. 已修订 keeps it in force (the amended text is the rule). A repealed document without a date
 * has ended at an unknown day: `'unknown'`.
 */
export const endedOn = (fact: DocumentFact): string | 'unknown' | null => {
  const afterUntil = fact.effectiveUntil ? shiftDate(fact.effectiveUntil, 1) : null
  if (fact.validity === 'expired') return afterUntil ?? fact.validityChangedAt ?? 'unknown'
  if (fact.validity === 'repealed') {
    const marked = fact.validityChangedAt
    if (marked && afterUntil) return marked < afterUntil ? marked : afterUntil
    return marked ?? afterUntil ?? 'unknown'
  }
  return afterUntil
}

const inYear = (date: string | null, year: number) => date !== null && date >= `${year}-01-01` && date <= `${year}-12-31`

export const isIssuedIn = (fact: DocumentFact, year: number): boolean => inYear(issuedOn(fact), year)

export const isRepealedIn = (fact: DocumentFact, year: number): boolean => {
  const ended = endedOn(fact)
  return ended !== 'unknown' && inYear(ended, year)
}

/** In force at the end of 31 December: issued and in effect by then, not ended on or before it. */
export const isInForceAtEndOf = (fact: DocumentFact, year: number): boolean => {
  const last = `${year}-12-31`
  const issued = issuedOn(fact)
  if (issued === null || issued > last) return false
  if (fact.effectiveFrom !== null && fact.effectiveFrom > last) return false
  const ended = endedOn(fact)
  return ended === null || (ended !== 'unknown' && ended > last)
}

const computed = (facts: readonly DocumentFact[], test: (fact: DocumentFact) => boolean): Cell => {
  const ids = facts.filter(test).map((f) => f.id)
  return { value: ids.length, source: { kind: 'computed', documents: facts.length, ids } }
}

const entered = (figure: EnteredFigure | null | undefined): Cell =>
  figure && typeof figure.value === 'number' && Number.isFinite(figure.value)
    ? { value: figure.value, source: { kind: 'entered', by: figure.by ?? null, at: figure.at ?? null } }
    : { value: null, source: { kind: 'missing' } }

export const activeDisclosure = (year: number, facts: readonly DocumentFact[], figures: EnteredActiveDisclosure = {}): ActiveDisclosure => {
  const documents = Object.fromEntries(
    DOCUMENT_ROWS.map((row) => {
      const mine = facts.filter((f) => f.row === row)
      return [row, { issued: computed(mine, (f) => isIssuedIn(f, year)), repealed: computed(mine, (f) => isRepealedIn(f, year)), inForce: computed(mine, (f) => isInForceAtEndOf(f, year)) }]
    }),
  ) as ActiveDisclosure['documents']
  const decisions = Object.fromEntries(DECISION_ROWS.map((row) => [row, entered(figures[row])])) as ActiveDisclosure['decisions']
  return { documents, decisions, fee: entered(figures.fee) }
}

/** The entered cells still empty, by row label, for the problems list. */
export const missingFigures = (section: ActiveDisclosure): Array<DecisionRow | 'fee'> => [
  ...DECISION_ROWS.filter((row) => section.decisions[row].source.kind === 'missing'),
  ...(section.fee.source.kind === 'missing' ? (['fee'] as const) : []),
]
