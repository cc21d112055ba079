/**
 * What the plugin adds to the host's documents: 年度报告统计类别 (a value of the settings' categories), 施行日期 and
 * 有效期至 (`yyyy-MM-dd`), and the check on save — drafts included, which skip field validation — that refuses an
 * unknown category or a malformed date with a coded Chinese error at the field.
 */
import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type Field } from 'payload'
import { isValidDate } from '../../domain/calendar'
import { CodedError, codedError } from '../../domain/errors'
import type { AnnualReportContext } from './context'
import { loadCategories } from './settings'

export const reportFields = (ctx: AnnualReportContext): Field => ({
  type: 'row',
  fields: [
    {
      name: ctx.fields.category,
      type: 'text',
      label: '年度报告统计类别',
      index: true,
      admin: { description: '规章、行政规范性文件等计入政府信息公开工作年度报告的类别（系统设置“年度报告统计”中的类别值，如 normative）；其他信息留空' },
    },
    { name: ctx.fields.effectiveFrom, type: 'text', label: '施行日期', admin: { placeholder: 'yyyy-MM-dd', description: '留空则以成文日期为准' } },
    { name: ctx.fields.effectiveUntil, type: 'text', label: '有效期至', admin: { placeholder: 'yyyy-MM-dd', description: '有效期的最后一日；长期有效留空' } },
  ],
})

const refusal = (collection: string, req: Parameters<CollectionBeforeChangeHook>[0]['req'], error: CodedError, label: string) =>
  new ValidationError({ collection, errors: [{ path: error.field ?? '', message: error.message, label }] }, req.t)

const blank = (value: unknown) => value === undefined || value === null || value === ''

export const checkReportFields =
  (ctx: AnnualReportContext): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const f = ctx.fields
    const category = data[f.category]
    if (typeof category === 'string' && category.trim() === '') data[f.category] = null
    else if (!blank(category) && category !== originalDoc?.[f.category]) {
      const categories = await loadCategories(ctx, req)
      if (!categories.some((c) => c.value === category)) {
        const allowed = categories.map((c) => `${c.value}（${c.label}）`).join('、')
        throw refusal(collection.slug, req, codedError('annualReport.category-unknown', String(category), allowed), '年度报告统计类别')
      }
    }
    for (const [name, code, label] of [
      [f.effectiveFrom, 'annualReport.effective-from-format', '施行日期'],
      [f.effectiveUntil, 'annualReport.effective-until-format', '有效期至'],
    ] as const) {
      const value = data[name]
      if (typeof value === 'string' && value.trim() === '') data[name] = null
      else if (!blank(value) && (typeof value !== 'string' || !isValidDate(value))) throw refusal(collection.slug, req, codedError(code), label)
    }
    const from = data[f.effectiveFrom] ?? originalDoc?.[f.effectiveFrom]
    const until = data[f.effectiveUntil] ?? originalDoc?.[f.effectiveUntil]
    if (typeof from === 'string' && typeof until === 'string' && from && until && until < from) {
      throw refusal(collection.slug, req, codedError('annualReport.effective-range'), '有效期至')
    }
    return data
  }

/** The documents collection with the fields (always, for one schema) and the check (when enabled). */
export const withReportFields = (collection: CollectionConfig, ctx: AnnualReportContext, enabled: boolean): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, reportFields(ctx)],
  hooks: enabled ? { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), checkReportFields(ctx)] } : collection.hooks,
})
