/**
 * Payload's edit locks (`payload-locked-documents`) answer 423 to everyone but the lock's user. By default any
 * signed-in user may create one for any document in anyone's name. Here a lock is taken only in one's own
 * name, on a document or global one may edit, and released only by its user (or an admin).
 */
import { APIError, type Access, type CollectionBeforeChangeHook, type PayloadRequest, type SanitizedConfig, type Where } from 'payload'
import { isAdmin, isStaff } from '../../../hooks/access/roles'
import { protectTimestamps } from './protectTimestamps'

export const LOCK_MESSAGES = {
  notYourself: '只能以本人名义锁定稿件',
  notEditable: '您无权编辑该内容，不能锁定',
} as const

type Relation = { relationTo?: string; value?: unknown } | null | undefined

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Whether the user may update the document, by the collection's own update access. */
const mayEdit = async (req: PayloadRequest, target: Relation, globalSlug: unknown): Promise<boolean> => {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === globalSlug)
    return Boolean(global && (await global.access.update?.({ req } as never)))
  }
  const slug = target?.relationTo
  const id = idOf(target?.value)
  const collection = slug ? (req.payload.collections as Record<string, { config: SanitizedConfig['collections'][number] } | undefined>)[slug] : undefined
  if (!collection || id === undefined || id === null) return false
  const access = collection.config.access.update
  const result = access ? await access({ req, id: id as never } as never) : isStaff(req)
  if (!result) return false
  if (result === true) return true
  const { totalDocs } = await req.payload.count({ collection: slug as never, where: { and: [{ id: { equals: id } }, result as Where] }, overrideAccess: true, req })
  return totalDocs > 0
}

const onlyOwnEditableLocks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (req.payloadAPI === 'local' && !req.user) return data
  const user = (data.user ?? originalDoc?.user) as Relation
  const userId = user && typeof user === 'object' && 'value' in user ? idOf(user.value) : idOf(user)
  if (!req.user || String(userId) !== String(req.user.id) || (user as Relation)?.relationTo !== req.user.collection) {
    throw new APIError(LOCK_MESSAGES.notYourself, 403, null, true)
  }
  if (!(await mayEdit(req, (data.document ?? originalDoc?.document) as Relation, data.globalSlug ?? originalDoc?.globalSlug))) {
    throw new APIError(LOCK_MESSAGES.notEditable, 403, null, true)
  }
  return data
}

const staff: Access = ({ req }) => isStaff(req)
const ownLock: Access = ({ req }) => {
  if (!isStaff(req)) return false
  if (isAdmin(req.user as never)) return true
  return { 'user.value': { equals: req.user!.id } }
}

/** Applied to the sanitized config: Payload adds the lock collection itself, after every plugin has run. */
export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (!locks) return config
  locks.access = { ...locks.access, read: staff, create: staff, update: staff, delete: ownLock }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), protectTimestamps, onlyOwnEditableLocks]
  return config
}
