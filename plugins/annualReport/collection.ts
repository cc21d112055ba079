/**
 * 年度报告草稿: what people write (sections 一, 五, 六) and enter (section 二's decision counts and fee amount, section
 * 四) for one year and one department, or the whole government (no department). Staff only, scoped like the
 * 依申请公开 register: the 网站管理员 all drafts, everyone else their own department's. Computed parts are never stored
 * as truth: the endpoints recompute them; `snapshot` keeps what was computed when the document was generated.
 */
import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Field, Where } from 'payload'
import { ValidationError } from 'payload'
import { DECISION_ROWS, rowLabel } from '../../domain/annualReport/categories'
import { REVIEW_GROUPS, REVIEW_RESULTS } from '../../domain/annualReport/reviews'
import { codedError, type CodedError } from '../../domain/errors'
import type { AnnualReportContext } from './context'
import { SYSTEM_WRITE } from './defaults'

type User = Parameters<AnnualReportContext['users']['departmentOf']>[0]

/** The 网站管理员 all drafts; other staff their department's; nobody else. */
export const draftScope =
  (ctx: AnnualReportContext) =>
  ({ req }: { req: { user?: unknown } }): boolean | Where => {
    if (!ctx.actors.isStaff(req as never)) return false
    if (ctx.actors.hasRole(req.user as User, 'admin')) return true
    const department = ctx.users.departmentOf(req.user as User)
    return department === null ? false : { department: { equals: department } }
  }

const FIGURES = [...DECISION_ROWS, 'fee'] as const
const figureLabel = (row: (typeof FIGURES)[number]) => (row === 'fee' ? '行政事业性收费本年收费金额（万元）' : `${rowLabel(row)}本年处理决定数量`)

const refusal = (ctx: AnnualReportContext, req: { t: never }, error: CodedError, path: string, label: string) =>
  new ValidationError({ collection: ctx.slug, errors: [{ path, message: error.message, label }] }, req.t)

/**
 * Who entered each figure and when (stamped when its value changes), the department rule, the figures' range; the
 * generated document and the snapshot are the plugin's own.
 */
const draftRules =
  (ctx: AnnualReportContext): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (req.context?.[SYSTEM_WRITE]) return data
    const user = req.user as User
    for (const field of ['document', 'snapshot', 'generatedAt'] as const) {
      if (operation === 'update') data[field] = originalDoc?.[field]
      else delete data[field]
    }
    const year = data.year ?? originalDoc?.year
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw refusal(ctx, req as never, codedError('annualReport.year-invalid'), 'year', '年度')
    if (ctx.actors.isStaff(req) && !ctx.actors.hasRole(user, 'admin')) {
      const department = 'department' in data ? data.department : originalDoc?.department
      const id = department && typeof department === 'object' ? (department as { id: unknown }).id : department
      const own = ctx.users.departmentOf(user)
      if (own === null || id === null || id === undefined || String(id) !== String(own)) {
        throw refusal(ctx, req as never, codedError('annualReport.own-department'), 'department', '部门')
      }
    }
    const figures: Record<string, Record<string, unknown>> = { ...(originalDoc?.figures ?? {}), ...(data.figures ?? {}) }
    for (const row of FIGURES) {
      const incoming = (data.figures?.[row] ?? null) as Record<string, unknown> | null
      const stored = (originalDoc?.figures?.[row] ?? {}) as Record<string, unknown>
      const value = incoming && 'value' in incoming ? incoming.value : stored.value
      if (value !== null && value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
        throw refusal(ctx, req as never, codedError('annualReport.figure-invalid', figureLabel(row)), `figures.${row}.value`, figureLabel(row))
      }
      const changed = (value ?? null) !== (stored.value ?? null)
      figures[row] = changed
        ? { value: value ?? null, enteredBy: value === null || value === undefined ? null : (req.user?.id ?? null), enteredAt: value === null || value === undefined ? null : new Date().toISOString() }
        : { value: stored.value ?? null, enteredBy: stored.enteredBy ?? null, enteredAt: stored.enteredAt ?? null }
    }
    data.figures = figures
    const department = 'department' in data ? data.department : originalDoc?.department
    const departmentId = department && typeof department === 'object' ? (department as { id: string | number }).id : (department as string | number | null | undefined)
    const named = departmentId
      ? ((await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id: departmentId, depth: 0, overrideAccess: true, disableErrors: true, req })) as { name?: string } | null)
      : null
    data.title = `${year}年度 · ${departmentId ? (named?.name ?? `部门 ${departmentId}`) : '全县政府'}`
    return data
  }

