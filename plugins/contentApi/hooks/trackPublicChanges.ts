/**
 * afterChange/afterDelete hooks feeding the change log. A row's change re-evaluates its followers (the rows of other
 * collections public only while it is: a policy's interpretations).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import { afterCommit } from '../afterCommit'
import { contentVersion } from '../contentVersion'
import { recordChange } from '../actions/recordChange'
import type { Follower } from '../types'

const followersOf = async (req: PayloadRequest, { collection, field }: Follower, id: Id): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { [field]: { equals: id } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

const reevaluate = async (req: PayloadRequest, follower: Follower, ids: Id[]): Promise<void> => {
  for (const id of ids) await recordChange(req, { collection: follower.collection, id })
}

const stashKey = (follower: Follower, id: Id) => `contentApiFollowers:${follower.collection}.${follower.field}:${id}`

/** Deleting a row clears its followers' relation (ON DELETE SET NULL): remember them beforehand. */
export const rememberFollowers =
  (followers: Follower[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    for (const follower of followers) {
      // Computed before assigning: the Local API call may give req a new context object.
      const ids = await followersOf(req, follower, id)
      req.context[stashKey(follower, id)] = ids
    }
  }

export const trackChange =
  (collection: string, followers: Follower[]): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const draftOnly = doc?._status === 'draft'
    // A new draft has never been public and nothing follows it yet: the feed has nothing to record (every create
    // of an editor is one).
    if (operation === 'create' && draftOnly) return doc
    await recordChange(req, { collection, id: doc.id, draftOnly })
    for (const follower of followers) await reevaluate(req, follower, await followersOf(req, follower, doc.id))
    return doc
  }

export const trackDelete =
  (collection: string, followers: Follower[]): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await recordChange(req, { collection, id })
    for (const follower of followers) {
      const stashed = req.context[stashKey(follower, id)]
      await reevaluate(req, follower, Array.isArray(stashed) ? stashed : [])
    }
  }

/** Collections that reach public responses (populated names, files) without being feed items. */
export const bumpContentVersion = async ({ req }: { req: PayloadRequest }): Promise<void> => {
  await afterCommit(req, () => contentVersion(req.payload).bump())
}
