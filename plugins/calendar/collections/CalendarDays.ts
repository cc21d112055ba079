/**
 * 节假日调整: administrators' entries in the working-day calendar. They take precedence over the official
 * calendar of chinese-days, and entering any date of a year the library does not know declares that year's
 * arrangement (the listed dates are the exceptions, the rest is Monday–Friday).
 */
import type { CollectionConfig } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { DAY_KINDS, isValidDate } from '../../../domain/calendar'
import { COMPONENTS } from '../defaults'
import { importNoticeEndpoint } from '../endpoints/importNoticeEndpoint'

export const calendarDays = (slug: string, actors: ActorRules, enabled = true): CollectionConfig => ({
  slug,
  labels: { singular: '节假日调整', plural: '节假日调整' },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'kind', 'note', 'source'],
    group: '系统管理',
    description:
      '工作日历以国务院办公厅公布的放假安排（含调休上班日）为准。此处录入的日期优先于内置日历；内置日历尚未包含的年份（如次年安排公布后），请导入该年的国务院办公厅通知（或逐日录入全部放假日和调休上班日），否则跨入该年的工作日时限无法判定，每日巡检会列出待判定事项。',
    // 导入国务院办公厅节假日安排通知: paste the notice, preview, correct, confirm (POST /api/<slug>/import).
    components: enabled ? { beforeList: [{ path: COMPONENTS.noticeImport, clientProps: { collection: slug } }] } : {},
  },
  endpoints: enabled ? [importNoticeEndpoint(slug, actors)] : [],
  defaultSort: 'date',
  access: { read: actors.staffOnly, create: actors.adminOnly, update: actors.adminOnly, delete: actors.adminOnly },
  fields: [
    {
      name: 'date',
      type: 'text',
      label: '日期',
      required: true,
      unique: true,
      index: true,
      admin: { placeholder: '2027-01-01', description: '格式 YYYY-MM-DD' },
      validate: (value: unknown) =>
        typeof value === 'string' && isValidDate(value.trim()) ? true : '日期格式应为 YYYY-MM-DD，例如 2027-01-01',
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
    },
    { name: 'kind', type: 'select', label: '类型', required: true, defaultValue: 'holiday', options: DAY_KINDS.map((o) => ({ ...o })) },
    { name: 'note', type: 'text', label: '说明', admin: { placeholder: '如：春节、国庆节调休上班' } },
    { name: 'source', type: 'text', label: '依据文件', admin: { placeholder: '如：国办发明电〔2026〕X号' } },
  ],
})