const figureGroup = (ctx: AnnualReportContext, row: (typeof FIGURES)[number]): Field => ({
  name: row,
  type: 'group',
  label: figureLabel(row),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', label: row === 'fee' ? '金额（万元）' : '数量', min: 0 },
        { name: 'enteredBy', type: 'relationship', relationTo: ctx.users.slug as CollectionSlug, label: '填报人', admin: { readOnly: true } },
        { name: 'enteredAt', type: 'date', label: '填报时间', admin: { readOnly: true } },
      ],
    },
  ],
})

export const draftsCollection = (ctx: AnnualReportContext): CollectionConfig => {
  const scope = draftScope(ctx)
  return {
    slug: ctx.slug,
    labels: { singular: '年度报告草稿', plural: '年度报告草稿' },
    admin: {
      useAsTitle: 'title',
      group: ctx.adminGroup,
      defaultColumns: ['title', 'year', 'department', 'document', 'updatedAt'],
      description:
        '政府信息公开工作年度报告（条例第四十九、五十条；国办公开办函〔2021〕30号）：第二部分的文件数、第三部分的申请情况和第六部分的信息处理费由系统每次重新统计，其余内容在此填写。',
    },
    access: { read: scope, create: scope as never, update: scope, delete: scope },
    hooks: { beforeChange: [draftRules(ctx)] },
    fields: [
      // 2026年度 · 县民政局 (or 全县政府), kept by the hook.
      { name: 'title', type: 'text', label: '名称', admin: { readOnly: true } },
      {
        type: 'row',
        fields: [
          { name: 'year', type: 'number', label: '年度', required: true, index: true, min: 1000, max: 9999 },
          { name: 'department', type: 'relationship', relationTo: ctx.departments as CollectionSlug, label: '部门', index: true, admin: { description: '留空为全县政府年度报告（仅网站管理员）' } },
          {
            name: 'publisher',
            type: 'relationship',
            relationTo: ctx.departments as CollectionSlug,
            label: '发布机构',
            admin: { description: '全县政府年度报告生成稿件时的发布机构（通常为县人民政府办公室）', condition: (data) => !data?.department },
          },
        ],
      },
      { name: 'overview', type: 'textarea', label: '一、总体情况' },
      {
        name: 'figures',
        type: 'group',
        label: '二、主动公开政府信息情况（须填报的数字）',
        admin: { description: '规章和行政规范性文件的件数由系统根据政府信息的“年度报告统计类别”统计，无需填写' },
        fields: FIGURES.map((row) => figureGroup(ctx, row)),
      },
      {
        name: 'reviews',
        type: 'group',
        label: '四、政府信息公开行政复议、行政诉讼情况',
        admin: { description: '“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和' },
        fields: REVIEW_GROUPS.map(
          (g): Field => ({
            name: g.value,
            type: 'group',
            label: g.parent ? `${g.parent}（${g.label}）` : g.label,
            fields: [{ type: 'row', fields: REVIEW_RESULTS.map((r): Field => ({ name: r.value, type: 'number', label: r.label, min: 0 })) }],
          }),
        ),
      },
      { name: 'improvements', type: 'textarea', label: '五、存在的主要问题及改进情况' },
      { name: 'other', type: 'textarea', label: '六、其他需要报告的事项', admin: { description: '信息处理费的收取情况由系统根据申请办理记录统计，附在本部分之后' } },
      {
        type: 'row',
        fields: [
          { name: 'document', type: 'relationship', relationTo: ctx.documents as CollectionSlug, label: '生成的稿件', admin: { readOnly: true } },
          { name: 'generatedAt', type: 'date', label: '生成时间', admin: { readOnly: true } },
        ],
      },
      { name: 'snapshot', type: 'json', label: '生成时的统计结果', admin: { readOnly: true, description: '生成稿件时的统计快照，仅供核对；报告以重新统计的结果为准' } },
    ],
  }
}
