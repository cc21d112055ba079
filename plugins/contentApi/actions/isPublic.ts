/**
 * Whether an item is public right now, decided by the collection's own anonymous read access (the public
 * predicates of hooks/access/publicWhere.ts), evaluated by the database inside the caller's transaction.
 */
import type { PayloadRequest, Where } from 'payload'
import type { Id } from '../../../domain/ids'

export const isPublic = async (req: PayloadRequest, collection: string, id: Id): Promise<boolean> => {
  const config = (req.payload.collections as Record<string, { config: import('payload').SanitizedCollectionConfig } | undefined>)[collection]?.config
  if (!config) return false
  const read = config.access?.read
  const anonymous = { ...req, user: null } as PayloadRequest
  const access = read ? await read({ req: anonymous } as never) : false
  if (access === false) return false
  const where: Where = access === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, access as Where] }
  const { totalDocs } = await req.payload.count({ collection: collection as never, where, overrideAccess: true, req })
  return totalDocs > 0
}
