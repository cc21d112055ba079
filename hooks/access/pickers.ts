/**
 * What a relationship picker offers (Payload `filterOptions`) and what a new item starts with (`defaultValue`), by
 * role: an editor or first reviewer files items under their own department only, so the 发布机构 picker lists that
 * one department and a new item starts with it; a non-admin is offered only open columns. Payload checks a saved
 * value against the same `filterOptions`, and the collections' hooks (`ownDepartmentOnly`) refuse another
 * department with their own message first, `openColumnOnly` a closed column. The workflow's own writes are never
 * narrowed.
 */
import type { CollectionBeforeChangeHook, DefaultValue, FilterOptions, PayloadRequest, Where } from 'payload'
import { codedError } from '../../domain/errors'
import { idOf, type Id } from '../../domain/ids'
import { OPEN_COLUMN } from '../../domain/publicDefinition'
import { WORKFLOW_CONTEXT } from '../../plugins/workflow'
import { fieldRefusal } from '../validation/fieldRefusal'
import { storedColumn } from '../documents/storedColumn'
import { departmentIdOf, isAdmin, isStaff } from './roles'

/** Nothing to narrow: anonymous and system writes (seed, scheduler), the workflow's transitions, 网站管理员. */
const unscoped = (req: PayloadRequest | undefined): boolean =>
  !req || Boolean(req.context?.[WORKFLOW_CONTEXT]) || !isStaff(req) || isAdmin(req.user)

/** Departments the user may choose: their own (as `ownDepartmentOnly` demands), any for an admin. */
export const ownDepartmentOptions: FilterOptions = ({ req }) => {
  if (unscoped(req)) return true
  const own = departmentIdOf(req.user)
  return own === null ? false : { id: { equals: own } }
}

/** A new item of an editor or first reviewer starts under their own department (an admin chooses). */
export const ownDepartmentDefault: DefaultValue = ({ req }) => (unscoped(req) ? undefined : (departmentIdOf(req.user) ?? undefined))

/**
 * Columns a non-admin may file an item in: open ones (a closed column is off the public site, so an item filed there
 * would never be seen), plus the column the item is stored in, which it keeps.
 */
export const openColumnOptions =
  (collection: 'documents', columnField = 'column'): FilterOptions =>
  async ({ id, req }) => {
    if (unscoped(req)) return true
    const open: Where = { status: { equals: OPEN_COLUMN } }
    if (id === undefined || id === null || id === '') return open
    const stored = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
    const current: Id | null = idOf(stored?.[columnField])
    return current === null ? open : { or: [open, { id: { equals: current } }] }
  }

/**
 * The server's side of `openColumnOptions`, for drafts too (Payload checks `filterOptions` only when it validates,
 * which a draft save skips): a non-admin files no item in a closed column; an item already there keeps it.
 */
export const openColumnOnly: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (unscoped(req)) return data
  const chosen = idOf(data.column)
  if (chosen === null || String(chosen) === String(idOf(originalDoc?.column))) return data
  // The stored row itself (no read hooks or access to apply): this runs on every save of an item.
  const column = await storedColumn(req, data, chosen)
  if (column && column.status !== OPEN_COLUMN) throw fieldRefusal(codedError('app.column-closed'), collection.slug, req)
  return data
}
