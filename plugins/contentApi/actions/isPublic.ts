/**
 * Whether an item is public right now, by the collection's public rule (options) or else its own anonymous read
 * access, evaluated inside the caller's transaction so that the feed and the REST API agree.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import type { Id } from '../../../domain/ids'
import { optionsOf } from '../options'

/** The collection's anonymous read access as a `where` (true: every row, false: none). */
const anonymousAccess = async (req: PayloadRequest, collection: string): Promise<Where | boolean> => {
  const read = req.payload.collections[collection as CollectionSlug]?.config.access?.read
  if (!read) return false
  return read({ req: { ...req, user: null } })
}

const matches = async (req: PayloadRequest, collection: string, id: Id, where: Where | boolean): Promise<boolean> => {
  if (where === false) return false
  const idWhere: Where = { id: { equals: id } }
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: where === true ? idWhere : { and: [idWhere, where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export const isPublic = async (req: PayloadRequest, collection: string, id: Id): Promise<boolean> => {
  const rule = optionsOf(req.payload).collections[collection]?.public
  if (rule === undefined) return matches(req, collection, id, await anonymousAccess(req, collection))
  if (typeof rule !== 'function') return matches(req, collection, id, rule)
  const row = await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 1, overrideAccess: true, disableErrors: true, req })
  return row ? rule({ ...row }, req) : false
}
