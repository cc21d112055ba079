/** afterChange/afterDelete hooks feeding the change log; a document's change re-evaluates its interpretations. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { PublicChangeCollection } from '../../../collections/PublicChanges'
import { afterCommit } from '../afterCommit'
import { contentVersion } from '../contentVersion'
import { recordChange } from '../actions/recordChange'

type Id = number | string

/** Interpretations are public only while their policy is: their public-ness follows the document's. */
const reevaluateInterpretations = async (req: PayloadRequest, policyId: Id): Promise<void> => {
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
  for (const interpretation of docs) await recordChange(req, { collection: 'interpretations', id: interpretation.id })
}

export const trackChange =
  (collection: PublicChangeCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const draftOnly = doc?._status === 'draft'
    await recordChange(req, { collection, id: doc.id, draftOnly })
    if (collection === 'documents') await reevaluateInterpretations(req, doc.id)
    return doc
  }

export const trackDelete =
  (collection: PublicChangeCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await recordChange(req, { collection, id })
    if (collection === 'documents') await reevaluateInterpretations(req, id)
  }

/** Departments and media reach public responses (populated names, files) without being feed items. */
export const bumpContentVersion = async ({ req }: { req: PayloadRequest }): Promise<void> => {
  await afterCommit(req, () => contentVersion(req.payload).bump())
}
