/** A stored document as section 二 sees it: its category's row and its dates as Beijing `yyyy-MM-dd`. */
import { isValidDate, localDate } from '../calendar'
import type { DocumentFact, Validity } from './activeDisclosure'
import { rowOfCategory, type ReportCategory } from './categories'

const VALIDITIES: readonly Validity[] = ['valid', 'amended', 'repealed', 'expired']

/** A `yyyy-MM-dd` day from a day or an instant (a date field stores an ISO instant: its Beijing day counts). */
export const dayOf = (value: unknown): string | null => {
  if (typeof value !== 'string' || !value) return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isValidDate(value) ? value : null
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : localDate(instant)
}

export type DocumentFields = {
  /** Names of the fields on the host's documents (the plugin's defaults). */
  category: string
  effectiveFrom: string
  effectiveUntil: string
  formedAt: string
  validity: string
  validityChangedAt: string
}

export const documentFact = (doc: Record<string, unknown>, categories: readonly ReportCategory[], fields: DocumentFields): DocumentFact => {
  const validity = doc[fields.validity]
  return {
    id: String(doc.id),
    row: rowOfCategory(categories, doc[fields.category]),
    formedAt: dayOf(doc[fields.formedAt]),
    effectiveFrom: dayOf(doc[fields.effectiveFrom]),
    effectiveUntil: dayOf(doc[fields.effectiveUntil]),
    validity: VALIDITIES.includes(validity as Validity) ? (validity as Validity) : null,
    validityChangedAt: dayOf(doc[fields.validityChangedAt]),
  }
}
