/** Fields the system derives on save: kind from the column, the interpretation flag, dates of change. */
import type { CollectionBeforeChangeHook } from 'payload'
import { documentKindForColumn } from '../../domain/vocabulary'
import { idOf } from '../../domain/ids'


export const deriveDocumentFields: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!data.kind && !originalDoc?.kind) {
    const columnId = idOf(data.column ?? originalDoc?.column)
    const column = columnId ? await req.payload.db.findOne({ collection: 'columns', where: { id: { equals: columnId } }, req }) : null
    data.kind = documentKindForColumn((column as { kind?: never } | null)?.kind)
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
