/**
 * 公开内容变更记录: the change feed's log. One row per public item (compacted: a new change replaces the
 * item's row and takes a new sequence number), plus one counter row that hands out the sequence numbers.
 * Written only by the content API hooks, in the transaction of the change; never readable anonymously.
 */
import type { CollectionConfig } from 'payload'
import { PUBLIC_CHANGES_SLUG } from '../defaults'
import type { ResolvedOptions } from '../options'

/** `key` of the counter row; its `seq` is the last sequence number handed out. */
export const SEQUENCE_KEY = '__sequence__'

export const publicChangesCollection = ({ collections, rules }: ResolvedOptions): CollectionConfig => ({
  slug: PUBLIC_CHANGES_SLUG,
  labels: { singular: '公开内容变更', plural: '公开内容变更记录' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['seq', 'subjectCollection', 'itemId', 'op', 'at'],
    group: '系统管理',
    description: '静态站点增量同步（/api/public/changes）所依据的变更记录，由系统自动写入。',
    // The counter row is bookkeeping, not a change: the list leaves it out (the feed reads the collection itself).
    baseFilter: () => ({ op: { not_equals: 'sequence' } }),
  },
  defaultSort: '-seq',
  graphQL: false,
  access: { read: rules.adminOnly, create: rules.nobody, update: rules.nobody, delete: rules.nobody },
  fields: [
    { name: 'key', type: 'text', label: '键', required: true, unique: true, index: true },
    { name: 'seq', type: 'number', label: '序号', required: true, index: true },
    {
      name: 'subjectCollection',
      type: 'select',
      label: '集合',
      options: Object.entries(collections).map(([value, { label }]) => ({ value, label })),
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
})
