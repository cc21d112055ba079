/** The 年度报告统计 settings group (the categories a document may carry) and its reader. */
import type { Field, GlobalSlug, PayloadRequest } from 'payload'
import { categoriesFrom, DEFAULT_CATEGORIES, REPORT_ROWS, type ReportCategory } from '../../domain/annualReport/categories'
import type { AnnualReportContext } from './context'

export const annualReportSettingsGroup = (name: string): Field => ({
  name,
  type: 'group',
  label: '年度报告统计',
  admin: { description: '政府信息的“年度报告统计类别”从下列类别中选择；年度报告第二部分按类别所属的行统计（国办公开办函〔2021〕30号）' },
  fields: [
    {
      name: 'categories',
      type: 'array',
      label: '统计类别',
      labels: { singular: '类别', plural: '统计类别' },
      defaultValue: DEFAULT_CATEGORIES.map((c) => ({ ...c })),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', label: '类别值', required: true, admin: { description: '保存在政府信息上的值，如 normative' } },
            { name: 'label', type: 'text', label: '类别名称', required: true },
            { name: 'row', type: 'select', label: '统计到', required: true, options: REPORT_ROWS.map((r) => ({ value: r.value, label: `${r.label}（${r.article}）` })) },
          ],
        },
      ],
    },
  ],
})

/** The categories of the settings (over the official six when none are set). */
export const loadCategories = async (ctx: AnnualReportContext, req: PayloadRequest): Promise<ReportCategory[]> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  return categoriesFrom((settings[ctx.settingsGroup] as { categories?: unknown } | undefined)?.categories)
}

/** The government's name for a whole-government report's title. */
export const loadGovernmentName = async (ctx: AnnualReportContext, req: PayloadRequest): Promise<string> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  const value = ctx.governmentName.path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), settings)
  return typeof value === 'string' && value.trim() ? value.trim() : ctx.governmentName.fallback
}
