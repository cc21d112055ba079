/** POST /api/{collection}/:id/workflow — {action, opinion?, reason?, publishAt?, acknowledgements?} → the new state. */
import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { performTransition } from '../actions/performTransition'

export const workflowEndpoint = (collection: string): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    const text = (value: unknown) => (typeof value === 'string' ? value : null)
    const updated = await performTransition(req, {
      collection,
      id: req.routeParams?.id as string,
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
