/**
 * Stores the SHA-256 of a file's bytes as written to the media directory (uploaded, fetched from a URL or
 * duplicated alike). The workflow's content hash covers it, so a file can never change unseen by the reviews.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'

/** The SHA-256 of a stored file, or null when it is not on disk. */
export const storedFileHash = async (req: PayloadRequest, filename: string): Promise<string | null> => {
  const staticDir = req.payload.collections.media.config.upload.staticDir as string
  const file = path.join(staticDir, path.basename(filename))
  return new Promise((resolve) => {
    const hash = createHash('sha256')
    fs.createReadStream(file)
      .on('error', () => resolve(null))
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

export const recordFileHash: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const replaced = !doc.sha256 || doc.filename !== previousDoc?.filename || Boolean(req.file)
  if (!replaced || !doc.filename) return doc
  const sha256 = await storedFileHash(req, doc.filename as string)
  if (sha256 && sha256 !== doc.sha256) {
    await req.payload.db.updateOne({ collection: 'media', id: doc.id as Id, data: { sha256 }, req })
    doc.sha256 = sha256
  }
  return doc
}
