/** Refuses, with a Chinese 400, `where` clauses and ids that the database adapter would crash on (a 500). */
import type { CollectionBeforeOperationHook, SanitizedCollectionConfig } from 'payload'
import { codedError } from '../../../domain/errors'
import { isIntegerId, whereProblem, type FieldKinds } from '../../../domain/http/queryShape'
import { GUARDED_OPERATIONS } from '../defaults'

const kindsCache = new WeakMap<SanitizedCollectionConfig, FieldKinds>()

const kindsOf = (collection: SanitizedCollectionConfig, numericIds: boolean): FieldKinds => {
  let kinds = kindsCache.get(collection)
  if (!kinds) {
    const point = new Set<string>()
    const date = new Set<string>(['createdAt', 'updatedAt'])
    const numericId = new Set<string>(numericIds ? ['id'] : [])
    for (const field of collection.flattenedFields) {
      if (field.type === 'point') point.add(field.name)
      if (field.type === 'date') date.add(field.name)
      if (numericIds && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') numericId.add(field.name)
    }
    kinds = { point, date, numericId }
    kindsCache.set(collection, kinds)
  }
  return kinds
}

export const guardQueryShape: CollectionBeforeOperationHook = ({ args: rawArgs, collection, operation, req }) => {
  if (!GUARDED_OPERATIONS.has(operation)) return rawArgs
  const args = rawArgs as { id?: unknown; where?: unknown; joins?: unknown }
  const numericIds = (req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType) === 'number'
  if (numericIds && args.id !== undefined && args.id !== null && !isIntegerId(args.id)) {
    // Payload has already turned `/api/documents/abc` into NaN: name what the client sent.
    const sent = typeof args.id === 'number' && req.routeParams?.id !== undefined ? req.routeParams.id : args.id
    throw codedError('security.id-refused', String(sent))
  }
  const kinds = kindsOf(collection, numericIds)
  const problem =
    whereProblem(args.where, kinds) ??
    (args.joins && typeof args.joins === 'object'
      ? Object.values(args.joins as Record<string, { where?: unknown } | false>).map((join) => (join ? whereProblem(join.where, kinds) : null)).find(Boolean) ?? null
      : null)
  if (problem) throw codedError('security.query-refused', problem)
  return rawArgs
}
