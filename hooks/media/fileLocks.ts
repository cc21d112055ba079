/** The first item that freezes a file: a version of a document or interpretation, in review or published, linking it. */
import type { PayloadRequest, Where } from 'payload'
import { FILE_LOCKING_STATES } from '../../domain/attachments'
import { ATTACHMENT_FIELDS } from '../../domain/workflow/contentHash'
import type { Id } from '../../domain/ids'

export type LockingItem = { collection: keyof typeof ATTACHMENT_FIELDS; id: Id; title: string }

export const lockingItemOf = async (req: PayloadRequest, mediaId: Id): Promise<LockingItem | null> => {
  for (const [collection, field] of Object.entries(ATTACHMENT_FIELDS) as Array<[LockingItem['collection'], string]>) {
    // Every version counts, the published one behind a newer draft and the ones before a withdrawal alike.
    const where: Where = {
      and: [
        { [`version.${field}`]: { in: [mediaId] } },
        { or: [{ 'version.reviewState': { in: [...FILE_LOCKING_STATES] } }, { 'version._status': { equals: 'published' } }] },
      ],
    }
    const { docs } = await req.payload.findVersions({ collection, where, limit: 1, depth: 0, overrideAccess: true, req, sort: '-updatedAt' })
    const version = docs[0] as { parent?: unknown; version?: { title?: string } } | undefined
    if (version) {
      const parent = version.parent && typeof version.parent === 'object' ? (version.parent as { id: Id }).id : (version.parent as Id)
      const current = (await req.payload.findByID({ collection, id: parent, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as { title?: string } | null
      return { collection, id: parent, title: String(current?.title ?? version.version?.title ?? '') }
    }
  }
  return null
}
