/**
 * `GET /api/inspection/quarters/:quarter/bulletin.docx` and `…/annexes.xlsx`: the 通报's body and its annexes, for the
 * 政务公开办 (网站管理员, 保密审查员, 终审领导). A quarter not yet frozen gives a preview (marked so in the .docx).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { codedError, type ErrorCode } from '../../../domain/errors'
import { isQuarterKey, type QuarterKey } from '../../../domain/inspection/model'
import type { ResolvedInspectionOptions } from '../options'
import { annexesXlsx } from './annexesXlsx'
import { bulletinDocx } from './bulletinDocx'
import { DOCX_MIME, XLSX_MIME } from './defaults'
import { loadBulletin } from './loadBulletin'

/** The quarter of the route, for staff holding one of `roles`; refuses anyone else with `refused`. */
export const readableQuarter = ({ actors }: ResolvedInspectionOptions, req: PayloadRequest, roles: Array<'admin' | 'approver' | 'secrecy'>, refused: ErrorCode): QuarterKey => {
  if (!actors.isStaff(req)) throw codedError('auth.required')
  if (!actors.hasRole(req.user, ...roles)) throw codedError(refused)
  const quarter = String(req.routeParams?.quarter ?? '')
  if (!isQuarterKey(quarter)) throw codedError('inspection.quarter-invalid', quarter)
  return quarter
}

/** The 政务公开办: 网站管理员, 保密审查员, 终审领导. */
const READERS: Array<'admin' | 'approver' | 'secrecy'> = ['admin', 'approver', 'secrecy']

const download = (file: Buffer, mime: string, ascii: string, name: string) =>
  new Response(new Uint8Array(file), {
    headers: { 'content-type': mime, 'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`, 'cache-control': 'no-store' },
  })

export const bulletinDocxEndpoint = (resolved: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/quarters/:quarter/bulletin.docx',
  method: 'get',
  handler: async (req) => {
    const quarter = readableQuarter(resolved, req, READERS, 'inspection.bulletin-read-forbidden')
    const { bulletin, snapshot } = await loadBulletin(req.payload, quarter, { req })
    return download(await bulletinDocx(bulletin, { frozen: snapshot.frozen }), DOCX_MIME, `bulletin-${quarter}.docx`, `${bulletin.title}.docx`)
  },
})

export const annexesXlsxEndpoint = (resolved: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/quarters/:quarter/annexes.xlsx',
  method: 'get',
  handler: async (req) => {
    const quarter = readableQuarter(resolved, req, READERS, 'inspection.bulletin-read-forbidden')
    const { bulletin } = await loadBulletin(req.payload, quarter, { req })
    return download(await annexesXlsx(bulletin.annexes, bulletin.title), XLSX_MIME, `bulletin-${quarter}-annexes.xlsx`, `${bulletin.title}（附件）.xlsx`)
  },
})
