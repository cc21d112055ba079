/**
 * Stores the SHA-256 of a file's bytes as written to the upload directory (uploaded, fetched from a URL or
 * duplicated alike). The workflow's content hash covers it, so a file can never change unseen by the reviews.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'

/** The directory an upload collection stores its files in. */
export const uploadDirOf = (req: PayloadRequest, uploads: CollectionSlug): string => {
  const upload = req.payload.collections[uploads]?.config.upload
  return (upload && typeof upload === 'object' && upload.staticDir) || ''
}

/** The SHA-256 of a stored file, or null when it is not on disk. */
export const storedFileHash = async (req: PayloadRequest, uploads: CollectionSlug, filename: string): Promise<string | null> => {
  const file = path.join(uploadDirOf(req, uploads), path.basename(filename))
  return new Promise((resolve) => {
    const hash = createHash('sha256')
    fs.createReadStream(file)
      .on('error', () => resolve(null))
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

export const recordFileHash: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const replaced = !doc.sha256 || doc.filename !== previousDoc?.filename || Boolean(req.file)
  if (!replaced || !doc.filename) return doc
  const sha256 = await storedFileHash(req, collection.slug as CollectionSlug, doc.filename as string)
  if (sha256 && sha256 !== doc.sha256) {
    await req.payload.db.updateOne({ collection: collection.slug as CollectionSlug, id: doc.id as Id, data: { sha256 }, req })
    doc.sha256 = sha256
  }
  return doc
}
