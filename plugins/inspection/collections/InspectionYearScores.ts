/**
 * 年终考核成绩: the year-end score of each department, entered by the 政务公开办 (网站管理员); with the year's frozen
 * quarters it makes the year's result (GET /api/inspection/years/:year).
 */
import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Where } from 'payload'
import { codedError } from '../../../domain/errors'
import { idOf } from '../../../domain/ids'
import { isInspectionYear } from '../../../domain/inspection/year'
import type { ResolvedInspectionOptions } from '../options'
import { loadInspectionSettings } from '../compute'
import { refusal } from '../refusal'

const checkYearScore =
  (resolved: ResolvedInspectionOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data } as { year?: unknown; score?: unknown; department?: unknown }
    if (!isInspectionYear(merged.year)) throw refusal(resolved.yearScores, req, codedError('inspection.year-score-year', String(merged.year ?? '')))
    const { fullScore } = await loadInspectionSettings(req.payload, req)
    if (typeof merged.score !== 'number' || !Number.isFinite(merged.score) || merged.score < 0 || merged.score > fullScore) throw refusal(resolved.yearScores, req, codedError('inspection.year-score-range', String(fullScore)))
    const department = idOf(merged.department)
    const others = await req.payload.count({
      collection: resolved.yearScores as CollectionSlug,
      where: { and: [{ year: { equals: merged.year } }, { department: { equals: department } }, ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }])] },
      overrideAccess: true,
      req,
    })
    if (others.totalDocs > 0) throw refusal(resolved.yearScores, req, codedError('inspection.year-score-duplicate', String(merged.year)))
    return data
  }

export const inspectionYearScores = (resolved: ResolvedInspectionOptions): CollectionConfig => ({
  slug: resolved.yearScores,
  labels: { singular: '年终考核成绩', plural: '年终考核成绩' },
  admin: {
    useAsTitle: 'note',
    defaultColumns: ['year', 'department', 'score', 'note'],
    group: '督办',
    description: '各单位的年终考核得分。年度成绩 = 已冻结季度的平均分 × 日常考核权重 + 年终考核成绩 × 年终考核权重（系统设置 › 季度检查），见季度检查看板的“年度考评”。',
  },
  access: {
    read: resolved.actors.readScoped<Where>(false),
    create: resolved.actors.adminOnly,
    update: resolved.actors.adminOnly,
    delete: resolved.actors.adminOnly,
  },
  hooks: { beforeChange: [checkYearScore(resolved)] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', label: '年度', required: true, index: true, admin: { description: '例如 2026', step: 1 } },
        { name: 'department', type: 'relationship', relationTo: resolved.departments as CollectionSlug, label: '被考核单位', required: true, index: true },
        { name: 'score', type: 'number', label: '年终考核成绩', required: true, admin: { description: '0 至满分（系统设置 › 季度检查 › 满分）' } },
      ],
    },
    { name: 'note', type: 'textarea', label: '考核说明' },
  ],
})
