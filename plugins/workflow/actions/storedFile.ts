/**
 * A stored upload's bytes wherever its collection keeps them: a storage adapter (@payloadcms/storage-s3, …) answers
 * through the collection's upload handlers, as it does for `/api/<collection>/file/<name>`; otherwise the file is
 * read from the collection's directory on the local disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { CollectionSlug, Payload, PayloadRequest, TypeWithID } from 'payload'

/** What locates a file: its name, and the folder a storage adapter recorded (`prefix`, `_objectKey`). */
export type StoredUpload = { id?: unknown; filename?: string | null; prefix?: string | null; _objectKey?: string | null }

/** A stream of the file, or null when it is not stored (missing, or the storage did not answer). */
export const openStoredFile = async (payload: Payload, uploads: CollectionSlug, upload: StoredUpload): Promise<Readable | null> => {
  const config = payload.collections[uploads]?.config.upload
  if (!config || typeof config !== 'object' || !upload.filename) return null
  const filename = path.basename(upload.filename)
  for (const handler of config.handlers ?? []) {
    // A request of our own: the Range or If-None-Match of whatever request is running must not shape the answer.
    const req = { payload, headers: new Headers(), context: {} } as unknown as PayloadRequest
    const response = await handler(req, { doc: upload as TypeWithID, headers: new Headers(), params: { collection: uploads, filename } })
    if (response instanceof Response) {
      if (response.ok && response.body) return Readable.fromWeb(response.body as WebReadableStream)
      await response.body?.cancel()
      return null
    }
  }
  if (config.disableLocalStorage || !config.staticDir) return null
  const file = path.join(config.staticDir, filename)
  return (await fs.promises.stat(file).then((s) => s.isFile(), () => false)) ? fs.createReadStream(file) : null
}

/** The whole file in memory (for the pre-check's text extraction), or null. */
export const readStoredFile = async (payload: Payload, uploads: CollectionSlug, upload: StoredUpload): Promise<Buffer | null> => {
  const stream = await openStoredFile(payload, uploads, upload)
  if (!stream) return null
  const chunks: Buffer[] = []
  try {
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  } catch {
    return null
  }
  return Buffer.concat(chunks)
}
