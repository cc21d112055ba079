/** 政务新媒体发文台账: posts per account and month, entered by the account's department or imported from the platform's export. */
import type { CollectionConfig, CollectionSlug, Where } from 'payload'
import type { ResolvedInspectionOptions } from '../options'
import { checkPostEntry } from '../checkPostEntry'

export const POST_SOURCES = [
  { value: 'entered', label: '手工录入' },
  { value: 'imported', label: '导入' },
] as const

export const newMediaPosts = (resolved: ResolvedInspectionOptions): CollectionConfig => ({
  slug: resolved.posts,
  labels: { singular: '新媒体发文记录', plural: '新媒体发文台账' },
  admin: { useAsTitle: 'month', defaultColumns: ['account', 'month', 'count', 'source', 'department'], group: '内容管理' },
  defaultSort: '-month',
  // Staff of the account's department (and the admins); the department is the account's, set on save.
  access: {
    read: resolved.actors.readScoped<Where>(false),
    create: resolved.actors.staffWith('admin', 'editor'),
    update: ({ req }) => {
      if (!resolved.actors.isStaff(req)) return false
      if (resolved.actors.hasRole(req.user, 'admin')) return true
      const own = resolved.users.departmentOf(req.user)
      return resolved.actors.hasRole(req.user, 'editor') && own !== null ? { department: { equals: own } } : false
    },
    delete: resolved.actors.adminOnly,
  },
  hooks: { beforeChange: [checkPostEntry(resolved)] },
  fields: [
    {
      name: 'account',
      type: 'relationship',
      relationTo: resolved.newMediaAccounts as CollectionSlug,
      label: '账号',
      required: true,
      index: true,
      // Editors pick among their own department's accounts.
      filterOptions: ({ req }) => {
        // The system's own writes (no user) and admins pick any account.
        if (!resolved.actors.isStaff(req) || resolved.actors.hasRole(req.user, 'admin')) return true
        const own = resolved.users.departmentOf(req.user)
        return own === null ? false : { department: { equals: own } }
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'month', type: 'text', label: '统计月份', required: true, index: true, admin: { description: 'yyyy-MM，例如 2026-10' } },
        { name: 'count', type: 'number', label: '发文数', required: true, min: 0 },
        { name: 'source', type: 'select', label: '来源', required: true, defaultValue: 'entered', options: POST_SOURCES.map((s) => ({ ...s })), admin: { readOnly: true } },
      ],
    },
    { name: 'department', type: 'relationship', relationTo: resolved.departments as CollectionSlug, label: '主办单位', index: true, admin: { readOnly: true, description: '保存时取账号的主办单位' } },
  ],
})
