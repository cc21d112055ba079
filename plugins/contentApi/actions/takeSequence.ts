/**
 * The next sequence number of the change log: an atomic increment of the counter row, which locks the row until
 * the transaction ends. Transactions that log changes therefore commit in sequence order, so a consumer that has
 * read up to N can never later meet a committed entry below N.
 */
import type { PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import { SEQUENCE_KEY } from '../collections/PublicChanges'
import { PUBLIC_CHANGES_SLUG } from '../defaults'

type Row = { id: Id; seq?: number }

export const ensureSequenceRow = async (req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>): Promise<Row> => {
  const found = await req.payload.db.findOne<Row>({ collection: PUBLIC_CHANGES_SLUG, where: { key: { equals: SEQUENCE_KEY } }, req })
  if (found) return found
  const created: Row = await req.payload.db.create({ collection: PUBLIC_CHANGES_SLUG, data: { key: SEQUENCE_KEY, seq: 0, op: 'sequence' }, req })
  return created
}

export const takeSequence = async (req: PayloadRequest): Promise<number> => {
  const row = await ensureSequenceRow(req)
  // `$inc`: the adapters' atomic increment.
  const locked: unknown = await req.payload.db.updateOne({ collection: PUBLIC_CHANGES_SLUG, id: row.id, data: { seq: { $inc: 1 } }, req })
  const seq = typeof locked === 'object' && locked !== null && 'seq' in locked ? locked.seq : undefined
  if (typeof seq !== 'number') throw new Error('the change log counter row vanished')
  return seq
}
