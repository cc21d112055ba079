/**
 * GET /api/<policies>/:id/interpretation-status — the policy panel: the policy's interpretations, the link
 * deadline and its countdown. Staff only, and only for documents the user may read.
 */
import type { Endpoint } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { codedError } from '../../../domain/errors'
import { linkStatus, type LinkedInterpretation } from '../../../domain/interpretationLinkage'
import { linkageContext, policyFacts } from '../actions/linkage'
import { interpretationsOptions } from '../options'

type Row = Record<string, any>

export const linkStatusEndpoint = (actors: ActorRules): Endpoint => ({
  path: '/:id/interpretation-status',
  method: 'get',
  handler: async (req) => {
    if (!actors.isStaff(req)) throw codedError('auth.required')
    const { policies, interpretations, policyField } = interpretationsOptions(req.payload)
    const id = req.routeParams?.id as string
    const latest = (await req.payload.findByID({ collection: policies, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as Row
    const facts = (await policyFacts(req, latest.id))!
    const { docs } = await req.payload.find({
      collection: interpretations,
      where: { [policyField]: { equals: latest.id } },
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
          collection: interpretations,
          where: { and: [{ [policyField]: { equals: latest.id } }, { _status: { equals: 'published' } }] },
          depth: 0,
          limit: 100,
          overrideAccess: true,
          select: { linkedAt: true },
          req,
        })
      ).docs.map((d) => String(d.id)),
    )
    const linked: LinkedInterpretation[] = (docs as Row[]).map((d) => ({
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
      status = linkStatus({ ...facts, requiresInterpretation: latest.requiresInterpretation }, linked, new Date(), context)
    } catch (error) {
      status = { state: 'error', message: (error as Error).message, countdown: null }
    }
    return Response.json({
      policy: { id: latest.id, title: latest.title, kind: latest.kind, isPublic: facts.isPublic, reviewState: facts.reviewState, publishedAt: facts.publishedAt },
      rule: context.rule,
      ...status,
      interpretations: linked,
    })
  },
})
