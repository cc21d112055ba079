/**
 * `POST /api/inspection/quarters/:quarter/bulletin` (网站管理员): the frozen quarter's 通报 becomes a DRAFT item in the
 * county office's 通知公告 column — title, body, the .docx and the annexes' .xlsx attached — written as the requesting
 * user, so the documents' own rules (索引号, attachments) apply, and left for 三审 like any item (nothing here
 * publishes). The 季度通报 row remembers the item, the deadline and the listed units. Body: `{ publishOn?: 'yyyy-MM-dd' }`,
 * the planned day of publication (default today), from which the 整改期限 counts.
 */
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { isValidDate, localDate } from '../../../domain/calendar'
import { codedError } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import { bulletinParagraphs } from '../../../domain/inspection/bulletin'
import { lexicalFromParagraphs } from '../../../domain/lexicalText'
import type { ResolvedInspectionOptions } from '../options'
import { annexesXlsx } from './annexesXlsx'
import { bulletinDocx } from './bulletinDocx'
import { BULLETINS_SLUG, DOCX_MIME, NOTICE_COLUMN_KIND, OFFICE_DEPARTMENT_KIND, XLSX_MIME } from './defaults'
import { readableQuarter } from './exportEndpoints'
import { findBulletinRecord, loadBulletin } from './loadBulletin'

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const data = req.json ? await req.json() : null
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The county office's 通知公告 column (the oldest, when there are several). */
const officeNoticeColumn = async (resolved: ResolvedInspectionOptions, req: PayloadRequest): Promise<{ id: Id; department: Id } | null> => {
  const { docs: offices } = await req.payload.find({ collection: resolved.departments as CollectionSlug, where: { kind: { equals: OFFICE_DEPARTMENT_KIND } }, pagination: false, depth: 0, overrideAccess: true, select: {}, req })
  if (!offices.length) return null
  const { docs } = await req.payload.find({
    collection: resolved.columns as CollectionSlug,
    where: { and: [{ kind: { equals: NOTICE_COLUMN_KIND } }, { department: { in: offices.map((o) => o.id) } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const column = docs[0] as { id: Id; department?: unknown } | undefined
  return column ? { id: column.id, department: idOf(column.department)! } : null
}

export const createDraftEndpoint = (resolved: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/quarters/:quarter/bulletin',
  method: 'post',
  handler: async (req) => {
    const quarter = readableQuarter(resolved, req, ['admin'], 'inspection.bulletin-forbidden')
    const publishOn = (await bodyOf(req)).publishOn
    if (publishOn !== undefined && publishOn !== null && (typeof publishOn !== 'string' || !isValidDate(publishOn))) throw codedError('inspection.bulletin-date', String(publishOn))
    const existing = await findBulletinRecord(req.payload, quarter, req)
    if (existing) {
      const item = await req.payload.findByID({ collection: resolved.documents as CollectionSlug, id: idOf(existing.document)!, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (item) throw codedError('inspection.bulletin-exists', quarter, String(item.id))
    }
    const { bulletin, snapshot } = await loadBulletin(req.payload, quarter, { req, useRecord: false, issuedOn: (publishOn as string | undefined) ?? localDate(new Date()) })
    if (!snapshot.frozen) throw codedError('inspection.bulletin-not-frozen', quarter)
    const column = await officeNoticeColumn(resolved, req)
    if (!column) throw codedError('inspection.bulletin-no-column')

    const [docx, xlsx] = await Promise.all([bulletinDocx(bulletin, { frozen: true }), annexesXlsx(bulletin.annexes, bulletin.title)])
    const owns = await initTransaction(req)
    try {
      // The item whose 通报 was deleted leaves its row behind: drafting again replaces it.
      if (existing) await req.payload.delete({ collection: BULLETINS_SLUG as CollectionSlug, id: existing.id, overrideAccess: true, req })
      const upload = async (file: Buffer, mimetype: string, name: string, title: string) =>
        (await req.payload.create({
          collection: 'media' as CollectionSlug,
          data: { title, department: column.department } as never,
          file: { data: file, mimetype, name, size: file.length },
          overrideAccess: false,
          user: req.user,
          req,
        })) as { id: Id }
      const body = await upload(docx, DOCX_MIME, `bulletin-${quarter}.docx`, `${bulletin.title}.docx`)
      const annexes = await upload(xlsx, XLSX_MIME, `bulletin-${quarter}-annexes.xlsx`, `${bulletin.title}（附件1-3）.xlsx`)
      const item = (await req.payload.create({
        collection: resolved.documents as CollectionSlug,
        data: {
          title: bulletin.title,
          column: column.id,
          department: column.department,
          kind: 'notice',
          formedAt: new Date().toISOString(),
          disclosure: 'proactive',
          body: lexicalFromParagraphs(bulletinParagraphs(bulletin)),
          attachments: [body.id, annexes.id],
          _status: 'draft',
        } as never,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req,
      })) as { id: Id; indexNumber?: string }
      const record = await req.payload.create({
        collection: BULLETINS_SLUG as CollectionSlug,
        data: { quarter, title: bulletin.title, document: item.id, issuedOn: bulletin.issuedOn, deadline: bulletin.deadline, createdBy: req.user!.id, units: bulletin.listed } as never,
        overrideAccess: true,
        req,
      })
      if (owns) await commitTransaction(req)
      req.payload.logger.info({ msg: '季度通报已生成稿件', quarter, document: item.id })
      return Response.json(
        { bulletin: record.id, document: item.id, indexNumber: item.indexNumber ?? null, title: bulletin.title, issuedOn: bulletin.issuedOn, deadline: bulletin.deadline, units: bulletin.listed.map((u) => u.name), attachments: [body.id, annexes.id] },
        { status: 201 },
      )
    } catch (error) {
      if (owns) await killTransaction(req)
      throw error
    }
  },
})
