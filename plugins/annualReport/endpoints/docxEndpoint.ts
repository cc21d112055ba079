/** `GET /api/{slug}/:id/docx`: the draft's report as a Word document, recomputed now. */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import type { AnnualReportContext } from '../context'
import { DOCX_MIME, reportDocx } from '../docx'
import { loadReport, readDraft } from '../loadReport'

export const docxEndpoint = (ctx: AnnualReportContext): Endpoint => ({
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    const draft = await readDraft(ctx, req, String(req.routeParams?.id ?? ''))
    if (!draft) throw codedError('annualReport.missing')
    const report = await loadReport(ctx, req, draft)
    const file = await reportDocx(report)
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': DOCX_MIME,
        'content-disposition': `attachment; filename="annual-report-${report.year}.docx"; filename*=UTF-8''${encodeURIComponent(`${report.title}.docx`)}`,
        'cache-control': 'no-store',
      },
    })
  },
})
