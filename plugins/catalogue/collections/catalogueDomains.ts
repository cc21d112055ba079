/** 标准目录领域: the 26 领域 of the 基层政务公开标准指引, editable by the web office. */
import type { CollectionConfig } from 'payload'
import type { ResolvedCatalogueOptions } from '../options'

export const catalogueDomains = ({ domains, matters, actors, adminGroup }: ResolvedCatalogueOptions): CollectionConfig => ({
  slug: domains,
  labels: { singular: '标准目录领域', plural: '标准目录领域' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'lead'], group: adminGroup, description: '国务院部门制定的 26 个试点领域基层政务公开标准指引；县里可增删调整' },
  defaultSort: 'order',
  access: { read: actors.staffOnly, create: actors.systemAdminOnly, update: actors.systemAdminOnly, delete: actors.systemAdminOnly },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: '编号', maxLength: 10 },
        { name: 'name', type: 'text', label: '领域', required: true, unique: true, maxLength: 60 },
        { name: 'order', type: 'number', label: '排序', defaultValue: 0, index: true },
      ],
    },
    { name: 'lead', type: 'text', label: '标准指引制定部门', maxLength: 100 },
    { name: 'aliases', type: 'text', label: '曾用名/别称', maxLength: 100 },
    { name: 'matters', type: 'join', collection: matters as never, on: 'domain', label: '公开事项', admin: { allowCreate: true } },
  ],
})
