/**
 * 公开内容变更记录: the change feed's log. One row per public item (compacted: a new change replaces the
 * item's row and takes a new sequence number), plus one counter row that hands out the sequence numbers.
 * Written only by the content API hooks, in the transaction of the change; never readable anonymously.
 */
import type { CollectionConfig } from 'payload'
import { adminOnly, nobody } from '../../../hooks/access/rules'

export const PUBLIC_CHANGE_COLLECTIONS = ['columns', 'documents', 'interpretations', 'new-media-accounts'] as const
export type PublicChangeCollection = (typeof PUBLIC_CHANGE_COLLECTIONS)[number]
/** `key` of the counter row; its `seq` is the last sequence number handed out. */
export const SEQUENCE_KEY = '__sequence__'

export const PublicChanges: CollectionConfig = {
  slug: 'public-changes',
  labels: { singular: '公开内容变更', plural: '公开内容变更记录' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['seq', 'subjectCollection', 'itemId', 'op', 'at'],
    group: '系统管理',
    description: '静态站点增量同步（/api/public/changes）所依据的变更记录，由系统自动写入。',
  },
  defaultSort: '-seq',
  graphQL: false,
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', label: '键', required: true, unique: true, index: true },
    { name: 'seq', type: 'number', label: '序号', required: true, index: true },
    {
      name: 'subjectCollection',
      type: 'select',
      label: '集合',
      options: [
        { value: 'columns', label: '栏目' },
        { value: 'documents', label: '政府信息' },
        { value: 'interpretations', label: '政策解读' },
        { value: 'new-media-accounts', label: '政务新媒体' },
      ],
    },
    { name: 'itemId', type: 'text', label: '条目ID' },
    {
      name: 'op',
      type: 'select',
      label: '操作',
      required: true,
      index: true,
      options: [
        { value: 'upsert', label: '发布或更新' },
        { value: 'delete', label: '撤下' },
        { value: 'sequence', label: '序号计数器' },
      ],
    },
    { name: 'at', type: 'date', label: '时间', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
