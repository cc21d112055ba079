/** The stored row of the column an item is filed in, read once per save: the hooks of one save share it. */
import type { PayloadRequest } from 'payload'
import type { Id } from '../../domain/ids'

export type StoredColumn = { id: Id; status?: unknown; kind?: unknown }

// Keyed by the save's `data`, which Payload hands from one beforeChange hook to the next.
const bySave = new WeakMap<object, Map<string, Promise<StoredColumn | null>>>()

export const storedColumn = (req: PayloadRequest, data: object, id: Id): Promise<StoredColumn | null> => {
  let columns = bySave.get(data)
  if (!columns) bySave.set(data, (columns = new Map()))
  let pending = columns.get(String(id))
  if (!pending) {
    // The two fields the hooks use: a plain row read, without the column's arrays and relations.
    pending = req.payload.db.findOne<StoredColumn>({ collection: 'columns', where: { id: { equals: id } }, select: { status: true, kind: true }, req })
    columns.set(String(id), pending)
  }
  return pending
}
