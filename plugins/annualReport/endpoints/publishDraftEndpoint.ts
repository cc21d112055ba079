/**
 * `POST /api/{slug}/:id/publish-draft`: the report becomes a DRAFT item of the documents, in the department's 年度报告
 * column, with the .docx attached — written as the requesting user, so the documents' own rules apply, and left
 * for 三审 like any other item (nothing here publishes). Refused while table 三 does not balance or table 四's totals
 * are wrong; the draft remembers the item and a snapshot of what was computed.
 */
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint } from 'payload'
import { reportBlocks, lexicalFromBlocks } from '../../../domain/annualReport/reportBody'
import { localDate } from '../../../domain/calendar'
import { codedError } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import type { AnnualReportContext } from '../context'
import { SYSTEM_WRITE } from '../defaults'
import { DOCX_MIME, reportDocx } from '../docx'
import { loadReport, readDraft } from '../loadReport'

export const publishDraftEndpoint = (ctx: AnnualReportContext): Endpoint => ({
  path: '/:id/publish-draft',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    const draft = await readDraft(ctx, req, String(req.routeParams?.id ?? ''))
    if (!draft) throw codedError('annualReport.missing')
    const existing = idOf(draft.document)
    if (existing !== null) {
      const item = await req.payload.findByID({ collection: ctx.documents as CollectionSlug, id: existing, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (item) throw codedError('annualReport.already-created', String(existing))
    }
    const report = await loadReport(ctx, req, draft)
    if (report.requests.imbalances.length > 0) throw codedError('annualReport.unbalanced', report.requests.imbalances.join('；'))
    if (report.reviews.problems.length > 0) throw codedError('annualReport.reviews-wrong', report.reviews.problems.join('；'))

    const department = idOf(draft.department) ?? idOf(draft.publisher)
    if (department === null) throw codedError('annualReport.no-publisher')
    const { docs: columns } = await req.payload.find({
      collection: ctx.columns as CollectionSlug,
      where: { and: [{ kind: { equals: ctx.columnKind } }, { department: { equals: department } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const column = columns[0] as { id: Id } | undefined
    if (!column) {
      const named = (await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id: department, depth: 0, overrideAccess: true, disableErrors: true, req })) as { name?: string } | null
      throw codedError('annualReport.no-column', named?.name ?? String(department))
    }

    const file = await reportDocx(report)
    const owns = await initTransaction(req)
    try {
      // As the requesting user: the upload and the item follow the same rules as one they make by hand.
      const media = (await req.payload.create({
        collection: ctx.media as CollectionSlug,
        data: { title: `${report.title}.docx`, department } as never,
        file: { data: file, mimetype: DOCX_MIME, name: `annual-report-${report.year}-${draft.id}.docx`, size: file.length },
        overrideAccess: false,
        user: req.user,
        req,
      })) as { id: Id }
      const item = (await req.payload.create({
        collection: ctx.documents as CollectionSlug,
        data: {
          title: report.title,
          column: column.id,
          department,
          kind: ctx.documentKind,
          formedAt: new Date().toISOString(),
          disclosure: 'proactive',
          body: lexicalFromBlocks(reportBlocks(report)),
          attachments: [media.id],
          _status: 'draft',
        } as never,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
      })) as { id: Id }
      await req.payload.update({
        collection: ctx.slug as CollectionSlug,
        id: draft.id,
        data: { document: item.id, generatedAt: new Date().toISOString(), snapshot: { computedOn: localDate(new Date()), ...report } } as never,
        overrideAccess: true,
        context: { [SYSTEM_WRITE]: true },
        req,
      })
      if (owns) await commitTransaction(req)
      req.payload.logger.info({ msg: '年度报告已生成稿件', draft: draft.id, document: item.id })
      return Response.json({ document: item.id, media: media.id, title: report.title, problems: report.problems }, { status: 201 })
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  },
})
