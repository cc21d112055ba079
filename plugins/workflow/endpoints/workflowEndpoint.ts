/**
 * POST /api/{collection}/:id/workflow — {action, opinion?, reason?, publishAt?, acknowledgements?} → the new state;
 * `{action: 'discard'}` is 撤销修改 (actions/discardChanges.ts).
 */
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { discardChanges } from '../actions/discardChanges'
import { performTransition } from '../actions/performTransition'

export const workflowEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const text = (value: unknown) => (typeof value === 'string' ? value : null)
    const id = req.routeParams?.id as string
    // 撤销修改 is no transition: it goes back to the published version, which keeps its own state.
    const updated = body.action === 'discard' ? await discardChanges(req, { collection, id }) : await performTransition(req, {
      collection,
      id,
      action: String(body.action ?? ''),
      opinion: text(body.opinion),
      reason: text(body.reason),
      publishAt: text(body.publishAt),
      acknowledgements: Array.isArray(body.acknowledgements) ? (body.acknowledgements as Array<{ key: string; note: string }>) : [],
    })
    return Response.json({
      id: updated.id,
      reviewState: updated.reviewState,
      _status: updated._status,
      publishAt: updated.publishAt ?? null,
      forcePublished: Boolean(updated.forcePublished),
      message: '操作成功',
    })
  },
})
