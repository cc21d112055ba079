/** 人工扣分: findings of the rubric's items entered by hand (content quality, 保密), per quarter and department. */
import type { CollectionConfig, CollectionSlug, Where } from 'payload'
import type { ResolvedInspectionOptions } from '../options'
import { checkDeduction, keepFrozenDeduction } from '../checkDeduction'

export const inspectionDeductions = (resolved: ResolvedInspectionOptions): CollectionConfig => ({
  slug: resolved.deductions,
  labels: { singular: '人工扣分', plural: '人工扣分' },
  admin: { useAsTitle: 'note', defaultColumns: ['quarter', 'department', 'item', 'findings', 'note'], group: '督办', description: '人工检查发现的问题，计入该季度相应考核项的扣分；季度冻结后不可再改。' },
  access: {
    read: resolved.actors.readScoped<Where>(false),
    create: resolved.actors.adminOnly,
    update: resolved.actors.adminOnly,
    delete: resolved.actors.adminOnly,
  },
  hooks: { beforeChange: [checkDeduction(resolved)], beforeDelete: [keepFrozenDeduction(resolved)] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'quarter', type: 'text', label: '季度', required: true, index: true, admin: { description: '例如 2026Q4' } },
        { name: 'department', type: 'relationship', relationTo: resolved.departments as CollectionSlug, label: '被检查单位', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'item', type: 'text', label: '考核项', required: true, admin: { description: '考核细则中的项目代码，例如 content-quality' } },
        { name: 'findings', type: 'number', label: '问题数', required: true, min: 1, defaultValue: 1 },
      ],
    },
    { name: 'note', type: 'textarea', label: '问题说明', required: true },
  ],
})
