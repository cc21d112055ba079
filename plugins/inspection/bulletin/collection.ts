/**
 * 季度通报: one row per quarter whose 通报 was drafted — the item in the documents, its 成文日期 and 整改期限, and the
 * units it lists with their problems (what the 通报整改 rule follows up after publication). Written by the endpoint
 * only; an admin deletes it (with the item) to draft again.
 */
import type { CollectionConfig, CollectionSlug } from 'payload'
import type { ResolvedInspectionOptions } from '../options'
import { BULLETINS_SLUG } from './defaults'

export const inspectionBulletins = ({ actors, documents, users }: ResolvedInspectionOptions, slug = BULLETINS_SLUG): CollectionConfig => ({
  slug,
  labels: { singular: '季度通报', plural: '季度通报' },
  admin: { useAsTitle: 'title', defaultColumns: ['quarter', 'title', 'issuedOn', 'deadline', 'document'], group: '督办', description: '由“生成通报”创建；通报经三审发布后，所列单位收到整改督办通知。' },
  defaultSort: '-quarter',
  access: { read: actors.staffWith('admin', 'approver', 'secrecy'), create: actors.nobody, update: actors.nobody, delete: actors.adminOnly },
  fields: [
    { name: 'quarter', type: 'text', label: '季度', required: true, unique: true, index: true },
    { name: 'title', type: 'text', label: '标题', required: true },
    { name: 'document', type: 'relationship', relationTo: documents as CollectionSlug, label: '通报稿件', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'issuedOn', type: 'text', label: '成文日期', required: true },
        { name: 'deadline', type: 'text', label: '整改期限', required: true },
      ],
    },
    { name: 'createdBy', type: 'relationship', relationTo: users.slug as CollectionSlug, label: '生成人' },
    { name: 'units', type: 'json', label: '通报单位及问题', required: true },
  ],
})
