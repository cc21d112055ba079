/** GET /api/{collection}/:id/approval-form — the 政府网站信息发布审批表 (HTML to print, or ?format=json). */
import type { Endpoint } from 'payload'
import { renderApprovalForm, type ApprovalFormData } from '../../../domain/workflow/approvalForm'
import { codedError } from '../../../domain/errors'
import { REGISTER_SLUG } from '../defaults'
import { collectionOptionsOf, optionsOf } from '../options'
import type { UserLike } from '../../../domain/actors'
import { registerLine, type RegisterRow, type WorkflowRow } from '../item'

const nameOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { name?: string }).name ?? '') : '')

export const approvalFormEndpoint = (collection: string): Endpoint => ({
  path: '/:id/approval-form',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    const options = collectionOptionsOf(req.payload, collection)
    const id = req.routeParams?.id as string
    // Read with the user's own access: staff outside the item's department get 404/403 like any read.
    const item = (await req.payload.findByID({ collection: options.slug, id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })) as unknown as WorkflowRow
    const records = await req.payload.find({
      collection: REGISTER_SLUG,
      where: { and: [{ 'subject.value': { equals: item.id } }, { 'subject.relationTo': { equals: collection } }] },
      sort: 'at',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const userName = (user: unknown): string => (user && typeof user === 'object' ? (optionsOf(req.payload).nameOf(user as UserLike) ?? '') : '')
    const field = (name: string | undefined): string | null => (name ? ((item[name] as string | null | undefined) ?? null) : null)
    const form: ApprovalFormData = {
      title: String(item[options.titleField] ?? ''),
      collectionLabel: options.label,
      category: options.kindLabels[String(field(options.kindField) ?? '')] ?? options.label,
      indexNumber: field(options.indexNumberField),
      docNumber: field(options.precheck.docNumberField),
      department: nameOf(item[options.departmentField]),
      // Without a 公开属性 field every item of the collection is 主动公开.
      disclosure: options.disclosureField ? field(options.disclosureField) : 'proactive',
      reviewState: item.reviewState ?? 'draft',
      submitter: userName(item.submittedBy) || null,
      submittedAt: item.submittedAt ?? null,
      signatures: (item.signatures ?? []).map((s) => ({
        stage: s.stage,
        userName: s.userName ?? userName(s.user),
        opinion: s.opinion,
        at: s.at,
        valid: s.contentHash === item.contentHash,
      })),
      findings: item.precheckFindings ?? [],
      acknowledgements: item.precheckAcknowledgements ?? [],
      records: (records.docs as unknown as RegisterRow[]).map(registerLine),
      generatedAt: new Date().toISOString(),
    }
    if (req.searchParams.get('format') === 'json') return Response.json(form)
    return new Response(renderApprovalForm(form), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  },
})
