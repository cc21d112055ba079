/**
 * 撤销修改 (domain/workflow/discard.ts): throws away the versions written since the item was last published and
 * makes the published version the one being edited again, with its state, signatures and register-bound hash.
 *
 * Payload keeps a published item's edits as draft rows of the versions table (the newest flagged `latest`, which the
 * admin and `draft: true` reads load) while the main row stays what the website shows. So nothing here writes the
 * main row or runs a collection hook: the public version, its `updatedAt` and its webhooks are untouched. The draft
 * rows newer than the publication are deleted, and the newest remaining row (the one the publication wrote) is the
 * latest again; the register records the discard in the same transaction.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, type Where } from 'payload'
import { codedError } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import { DISCARD_NOTE, discardRefusal } from '../../../domain/workflow/discard'
import type { ReviewState } from '../../../domain/workflow/states'
import type { UserLike } from '../../../domain/actors'
import type { WorkflowRow } from '../item'
import { collectionOptionsOf, optionsOf } from '../options'
import { appendRecord } from './appendRecord'

type Versions = {
  deleteVersions: (args: { collection: string; where: Where; req: PayloadRequest }) => Promise<unknown>
  updateVersion: (args: { collection: string; id: Id; versionData: Record<string, unknown>; req: PayloadRequest; returning?: boolean }) => Promise<unknown>
  createVersion: (args: {
    collectionSlug: string
    parent: Id
    versionData: Record<string, unknown>
    autosave: boolean
    createdAt: string
    updatedAt: string
    req: PayloadRequest
    returning?: boolean
  }) => Promise<unknown>
}

/** The published (main) row and the latest version of an item, as the panel and the discard compare them. */
export const publishedAndLatest = async (req: PayloadRequest, collection: string, id: Id) => {
  const { slug } = collectionOptionsOf(req.payload, collection)
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: slug, id, draft, depth: 0, overrideAccess: true, req, disableErrors: true }) as Promise<WorkflowRow | null>
  const [latest, main] = [await read(true), await read(false)]
  const published = main?._status === 'published' ? main : null
  return { latest, published, changed: Boolean(published && latest && published.contentHash !== latest.contentHash) }
}

export const discardChanges = async (req: PayloadRequest, input: { collection: string; id: Id; now?: Date }): Promise<WorkflowRow> => {
  const { payload } = req
  if (!req.user) throw codedError('auth.required')
  const { slug, departmentField } = collectionOptionsOf(payload, input.collection)
  const { users } = optionsOf(payload)
  const ownTransaction = await initTransaction(req)
  try {
    const { latest, published, changed } = await publishedAndLatest(req, input.collection, input.id)
    if (!latest) throw codedError('workflow.item-missing')
    const me = req.user as UserLike
    const refusal = discardRefusal(
      { reviewState: (latest.reviewState ?? 'draft') as ReviewState, department: idOf(latest[departmentField]), published: Boolean(published), changed },
      { roles: users.rolesOf(me), department: users.departmentOf(me) },
    )
    if (refusal) throw codedError(refusal.code, ...refusal.args)
    const db = payload.db as unknown as Versions
    // The edits since the publication: draft versions written after the main row was.
    await db.deleteVersions({
      collection: slug,
      where: {
        and: [{ parent: { equals: input.id } }, { 'version._status': { equals: 'draft' } }, { updatedAt: { greater_than: published!.updatedAt } }],
      },
      req,
    })
    const remaining = await payload.findVersions({ collection: slug, where: { parent: { equals: input.id } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, req })
    const newest = remaining.docs[0]
    if (newest && (newest.version as unknown as WorkflowRow | undefined)?._status === 'published') {
      await db.updateVersion({ collection: slug, id: newest.id as Id, versionData: { latest: true }, req, returning: false })
    } else {
      // The publication's own version row is gone (versions pruned): its content is the main row's, copied as it is.
      const at = (input.now ?? new Date()).toISOString()
      const { id: _id, ...versionData } = published!
      await db.createVersion({ collectionSlug: slug, parent: input.id, versionData, autosave: false, createdAt: at, updatedAt: at, req, returning: false })
    }
    const restored = (await payload.findByID({ collection: slug, id: input.id, draft: true, depth: 0, overrideAccess: true, req })) as unknown as WorkflowRow
    await appendRecord(req, {
      collection: input.collection,
      item: restored,
      action: 'discard',
      fromState: String(latest.reviewState ?? 'draft'),
      toState: String(restored.reviewState ?? 'published'),
      opinion: DISCARD_NOTE,
      at: input.now,
    })
    if (ownTransaction) await commitTransaction(req)
    payload.logger.info({ msg: 'workflow discard: back to the published version', collection: input.collection, id: input.id, user: req.user.id })
    return restored
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
