/**
 * Binds signatures to the content: every save recomputes the content hash (the linked files by their
 * bytes); an edit after any signature takes the `void` transition back to 草稿, voids the signatures, and
 * writes that to the register in the same transaction. It also records who wrote the content, for separation of duties.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError } from '../../../domain/errors'
import { withContentEditor } from '../../../domain/workflow/authorship'
import { voidOnEdit } from '../../../domain/workflow/transitions'
import { idOf, type Id } from '../../../domain/ids'
import { WORKFLOW_CONTEXT } from '../defaults'
import { appendRecord } from '../actions/appendRecord'
import { itemHash } from '../actions/assessItem'
import { fileHashesOf } from '../actions/fileHashes'
import { optionsOf } from '../options'

const ids = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : [])

export const trackContent: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // The last wall: whatever operation got here (duplicate, restore, a plugin), only the workflow publishes.
  if (!req.context?.[WORKFLOW_CONTEXT] && data._status === 'published') throw codedError('workflow.direct-publish')
  const slug = collection.slug
  const merged = { ...(originalDoc ?? {}), ...data }
  const hash = itemHash(slug, merged, await fileHashesOf(req, slug, merged), req)
  data.contentHash = hash
  // The person saving, when a member of staff saves (the seed and the system are nobody's authorship).
  const writer = optionsOf(req.payload).rules.isStaff(req) ? (req.user!.id as Id) : null
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
  const voided = state ? voidOnEdit(state, signed) : null
  if (voided) {
    data.reviewState = voided.to
    data.signatures = []
    data.precheckAcknowledgements = []
    data.publishAt = null
    if (voided.note) {
      await appendRecord(req, {
        collection: slug,
        item: { ...merged, id: originalDoc.id },
        action: 'void',
        fromState: state!,
        toState: voided.to,
        opinion: voided.note,
      })
    }
  }
  return data
}
