/**
 * 导出记录 of applicant data: every export or print of something holding an applicant's personal information (a
 * 告知书, the register) leaves one row — who, when, what, in which format, from which address. Nobody edits or deletes
 * a row; only the 网站管理员 reads them (个人信息保护法: a record of who processed whose data). `recordExport` is the
 * one way to append, for the letters and for any other export of the plugin.
 */
import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'
import type { ActorRules, UserModel } from '../../domain/actors'
import { codedError } from '../../domain/errors'
import type { Id } from '../../domain/ids'

export const EXPORT_LOG_SLUG = 'applicant-data-exports'
export const EXPORT_CONTEXT = 'gongkaiApplicantDataExport'
export const CLIENT_IP_HEADER = 'x-gongkai-client-ip'

export const EXPORT_FORMATS = [
  { value: 'docx', label: 'Word（.docx）' },
  { value: 'print', label: '打印' },
  { value: 'xlsx', label: 'Excel（.xlsx）' },
  { value: 'csv', label: 'CSV' },
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['value']

export type ExportLogOptions = { slug: string; users: UserModel; actors: ActorRules; departments: string; clientIpHeader: string }

export const exportLogCollection = ({ slug, users, actors, departments }: ExportLogOptions): CollectionConfig => ({
  slug,
  labels: { singular: '导出记录', plural: '申请人信息导出记录' },
  admin: {
    useAsTitle: 'subjectTitle',
    group: '依申请公开',
    defaultColumns: ['at', 'userName', 'subjectTitle', 'what', 'format', 'ip'],
    description: '每次导出或打印含申请人个人信息的材料（告知书、申请登记台账）都记录在此，只能由系统追加，不能修改或删除。',
  },
  defaultSort: '-at',
  access: { read: actors.adminOnly, create: actors.nobody, update: actors.nobody, delete: actors.nobody },
  hooks: {
    beforeChange: [
      ({ operation, req }) => {
        if (operation !== 'create' || !req.context?.[EXPORT_CONTEXT]) throw codedError('applications.export-log-immutable')
      },
    ],
    beforeDelete: [
      () => {
        throw codedError('applications.export-log-immutable')
      },
    ],
  },
  fields: [
    { name: 'at', type: 'date', label: '导出时间', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'user', type: 'relationship', relationTo: users.slug as CollectionSlug, label: '导出人', index: true },
    { name: 'userName', type: 'text', label: '导出人姓名' },
    { name: 'department', type: 'relationship', relationTo: departments as CollectionSlug, label: '所涉部门', index: true },
    { name: 'subjectType', type: 'text', label: '导出对象类型', index: true },
    { name: 'subjectId', type: 'text', label: '导出对象编号', index: true },
    { name: 'subjectTitle', type: 'text', label: '导出内容' },
    { name: 'what', type: 'text', label: '种类' },
    { name: 'format', type: 'select', label: '格式', required: true, options: EXPORT_FORMATS.map((f) => ({ ...f })) },
    { name: 'ip', type: 'text', label: '来源地址' },
  ],
})

export type ExportEntry = {
  subjectType: string
  subjectId: Id
  subjectTitle: string
  what?: string | null
  format: ExportFormat
  department?: Id | null
}

/** Appends one row for an export the request is making (its user and client address), inside the request's transaction. */
export const recordExport = async (req: PayloadRequest, options: Pick<ExportLogOptions, 'slug' | 'clientIpHeader'>, entry: ExportEntry) => {
  const user = req.user as (Record<string, unknown> & { id: Id }) | null
  const ip = req.headers?.get?.(options.clientIpHeader)?.trim()
  return req.payload.create({
    collection: options.slug as CollectionSlug,
    data: {
      at: new Date().toISOString(),
      user: user?.id ?? null,
      userName: user ? String(user.name ?? user.email ?? '') : null,
      department: entry.department ?? null,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      subjectTitle: entry.subjectTitle,
      what: entry.what ?? null,
      format: entry.format,
      ip: ip ? ip.slice(0, 64) : 'unknown',
    } as never,
    context: { [EXPORT_CONTEXT]: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
