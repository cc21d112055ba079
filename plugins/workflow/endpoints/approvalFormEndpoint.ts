/** GET /api/{collection}/:id/approval-form — the 政府网站信息发布审批表 (HTML to print, or ?format=json). */
import { APIError, type Endpoint } from 'payload'
import { renderApprovalForm, type ApprovalFormData } from '../../../domain/workflow/approvalForm'
import type { WorkflowCollection } from '../types'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { name?: string }).name ?? '') : '')

export const approvalFormEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/approval-form',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = req.routeParams?.id as string
    // Read with the user's own access: staff outside the item's department get 404/403 like any read.
    const item = (await req.payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })) as Record<string, any>
    const records = await req.payload.find({
      collection: 'approval-records',
      where: { and: [{ 'subject.value': { equals: item.id } }, { 'subject.relationTo': { equals: collection } }] },
      sort: 'at',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const form: ApprovalFormData = {
      title: String(item.title ?? ''),
      collectionLabel: collection === 'documents' ? '政府信息' : '政策解读',
      indexNumber: item.indexNumber ?? null,
      docNumber: item.docNumber ?? null,
      department: nameOf(item.department),
      disclosure: item.disclosure ?? (collection === 'interpretations' ? 'proactive' : null),
      reviewState: item.reviewState ?? 'draft',
      submitter: nameOf(item.submittedBy) || null,
      submittedAt: item.submittedAt ?? null,
      signatures: (item.signatures ?? []).map((s: any) => ({
        stage: s.stage,
        userName: s.userName ?? nameOf(s.user),
        opinion: s.opinion,
        at: s.at,
        valid: s.contentHash === item.contentHash,
      })),
      findings: item.precheckFindings ?? [],
      acknowledgements: item.precheckAcknowledgements ?? [],
      records: records.docs.map((r: any) => ({ at: r.at, action: r.action, fromState: r.fromState, toState: r.toState, actorName: r.actorName, opinion: r.opinion })),
      generatedAt: new Date().toISOString(),
    }
    if (req.searchParams.get('format') === 'json') return Response.json(form)
    return new Response(renderApprovalForm(form), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  },
})
