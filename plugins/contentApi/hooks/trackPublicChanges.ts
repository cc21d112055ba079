/** afterChange/afterDelete hooks feeding the change log; a document's change re-evaluates its interpretations. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import type { PublicChangeCollection } from '../collections/PublicChanges'
import { afterCommit } from '../afterCommit'
import { contentVersion } from '../contentVersion'
import { recordChange } from '../actions/recordChange'
import type { Id } from '../../../domain/ids'

const interpretationsOf = async (req: PayloadRequest, policyId: Id): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'interpretations',
    where: { policy: { equals: policyId } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

/** Interpretations are public only while their policy is: their public-ness follows the document's. */
const reevaluate = async (req: PayloadRequest, ids: Id[]): Promise<void> => {
  for (const id of ids) await recordChange(req, { collection: 'interpretations', id })
}

const stashKey = (id: Id) => `gongkaiPolicyInterpretations:${id}`

/** Deleting a policy clears the interpretations' relation (ON DELETE SET NULL): remember them beforehand. */
export const rememberInterpretations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Computed before assigning: the Local API call may give req a new context object.
  const ids = await interpretationsOf(req, id)
  req.context[stashKey(id)] = ids
}

export const trackChange =
  (collection: PublicChangeCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const draftOnly = doc?._status === 'draft'
    await recordChange(req, { collection, id: doc.id, draftOnly })
    if (collection === 'documents') await reevaluate(req, await interpretationsOf(req, doc.id))
    return doc
  }

export const trackDelete =
  (collection: PublicChangeCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await recordChange(req, { collection, id })
    if (collection === 'documents') await reevaluate(req, (req.context[stashKey(id)] as Id[] | undefined) ?? [])
  }

/** Departments and media reach public responses (populated names, files) without being feed items. */
export const bumpContentVersion = async ({ req }: { req: PayloadRequest }): Promise<void> => {
  await afterCommit(req, () => contentVersion(req.payload).bump())
}
