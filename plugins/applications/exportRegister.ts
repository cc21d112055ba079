/**
 * `GET /api/{slug}/export?year=YYYY[&department=<id>][&format=xlsx|csv]` (the handling department, the 网站管理员):
 * the register of a year as a spreadsheet, applicant data in full — so each export is recorded in the export log
 * (个人信息保护法), with who, when, what and from where. Read with the user's own access: editors and first reviewers
 * get their own department's applications only; anonymous, nothing.
 */
import ExcelJS from 'exceljs'
import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import { APPLICANT_TYPES, APPLICATION_CHANNELS, APPLICATION_OUTCOMES, APPLICATION_STATUSES, ID_TYPES } from '../../domain/applications/vocabulary'
import { codedError } from '../../domain/errors'
import { toCsv } from '../../domain/security/csv'
import type { ApplicationsContext } from './context'
import { UNMASKED_READ } from './collection'
import { recordExport, type ExportLogOptions } from './exportLog'
import type { HistoryEntry } from './register'

type Row = Record<string, unknown> & { id: string | number; history?: HistoryEntry[] | null; applicant?: Record<string, unknown> | null }

const labelOf = (list: ReadonlyArray<{ value: string; label: string }>, value: unknown) => list.find((o) => o.value === value)?.label ?? (value ? String(value) : '')

/** The columns of the export, each with its Chinese heading. */
export const REGISTER_COLUMNS: ReadonlyArray<{ header: string; width: number; value: (row: Row, department: string) => string | number }> = [
  { header: '受理编号', width: 20, value: (r) => String(r.trackingNumber ?? '') },
  { header: '申请方式', width: 10, value: (r) => labelOf(APPLICATION_CHANNELS, r.channel) },
  { header: '收到申请之日', width: 12, value: (r) => String(r.receivedAt ?? '') },
  { header: '申请人类型', width: 12, value: (r) => labelOf(APPLICANT_TYPES, r.applicantType) },
  { header: '姓名或名称', width: 16, value: (r) => String(r.applicant?.name ?? '') },
  { header: '证件类型', width: 12, value: (r) => labelOf(ID_TYPES, r.applicant?.idType) },
  { header: '证件号码', width: 20, value: (r) => String(r.applicant?.idNumber ?? '') },
  { header: '法人或其他组织名称', width: 20, value: (r) => String(r.applicant?.organization ?? '') },
  { header: '统一社会信用代码', width: 20, value: (r) => String(r.applicant?.organizationCode ?? '') },
  { header: '联系电话', width: 14, value: (r) => String(r.applicant?.phone ?? '') },
  { header: '电子邮箱', width: 20, value: (r) => String(r.applicant?.email ?? '') },
  { header: '通信地址', width: 24, value: (r) => String(r.applicant?.address ?? '') },
  { header: '所需政府信息', width: 40, value: (r) => String(r.description ?? '') },
  { header: '办理机关', width: 16, value: (_r, department) => department },
  { header: '状态', width: 10, value: (r) => labelOf(APPLICATION_STATUSES, r.status) },
  { header: '答复期限', width: 12, value: (r) => String(r.dueAt ?? '') },
  { header: '答复日期', width: 12, value: (r) => String(r.answeredAt ?? '') },
  {
    header: '办理结果',
    width: 36,
    value: (r) => {
      const outcome = APPLICATION_OUTCOMES.find((o) => o.value === r.outcome)
      return !outcome ? '' : outcome.group.includes(outcome.label) ? outcome.group.replace(/（[^（）]*）$/, '') : `${outcome.group} ${outcome.label}`
    },
  },
  {
    header: '信息处理费（元）',
    width: 12,
    value: (r) => (r.history ?? []).filter((h) => h.type === 'fee-paid').reduce((sum, h) => sum + (Number(h.amount) || 0), 0),
  },
]

export const registerExportEndpoint = (ctx: ApplicationsContext, exportLog: Pick<ExportLogOptions, 'slug' | 'clientIpHeader'>): Endpoint => ({
  path: '/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    const year = Number(req.query?.year)
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw codedError('applications.year-invalid')
    const format = req.query?.format === undefined ? 'xlsx' : String(req.query.format)
    if (format !== 'xlsx' && format !== 'csv') throw codedError('applications.export-format')
    const department = typeof req.query?.department === 'string' && req.query.department ? req.query.department : null
    const where: Where = { and: [{ receivedAt: { greater_than_equal: `${year}-01-01` } }, { receivedAt: { less_than_equal: `${year}-12-31` } }, ...(department ? [{ department: { equals: department } }] : [])] }
    const { docs } = await req.payload.find({ collection: ctx.slug as CollectionSlug, where, sort: 'receivedAt', pagination: false, depth: 1, overrideAccess: false, user: req.user, req, context: { [UNMASKED_READ]: true } })
    const rows = docs as unknown as Row[]
    const departmentName = (row: Row) => {
      const d = row.department as { name?: string } | string | number | null
      return d && typeof d === 'object' ? String(d.name ?? '') : ''
    }
    const title = `${year}年政府信息公开申请登记台账`
    await recordExport(req, exportLog, {
      subjectType: ctx.slug,
      subjectId: department ? `${year}:${department}` : String(year),
      subjectTitle: `${title}（${rows.length} 件）`,
      what: '申请登记台账',
      format,
      department: department ?? null,
    })
    const filename = encodeURIComponent(`${title}.${format}`)
    const headers = { 'Content-Disposition': `attachment; filename*=UTF-8''${filename}`, 'Cache-Control': 'no-store' }
    if (format === 'csv') {
      // toCsv: a BOM for Excel and WPS, and no cell a spreadsheet would run as a formula (an applicant typed them).
      const csv = toCsv(
        REGISTER_COLUMNS.map((c) => c.header),
        rows.map((row) => REGISTER_COLUMNS.map((c) => c.value(row, departmentName(row)))),
      )
      return new Response(csv, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
    }
    const book = new ExcelJS.Workbook()
    book.creator = 'Gongkai'
    const sheet = book.addWorksheet('申请登记台账', { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, width: c.width }))
    sheet.getRow(1).font = { bold: true }
    for (const row of rows) sheet.addRow(REGISTER_COLUMNS.map((c) => c.value(row, departmentName(row))))
    const buffer = await book.xlsx.writeBuffer()
    return new Response(new Uint8Array(buffer as ArrayBuffer), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })
  },
})
