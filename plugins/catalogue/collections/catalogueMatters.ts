/**
 * 标准目录事项: one 公开事项 of a 领域 with the 指引's columns (公开内容, 依据, 时限, 主体, 对象, 方式, 层级, 渠道). The 时限 text
 * is kept as written; its structured deadline is derived on save and is what the audit applies.
 */
import type { CollectionConfig } from 'payload'
import { DEADLINE_KINDS } from '../../../domain/catalogue/timeLimit'
import { AUDIENCES, LEVELS, MODES } from '../defaults'
import { parseDeadline } from '../hooks/parseDeadline'
import type { ResolvedCatalogueOptions } from '../options'

const options = (list: ReadonlyArray<{ value: string; label: string }>) => list.map((o) => ({ ...o }))

export const catalogueMatters = ({ domains, matters, actors, adminGroup }: ResolvedCatalogueOptions, enabled: boolean): CollectionConfig => ({
  slug: matters,
  labels: { singular: '标准目录事项', plural: '标准目录事项' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'domain', 'group', 'timeLimit', 'level'], group: adminGroup, listSearchableFields: ['title', 'group', 'content'] },
  defaultSort: 'order',
  access: { read: actors.staffOnly, create: actors.systemAdminOnly, update: actors.systemAdminOnly, delete: actors.systemAdminOnly },
  hooks: enabled ? { beforeChange: [parseDeadline] } : {},
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'domain', type: 'relationship', relationTo: domains as never, label: '领域', required: true, index: true },
        { name: 'group', type: 'text', label: '一级事项', maxLength: 100 },
        { name: 'title', type: 'text', label: '二级事项', required: true, maxLength: 200 },
      ],
    },
    { name: 'content', type: 'textarea', label: '公开内容（要素）' },
    { name: 'basis', type: 'textarea', label: '公开依据' },
    {
      type: 'row',
      fields: [
        { name: 'timeLimit', type: 'text', label: '公开时限', required: true, maxLength: 200, admin: { description: '按指引原文填写，例如：信息形成或者变更之日起20个工作日内' } },
        { name: 'subject', type: 'text', label: '公开主体', maxLength: 200 },
      ],
    },
    {
      name: 'deadline',
      type: 'group',
      label: '时限（系统识别）',
      admin: { description: '保存时由“公开时限”自动识别；巡检按工作日/自然日时限检查对应栏目的信息' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', label: '类型', options: options(DEADLINE_KINDS), admin: { readOnly: true } },
            { name: 'days', type: 'number', label: '天数', admin: { readOnly: true } },
            { name: 'annualDate', type: 'text', label: '每年截止（月-日）', admin: { readOnly: true } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'audience', type: 'select', hasMany: true, label: '公开对象', options: options(AUDIENCES) },
        { name: 'mode', type: 'select', hasMany: true, label: '公开方式', options: options(MODES) },
        { name: 'level', type: 'select', hasMany: true, label: '公开层级', options: options(LEVELS) },
      ],
    },
    { name: 'channels', type: 'text', label: '公开渠道和载体', maxLength: 300 },
    { name: 'source', type: 'text', label: '来源', maxLength: 500, admin: { description: '本条内容的出处（指引或已发布的县级目录）' } },
    { name: 'order', type: 'number', label: '排序', defaultValue: 0, index: true },
  ],
})
