/** Fields the system derives on save: kind from the column, the interpretation flag, dates of change. */
import type { CollectionBeforeChangeHook } from 'payload'
import { documentKindForColumn, type ColumnKind } from '../../domain/vocabulary'
import { idOf } from '../../domain/ids'
import { storedColumn } from './storedColumn'


export const deriveDocumentFields: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!data.kind && !originalDoc?.kind) {
    const columnId = idOf(data.column ?? originalDoc?.column)
    const column = columnId ? await storedColumn(req, data, columnId) : null
    data.kind = documentKindForColumn(column?.kind as ColumnKind | undefined)
  }
  if (typeof data.requiresInterpretation !== 'boolean' && typeof originalDoc?.requiresInterpretation !== 'boolean') {
    data.requiresInterpretation = (data.kind ?? originalDoc?.kind) === 'policy'
  }
  const validityChanged =
    operation === 'create' ? data.validity && data.validity !== 'valid' : data.validity && data.validity !== originalDoc?.validity
  if (validityChanged && !data.validityChangedAt) {
    data.validityChangedAt = new Date().toISOString()
  }
  return data
}
