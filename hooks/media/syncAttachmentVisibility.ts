/**
 * Keeps `media.publiclyVisible` true exactly while some public document or interpretation links the file,
 * so a withheld item's attachment cannot be fetched by guessing its id or file name.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import { PUBLIC_DOCUMENT_WHERE, PUBLIC_INTERPRETATION_WHERE } from '../../domain/publicDefinition'

const linkers: Array<{ collection: 'documents' | 'interpretations'; field: string; publicWhere: Where }> = [
  { collection: 'documents', field: 'attachments', publicWhere: PUBLIC_DOCUMENT_WHERE },
  { collection: 'interpretations', field: 'media', publicWhere: PUBLIC_INTERPRETATION_WHERE },
]

const mediaIds = (value: unknown): Array<number | string> =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: number | string }).id : (entry as number | string)))
    .filter((id): id is number | string => id !== undefined && id !== null)

export const refreshMediaVisibility = async (req: PayloadRequest, ids: Array<number | string>): Promise<void> => {
  for (const id of new Set(ids)) {
    let visible = false
    for (const linker of linkers) {
      const { totalDocs } = await req.payload.count({
        collection: linker.collection,
        where: { and: [linker.publicWhere, { [linker.field]: { in: [id] } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) { visible = true; break }
    }
    await req.payload.db.updateOne({ collection: 'media', id, data: { publiclyVisible: visible }, req })
  }
}

const REMEMBERED = 'gongkaiPublishedAttachments'
const rememberedKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * The files of the row the public reads (the published version), before a save replaces it: `previousDoc` is
 * the latest draft, so a file the new published version dropped would otherwise stay public.
 */
export const rememberPublishedAttachments =
  (field: string): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || originalDoc?.id === undefined) return data
    const main = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })) as Record<string, unknown> | null
    const ids = mediaIds(main?.[field])
    if (ids.length > 0) {
      const remembered = (req.context[REMEMBERED] ?? {}) as Record<string, Array<number | string>>
      req.context[REMEMBERED] = { ...remembered, [rememberedKey(collection.slug, originalDoc.id)]: ids }
    }
    return data
  }

export const syncAttachmentVisibility =
  (field: string): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const remembered = (req.context[REMEMBERED] ?? {}) as Record<string, Array<number | string>>
    const key = rememberedKey(collection.slug, doc?.id)
    const ids = [...mediaIds(doc?.[field]), ...mediaIds(previousDoc?.[field]), ...(remembered[key] ?? [])]
    delete remembered[key]
    if (ids.length > 0) await refreshMediaVisibility(req, ids)
    return doc
  }

export const syncAttachmentVisibilityOnDelete =
  (field: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const ids = mediaIds(doc?.[field])
    if (ids.length > 0) await refreshMediaVisibility(req, ids)
    return doc
  }
