/**
 * No one publishes except through the workflow: a write that sets `_status: 'published'` or changes
 * `reviewState` without the workflow's context is refused, for every role and every route (REST, GraphQL,
 * the admin, the Local API).
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { WORKFLOW_CONTEXT } from '../defaults'

export const DIRECT_PUBLISH_REFUSED = '发布只能通过审核流程（提交、初审、保密审查、终审）进行，不能直接发布'
export const DIRECT_STATE_REFUSED = '审核状态只能由审核流程改变，不能直接修改'
export const RESTORE_REFUSED = '历史版本只能恢复为草稿，发布须重新经过审核'

export const refuseDirectPublishing: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.context?.[WORKFLOW_CONTEXT]) return args
  if (operation === 'restoreVersion' && !(args as { draft?: boolean }).draft) throw new APIError(RESTORE_REFUSED, 403, null, true)
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  if (data._status === 'published') throw new APIError(DIRECT_PUBLISH_REFUSED, 403, null, true)
  // Outside the workflow every edit is a draft: the published version stays as reviewed until the next approval.
  if (operation === 'update') {
    ;(args as { draft?: boolean }).draft = true
    data._status = 'draft'
  }
  if (data.reviewState !== undefined) {
    const id = (args as { id?: number | string }).id
    const current = id
      ? ((await req.payload.findByID({ collection: collection.slug as never, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as {
          reviewState?: string
        } | null)
      : null
    // The admin form sends the read-only state back unchanged; anything else is an attempt to skip a review.
    if (operation === 'create' ? data.reviewState !== 'draft' : data.reviewState !== current?.reviewState) {
      throw new APIError(DIRECT_STATE_REFUSED, 403, null, true)
    }
  }
  return args
}
