/** 季度检查快照: a quarter's figures, findings and scores at its close. Written once by freezeQuarter, never changed. */
import type { CollectionConfig, CollectionSlug } from 'payload'
import type { ResolvedInspectionOptions } from '../options'

export const inspectionSnapshots = ({ snapshots, users, actors }: ResolvedInspectionOptions): CollectionConfig => ({
  slug: snapshots,
  labels: { singular: '季度检查快照', plural: '季度检查快照' },
  admin: { useAsTitle: 'quarter', defaultColumns: ['quarter', 'frozenAt', 'frozenBy'], group: '督办', description: '季度结束后由网站管理员冻结，冻结后不可修改或删除。' },
  defaultSort: '-quarter',
  // The data holds every department's row: the whole office reads it, editors use the quarter endpoint (own row).
  access: { read: actors.staffWith('admin', 'approver', 'secrecy'), create: actors.nobody, update: actors.nobody, delete: actors.nobody },
  fields: [
    { name: 'quarter', type: 'text', label: '季度', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'text', label: '起始日', required: true },
        { name: 'to', type: 'text', label: '截止日', required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'frozenAt', type: 'date', label: '冻结时间', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'frozenBy', type: 'relationship', relationTo: users.slug as CollectionSlug, label: '冻结人' },
      ],
    },
    { name: 'data', type: 'json', label: '快照数据', required: true },
  ],
})
