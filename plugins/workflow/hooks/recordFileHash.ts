/**
 * Stores the SHA-256 of a file's bytes as stored (uploaded, fetched from a URL or duplicated alike), read back
 * from the upload directory or the object storage. The workflow's content hash covers it, so a file can never
 * change unseen by the reviews.
 */
import { createHash } from 'node:crypto'
import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import { openStoredFile, type StoredUpload } from '../actions/storedFile'

/** The SHA-256 of a stored file, or null when it is not stored. */
export const storedFileHash = async (req: PayloadRequest, uploads: CollectionSlug, upload: StoredUpload): Promise<string | null> => {
  const stream = await openStoredFile(req.payload, uploads, upload)
  if (!stream) return null
  const hash = createHash('sha256')
  try {
    for await (const chunk of stream) hash.update(chunk as Buffer)
  } catch {
    return null
  }
  return hash.digest('hex')
}

export const recordFileHash: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const replaced = !doc.sha256 || doc.filename !== previousDoc?.filename || Boolean(req.file)
  if (!replaced || !doc.filename) return doc
  const sha256 = await storedFileHash(req, collection.slug as CollectionSlug, doc as StoredUpload)
  if (sha256 && sha256 !== doc.sha256) {
    await req.payload.db.updateOne({ collection: collection.slug as CollectionSlug, id: doc.id as Id, data: { sha256 }, req })
    doc.sha256 = sha256
  }
  return doc
}
