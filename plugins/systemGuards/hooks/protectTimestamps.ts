/** `createdAt` and `updatedAt` are the system's: a client over REST or GraphQL never sets them (the seed may). */
import type { CollectionBeforeChangeHook } from 'payload'

export const SYSTEM_TIMESTAMPS = ['createdAt', 'updatedAt', 'deletedAt'] as const

export const protectTimestamps: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.payloadAPI === 'local' || !data) return data
  for (const field of SYSTEM_TIMESTAMPS) delete data[field]
  return data
}
