/** `createdAt` and `updatedAt` are the system's: a client over REST or GraphQL never sets them (the seed may). */
import type { CollectionBeforeChangeHook } from 'payload'

export const SYSTEM_TIMESTAMPS = ['createdAt', 'updatedAt', 'deletedAt'] as const

export const protectTimestamps: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.payloadAPI === 'local' || !data) return data
  for (const field of SYSTEM_TIMESTAMPS) delete data[field]
  // What the client sent goes, the stored creation time stays: Payload saves `data` as the new version, and a draft
  // version without it was later published (by the scheduler, through the Local API) as a row without `created_at`.
  if (originalDoc?.createdAt) data.createdAt = originalDoc.createdAt
  return data
}
