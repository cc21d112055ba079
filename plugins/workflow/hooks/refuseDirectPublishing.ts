/**
 * No one publishes except through the workflow: a write that sets `_status: 'published'` or changes
 * `reviewState` without the workflow's context is refused, for every role and every route (REST, GraphQL,
 * the admin, the Local API).
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { codedError, messageOf } from '../../../domain/errors'
import type { Id } from '../../../domain/ids'
import { WORKFLOW_CONTEXT } from '../defaults'

export const DIRECT_PUBLISH_REFUSED = messageOf('workflow.direct-publish')
export const DIRECT_STATE_REFUSED = messageOf('workflow.direct-state')
export const RESTORE_REFUSED = messageOf('workflow.restore-published')

export const refuseDirectPublishing: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return args
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) throw codedError('workflow.restore-published')
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  if (data._status === 'published') throw codedError('workflow.direct-publish')
  // Outside the workflow every edit is a draft: the published version stays as reviewed until the next approval.
  if (operation === 'update') {
    ;(args as { draft?: boolean }).draft = true
    data._status = 'draft'
  }
  if (data.reviewState !== undefined) {
    const id = (args as { id?: Id }).id
    const current = id
      ? ((await req.payload.findByID({ collection: collection.slug, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as {
          reviewState?: string
        } | null)
      : null
    // The admin form sends the read-only state back unchanged; anything else is an attempt to skip a review.
    if (operation === 'create' ? data.reviewState !== 'draft' : data.reviewState !== current?.reviewState) throw codedError('workflow.direct-state')
  }
  return args
}
