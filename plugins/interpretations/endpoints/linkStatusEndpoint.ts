/**
 * GET /api/documents/:id/interpretation-status — the policy panel: the policy's interpretations, the link
 * deadline and its countdown. Staff only, and only for documents the user may read.
 */
import { APIError, type Endpoint } from 'payload'
import { linkStatus, type LinkedInterpretation } from '../../../domain/interpretationLinkage'
import { linkageContext, policyFacts } from '../actions/linkage'

export const linkStatusEndpoint: Endpoint = {
  path: '/:id/interpretation-status',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('请先登录', 401, null, true)
    const id = req.routeParams?.id as string
    const latest = (await req.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as Record<string, any>
    const facts = (await policyFacts(req, latest.id))!
    const { docs } = await req.payload.find({
      collection: 'interpretations',
      where: { policy: { equals: latest.id } },
      draft: true,
      depth: 0,
      limit: 100,
      sort: 'createdAt',
      overrideAccess: true,
      select: { title: true, reviewState: true, linkedAt: true, linkedLate: true, _status: true },
      req,
    })
    const publishedIds = new Set(
      (
        await req.payload.find({
          collection: 'interpretations',
          where: { and: [{ policy: { equals: latest.id } }, { _status: { equals: 'published' } }] },
          depth: 0,
          limit: 100,
          overrideAccess: true,
          select: { linkedAt: true },
          req,
        })
      ).docs.map((d) => String(d.id)),
    )
    const interpretations: LinkedInterpretation[] = (docs as Array<Record<string, any>>).map((d) => ({
      id: d.id,
      title: d.title,
      published: publishedIds.has(String(d.id)),
      reviewState: d.reviewState ?? null,
      linkedAt: d.linkedAt ?? null,
      linkedLate: d.linkedLate ?? null,
    }))
    const context = await linkageContext(req)
    let status
    try {
      status = linkStatus({ ...facts, requiresInterpretation: latest.requiresInterpretation }, interpretations, new Date(), context)
    } catch (error) {
      status = { state: 'error', message: (error as Error).message, countdown: null }
    }
    return Response.json({
      policy: { id: latest.id, title: latest.title, kind: latest.kind, isPublic: facts.isPublic, reviewState: facts.reviewState, publishedAt: facts.publishedAt },
      rule: context.rule,
      ...status,
      interpretations,
    })
  },
}
