/**
 * Binds signatures to the content: every save recomputes the content hash (the linked files by their
 * bytes); an edit after any signature sends the item back to 草稿, voids the signatures, and writes that to
 * the register in the same transaction. It also records who wrote the content, for separation of duties.
 */
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { DIRECT_PUBLISH_REFUSED } from './refuseDirectPublishing'
import { contentHash } from '../../../domain/workflow/contentHash'
import { withContentEditor } from '../../../domain/workflow/authorship'
import { idOf, type Id } from '../../../domain/ids'
import { isStaff } from '../../../hooks/access/roles'
import { WORKFLOW_CONTEXT } from '../defaults'
import { appendRecord } from '../actions/appendRecord'
import { fileHashesOf } from '../actions/fileHashes'
import type { WorkflowCollection } from '../types'

const ids = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : [])

export const trackContent =
  (fields: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    // The last wall: whatever operation got here (duplicate, restore, a plugin), only the workflow publishes.
    if (!req.context?.[WORKFLOW_CONTEXT] && data._status === 'published') {
      throw new APIError(DIRECT_PUBLISH_REFUSED, 403, null, true)
    }
    const slug = collection.slug as WorkflowCollection
    const merged = { ...(originalDoc ?? {}), ...data }
    const hash = contentHash(fields, merged, await fileHashesOf(req, slug, merged))
    data.contentHash = hash
    // The person saving, when a member of staff saves (the seed and the system are nobody's authorship).
    const writer = isStaff(req) ? (req.user!.id as Id) : null
    if (operation === 'create') {
      if (!req.context?.[WORKFLOW_CONTEXT]) {
        data.reviewState = 'draft'
        data.author = writer
        data.contentEditors = []
      }
      return data
    }
    if (req.context?.[WORKFLOW_CONTEXT] || !originalDoc || originalDoc.contentHash === hash) return data
    data.contentEditors = withContentEditor(ids(originalDoc.contentEditors), writer)
    const state = originalDoc.reviewState as string | undefined
    const signed = Array.isArray(originalDoc.signatures) && originalDoc.signatures.length > 0
    // A published item edited as a draft starts a new review cycle; the published version stays public.
    if (state && state !== 'draft') {
      data.reviewState = 'draft'
      data.signatures = []
      data.precheckAcknowledgements = []
      data.publishAt = null
      if (signed || state !== 'published') {
        await appendRecord(req, {
          collection: slug,
          item: { ...merged, id: originalDoc.id },
          action: 'void',
          fromState: state,
          toState: 'draft',
          opinion: state === 'published' ? '已发布信息被修改，新版本须重新审核' : '内容在审核过程中被修改，已有签名作废，退回草稿',
        })
      }
    }
    return data
  }
