/** GET /api/{collection}/:id/workflow — what the review panel shows: state, findings, signatures, and the actions this user may take. */
import { APIError, type Endpoint } from 'payload'
import { findingKey } from '../../../domain/precheck'
import { availableActions } from '../../../domain/workflow/refusals'
import { departmentIdOf, rolesOf } from '../../../hooks/access/roles'
import type { WorkflowCollection } from '../types'
import { assessItem } from '../actions/assessItem'

export const workflowStatusEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = req.routeParams?.id as string
    const item = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as Record<string, any>
    // Findings of the content as it is now (stored findings may predate the last edit or term list change).
    const { hash, findings, workflowItem } = await assessItem(req, collection, item, { rescan: true })
    const records = await req.payload.find({
      collection: 'approval-records',
      where: { and: [{ 'subject.value': { equals: item.id } }, { 'subject.relationTo': { equals: collection } }] },
      sort: '-at',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({
      id: item.id,
      reviewState: workflowItem.reviewState,
      published: item._status === 'published',
      forcePublished: workflowItem.forcePublished,
      publishAt: item.publishAt ?? null,
      actions: availableActions(workflowItem, { id: req.user.id, roles: rolesOf(req.user as never), department: departmentIdOf(req.user as never) }, new Date()),
      findings: findings.map((f) => ({ ...f, key: findingKey(f), acknowledged: workflowItem.acknowledgedKeys.includes(findingKey(f)) })),
      signatures: (item.signatures ?? []).map((s: any) => ({ stage: s.stage, userName: s.userName, opinion: s.opinion, at: s.at, valid: s.contentHash === hash })),
      records: records.docs.map((r: any) => ({ at: r.at, action: r.action, fromState: r.fromState, toState: r.toState, actorName: r.actorName, opinion: r.opinion })),
    })
  },
})
