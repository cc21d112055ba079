/**
 * Internal links, checked in the database instead of over HTTP: an item or a file of the portal opens when an
 * anonymous reader may read it (the collections' own public access rules decide), and a file is still on disk.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, Where } from 'payload'
import type { Reason, Verdict } from '../../domain/linkCheck/linkOutcome'

export type InternalVerdict = { verdict: Verdict; reason: Reason }

const OK: InternalVerdict = { verdict: 'ok', reason: 'ok' }

const findOne = async (payload: Payload, collection: string, where: Where, anonymous: boolean) => {
  try {
    const { docs } = await payload.find({ collection: collection as CollectionSlug, where, limit: 1, depth: 0, pagination: false, overrideAccess: !anonymous })
    return (docs[0] as unknown as Record<string, unknown> | undefined) ?? null
  } catch {
    // An id of the wrong type for the database, or a collection the public may not query at all.
    return null
  }
}

const readable = async (payload: Payload, collection: string, where: Where): Promise<InternalVerdict & { row?: Record<string, unknown> }> => {
  if (!payload.collections[collection as CollectionSlug]) return { verdict: 'broken', reason: 'missing' }
  const row = await findOne(payload, collection, where, true)
  if (row) return { ...OK, row }
  return (await findOne(payload, collection, where, false)) ? { verdict: 'broken', reason: 'not-public' } : { verdict: 'broken', reason: 'missing' }
}

/** The upload's file on the local disk, when the collection stores files there (a storage adapter is not looked at). */
const fileOnDisk = async (payload: Payload, collection: string, filename: unknown): Promise<boolean> => {
  const upload = payload.collections[collection as CollectionSlug]?.config.upload
  if (!upload || typeof upload !== 'object' || upload.disableLocalStorage || typeof filename !== 'string') return true
  const dir = upload.staticDir ? path.resolve(upload.staticDir) : null
  if (!dir) return true
  return fs.stat(path.join(dir, path.basename(filename))).then(
    (s) => s.isFile(),
    () => false,
  )
}

export const checkRecord = async (payload: Payload, collection: string, id: string, uploads: string): Promise<InternalVerdict> => {
  const found = await readable(payload, collection, { id: { equals: id } })
  if (found.verdict !== 'ok' || collection !== uploads) return { verdict: found.verdict, reason: found.reason }
  return (await fileOnDisk(payload, collection, found.row?.filename)) ? OK : { verdict: 'broken', reason: 'missing' }
}

export const checkFile = async (payload: Payload, collection: string, filename: string): Promise<InternalVerdict> => {
  const found = await readable(payload, collection, { filename: { equals: filename } })
  if (found.verdict !== 'ok') return { verdict: found.verdict, reason: found.reason }
  return (await fileOnDisk(payload, collection, filename)) ? OK : { verdict: 'broken', reason: 'missing' }
}
