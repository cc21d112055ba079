/**
 * The next sequence number of the change log: an atomic increment of the counter row, which locks the row until
 * the transaction ends. Transactions that log changes therefore commit in sequence order, so a consumer that has
 * read up to N can never later meet a committed entry below N.
 */
import type { PayloadRequest } from 'payload'
import { SEQUENCE_KEY } from '../collections/PublicChanges'

type Row = { id: number | string; seq?: number }

export const ensureSequenceRow = async (req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>): Promise<Row> => {
  const found = (await req.payload.db.findOne({ collection: 'public-changes', where: { key: { equals: SEQUENCE_KEY } }, req })) as Row | null
  if (found) return found
  return (await req.payload.db.create({ collection: 'public-changes', data: { key: SEQUENCE_KEY, seq: 0, op: 'sequence' }, req })) as unknown as Row
}

export const takeSequence = async (req: PayloadRequest): Promise<number> => {
  const row = await ensureSequenceRow(req)
  const locked = (await req.payload.db.updateOne({ collection: 'public-changes', id: row.id, data: { seq: { $inc: 1 } } as never, req })) as unknown as Row | null
  if (!locked || typeof locked.seq !== 'number') throw new Error('the change log counter row vanished')
  return locked.seq
}
