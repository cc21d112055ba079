/**
 * Payload's edit locks (`payload-locked-documents`) answer 423 to everyone but the lock's user. By default any
 * signed-in user may create one for any document in anyone's name. Here a lock is taken only in one's own
 * name, on a document or global one may edit, and released only by its user (or an admin).
 */
import type { Access, CollectionBeforeChangeHook, CollectionSlug, DefaultDocumentIDType, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { actorRules, userModel, type ActorRules } from '../../../domain/actors'
import { codedError, messageOf } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import { LOCKS_SLUG, OPTIONS_KEY } from '../defaults'
import type { SystemGuardsOptions } from '../types'
import { protectTimestamps } from './protectTimestamps'

export const LOCK_MESSAGES = {
  notYourself: messageOf('security.lock-not-yourself'),
  notEditable: messageOf('security.lock-not-editable'),
} as const

type Relation = { relationTo?: string; value?: unknown } | null | undefined

/** Whether the user may update the document, by the collection's own update access. */
const mayEdit = async (req: PayloadRequest, rules: ActorRules, target: Relation, globalSlug: unknown): Promise<boolean> => {
  if (typeof globalSlug === 'string' && globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === globalSlug)
    return Boolean(global && (await global.access.update?.({ req })))
  }
  const slug = target?.relationTo
  const id: Id | null = idOf(target?.value)
  const collection = slug ? req.payload.config.collections.find((c) => c.slug === slug) : undefined
  if (!slug || !collection || id === null) return false
  const access = collection.access.update
  const result = access ? await access({ req, id: id as DefaultDocumentIDType }) : rules.isStaff(req)
  if (!result) return false
  if (result === true) return true
  const { totalDocs } = await req.payload.count({ collection: slug as CollectionSlug, where: { and: [{ id: { equals: id } }, result as Where] }, overrideAccess: true, req })
  return totalDocs > 0
}

const onlyOwnEditableLocks =
  (rules: ActorRules): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (req.payloadAPI === 'local' && !req.user) return data
    const user = (data.user ?? originalDoc?.user) as Relation
    const userId = user && typeof user === 'object' && 'value' in user ? idOf(user.value) : idOf(user)
    if (!req.user || String(userId) !== String(req.user.id) || user?.relationTo !== req.user.collection) {
      throw codedError('security.lock-not-yourself')
    }
    if (!(await mayEdit(req, rules, (data.document ?? originalDoc?.document) as Relation, data.globalSlug ?? originalDoc?.globalSlug))) {
      throw codedError('security.lock-not-editable')
    }
    return data
  }

/** Applied to the sanitized config: Payload adds the lock collection itself, after every plugin has run. */
export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks) return config
  const options = config.custom?.[OPTIONS_KEY] as SystemGuardsOptions | undefined
  const rules = actorRules(userModel(options?.users))
  const staff: Access = ({ req }) => rules.isStaff(req)
  const ownLock: Access = ({ req }) => {
    if (!rules.isStaff(req) || !req.user) return false
    if (rules.hasRole(req.user, 'admin')) return true
    return { 'user.value': { equals: req.user.id } }
  }
  locks.access = { ...locks.access, read: staff, create: staff, update: staff, delete: ownLock }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), protectTimestamps, onlyOwnEditableLocks(rules)]
  return config
}
