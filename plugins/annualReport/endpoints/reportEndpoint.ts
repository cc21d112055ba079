/** `GET /api/{slug}/:id/report`: the draft's report as JSON — six sections, every computed cell with its source, `problems`. */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import type { AnnualReportContext } from '../context'
import { loadReport, readDraft } from '../loadReport'

export const reportEndpoint = (ctx: AnnualReportContext): Endpoint => ({
  path: '/:id/report',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    const draft = await readDraft(ctx, req, String(req.routeParams?.id ?? ''))
    if (!draft) throw codedError('annualReport.missing')
    return Response.json({ draft: draft.id, ...(await loadReport(ctx, req, draft)) })
  },
})
