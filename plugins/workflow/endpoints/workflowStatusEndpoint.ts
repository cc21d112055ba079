/** GET /api/{collection}/:id/workflow — what the review panel shows: state, findings, signatures, and the actions this user may take. */
import { APIError, type Endpoint } from 'payload'
import { findingKey, findingsToReview, type Finding } from '../../../src/domain/precheck'
import { contentHash, CONTENT_FIELDS } from '../../../src/domain/workflow/contentHash'
import { availableActions, type WorkflowItem } from '../../../src/domain/workflow/refusals'
import type { ReviewState } from '../../../src/domain/workflow/states'
import { departmentIdOf, rolesOf } from '../../../hooks/access/roles'
import type { WorkflowCollection } from '../types'
import { runPrecheck } from '../actions/runPrecheck'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null))

export const workflowStatusEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = req.routeParams?.id as string
    const item = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as Record<string, any>
    const hash = contentHash(CONTENT_FIELDS[collection], item)
    // Findings of the content as it is now (stored findings may predate the last edit or term list change).
    const findings: Finding[] = await runPrecheck(req, collection, item)
    const reviewKeys = findingsToReview(findings).map(findingKey)
    const acknowledgements = (item.precheckAcknowledgements ?? []).filter((a: { key: string }) => reviewKeys.includes(a.key))
    const workflowItem: WorkflowItem = {
      reviewState: (item.reviewState ?? 'draft') as ReviewState,
      department: idOf(item.department),
      submittedBy: idOf(item.submittedBy),
      contentHash: hash,
      signatures: (item.signatures ?? []).map((s: any) => ({ stage: s.stage, user: idOf(s.user), contentHash: s.contentHash })),
      forcePublished: Boolean(item.forcePublished),
      forcePublishedBy: idOf(item.forcePublishedBy),
      blockingFindings: findings.filter((f) => f.level === 'block').length,
      reviewFindingKeys: reviewKeys,
      acknowledgedKeys: acknowledgements.map((a: { key: string }) => a.key),
    }
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
