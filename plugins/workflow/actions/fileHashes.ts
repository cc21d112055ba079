/**
 * The SHA-256 of each file an item links, by media id, for the content hash. A file stored before hashes
 * were kept gets its hash from the bytes on disk, recorded once.
 */
import type { PayloadRequest } from 'payload'
import { ATTACHMENT_FIELDS, attachmentIds } from '../../../domain/workflow/contentHash'
import { storedFileHash } from '../hooks/recordFileHash'
import type { WorkflowCollection } from '../types'

export const fileHashesOf = async (req: PayloadRequest, collection: WorkflowCollection, item: Record<string, unknown>): Promise<Record<string, string | null>> => {
  const ids = attachmentIds(item[ATTACHMENT_FIELDS[collection]])
  if (ids.length === 0) return {}
  const { docs } = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, req })
  const hashes: Record<string, string | null> = {}
  for (const media of docs as Array<{ id: number | string; sha256?: string | null; filename?: string | null }>) {
    let sha256 = media.sha256 ?? null
    if (!sha256 && media.filename) {
      sha256 = await storedFileHash(req, media.filename)
      if (sha256) await req.payload.db.updateOne({ collection: 'media', id: media.id, data: { sha256 }, req })
    }
    hashes[String(media.id)] = sha256
  }
  return hashes
}
