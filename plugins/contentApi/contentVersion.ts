/**
 * The version of what anonymous readers can see, for the Express read cache: a local counter bumped after every
 * committed change of public data in this process, and the change log's last sequence number in the database,
 * which also moves when another instance publishes.
 */
import type { Payload } from 'payload'
import type { Id } from '../../domain/ids'
import { SEQUENCE_KEY } from './collections/PublicChanges'
import { PUBLIC_CHANGES_SLUG } from './defaults'

const counters = new WeakMap<Payload, { value: number }>()

const counterOf = (payload: Payload) => {
  let counter = counters.get(payload)
  if (!counter) counters.set(payload, (counter = { value: 0 }))
  return counter
}

export const contentVersion = (payload: Payload) => ({
  bump: () => {
    counterOf(payload).value += 1
  },
  local: () => counterOf(payload).value,
})

export const lastSequence = async (payload: Payload): Promise<number> => {
  const row = await payload.db.findOne<{ id: Id; seq?: number }>({ collection: PUBLIC_CHANGES_SLUG, where: { key: { equals: SEQUENCE_KEY } } })
  return row?.seq ?? 0
}
