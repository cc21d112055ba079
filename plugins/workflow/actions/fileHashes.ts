/**
 * The SHA-256 of each file an item links, by upload id, for the content hash. A file stored before hashes
 * were kept gets its hash from the stored bytes, recorded once.
 */
import type { PayloadRequest } from 'payload'
import { attachmentIds } from '../../../domain/workflow/contentHash'
import type { Id } from '../../../domain/ids'
import { storedFileHash } from '../hooks/recordFileHash'
import { optionsOf } from '../options'

type Upload = { id: Id; sha256?: string | null; filename?: string | null; prefix?: string | null; _objectKey?: string | null }

export const fileHashesOf = async (req: PayloadRequest, collection: string, item: Record<string, unknown>): Promise<Record<string, string | null>> => {
  const { collections, uploads } = optionsOf(req.payload)
  const field = collections[collection]?.attachmentsField
  const ids = field ? attachmentIds(item[field]) : []
  if (!uploads || ids.length === 0) return {}
  const { docs } = await req.payload.find({ collection: uploads, where: { id: { in: ids } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  const hashes: Record<string, string | null> = {}
  for (const upload of docs as unknown as Upload[]) {
    let sha256 = upload.sha256 ?? null
    if (!sha256 && upload.filename) {
      sha256 = await storedFileHash(req, uploads, upload)
      if (sha256) await req.payload.db.updateOne({ collection: uploads, id: upload.id, data: { sha256 }, req })
    }
    hashes[String(upload.id)] = sha256
  }
  return hashes
}
