/** 栏目: the column tree of the portal, each column with its kind, update cycle and responsible 保障单位. */
import type { CollectionConfig } from 'payload'
import { createParentField } from '@payloadcms/plugin-nested-docs'
import { messageOf } from '../domain/errors'
import { COLUMN_KINDS, COLUMN_STATUSES } from '../domain/vocabulary'
import { isStaff } from '../hooks/access/roles'
import { adminOnly } from '../hooks/access/rules'
import { PUBLIC_COLUMN_WHERE } from '../hooks/access/publicWhere'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'

export const COLUMN_PUBLIC_PATHS = [
  'id', 'title', 'slug', 'parent', 'parent.slug', 'kind', 'updateCycleDays', 'department', 'createdAt', 'updatedAt',
  'breadcrumbs.url', 'breadcrumbs.doc',
] as const

export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: '栏目', plural: '栏目' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'kind', 'status', 'department'], group: '内容管理' },
  defaultSort: 'createdAt',
  access: {
    read: ({ req }) => (isStaff(req) ? true : PUBLIC_COLUMN_WHERE),
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: { beforeOperation: [guardPublicQuery(COLUMN_PUBLIC_PATHS)] },
  fields: [
    { name: 'title', type: 'text', label: '栏目名称', required: true },
    {
      name: 'slug',
      type: 'text',
      label: '栏目标识',
      required: true,
      unique: true,
      index: true,
      admin: { description: '用于网址，只能包含小写字母、数字和连字符，例如 gzdt' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
          ? true
          : messageOf('app.column-slug-format'),
    },
    {
      name: 'kind',
      type: 'select',
      label: '栏目类型',
      required: true,
      options: COLUMN_KINDS.map((o) => ({ ...o })),
    },
    {
      name: 'updateCycleDays',
      type: 'number',
      label: '更新周期（天）',
      min: 0,
      // An override only: empty follows the setting of the column's kind, so a later change of the setting reaches it.
      admin: { description: '留空则随系统设置中该栏目类型的更新周期（设置修改后自动生效）；填写则以本栏目为准，0 表示不设更新周期' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: '保障单位（责任部门）',
      // Derived where empty (domain/audit/columnScopes.ts): every column has a department the audit charges.
      admin: { description: '留空则由上级栏目的保障单位负责；顶级栏目留空由县政府办公室（部门类型“办公室”）负责。栏目督办通知发往该部门' },
    },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      defaultValue: 'open',
      options: COLUMN_STATUSES.map((o) => ({ ...o })),
    },
    // The nested-docs plugin keeps these two (by name) and fills them; declared here for their Chinese labels.
    createParentField('columns', { label: '上级栏目' }),
    {
      name: 'breadcrumbs',
      type: 'array',
      label: '栏目路径',
      labels: { singular: '路径层级', plural: '栏目路径' },
      localized: true,
      admin: { readOnly: true },
      fields: [
        { name: 'doc', type: 'relationship', relationTo: 'columns', label: '栏目', maxDepth: 0, admin: { disabled: true } },
        {
          type: 'row',
          fields: [
            { name: 'url', type: 'text', label: '路径', admin: { width: '50%' } },
            { name: 'label', type: 'text', label: '名称', admin: { width: '50%' } },
          ],
        },
      ],
    },
  ],
}
