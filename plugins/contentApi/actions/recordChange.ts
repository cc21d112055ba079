/**
 * Appends an item's change to the public change log when what the public sees of it changed, in the caller's
 * transaction: `upsert` while the item is public, `delete` when an item the feed had announced stops being public
 * (withdrawn, disclosure changed, column closed, account closed, deleted). The log keeps one row per item, so a
 * replay from the start yields exactly the public items. Enqueues the build webhooks in the same transaction.
 */
import type { PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import { afterCommit } from '../afterCommit'
import { contentVersion } from '../contentVersion'
import { PUBLIC_CHANGES_SLUG, WEBHOOK_DELIVERIES_SLUG } from '../defaults'
import { readSettings } from '../readSettings'
import { webhookDispatcher } from '../webhooks/webhookDispatcher'
import { isPublic } from './isPublic'
import { takeSequence } from './takeSequence'

export type ChangeOp = 'upsert' | 'delete'

export type RecordChangeInput = {
  collection: string
  id: Id
  /** A draft save leaves the published version (what the public reads) as it was. */
  draftOnly?: boolean
}

type LogRow = { id: Id; op?: string }

export const recordChange = async (req: PayloadRequest, { collection, id, draftOnly = false }: RecordChangeInput): Promise<ChangeOp | null> => {
  const { payload } = req
  const key = `${collection}:${id}`
  const publicNow = await isPublic(req, collection, id)
  const previous = await payload.db.findOne<LogRow>({ collection: PUBLIC_CHANGES_SLUG, where: { key: { equals: key } }, req })
  let op: ChangeOp | null = null
  if (publicNow && !(draftOnly && previous?.op === 'upsert')) op = 'upsert'
  // Items the feed never announced leave no trace in it: not even their ids.
  if (!publicNow && previous?.op === 'upsert') op = 'delete'
  if (!op) return null

  const seq = await takeSequence(req)
  const at = new Date().toISOString()
  const data = { key, seq, subjectCollection: collection, itemId: String(id), op, at }
  if (previous) await payload.db.updateOne({ collection: PUBLIC_CHANGES_SLUG, id: previous.id, data, req })
  else await payload.db.create({ collection: PUBLIC_CHANGES_SLUG, data, req })

  const { webhooks } = await readSettings(payload, req)
  let enqueued = 0
  if (webhooks.enabled) {
    const event = op === 'upsert' ? 'publish' : 'withdraw'
    const body = JSON.stringify({ event, collection, id, at })
    for (const url of webhooks.urls) {
      await payload.db.create({
        collection: WEBHOOK_DELIVERIES_SLUG,
        data: { event, subjectCollection: collection, itemId: String(id), url, body, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at, updatedAt: at },
        req,
      })
      enqueued += 1
    }
  }
  await afterCommit(req, () => {
    contentVersion(payload).bump()
    if (enqueued > 0) webhookDispatcher(payload)?.kick()
  })
  payload.logger.debug({ msg: `public change ${op}`, collection, id, seq })
  return op
}
