/** 部门: the county office, bureaus, townships and subdistricts that publish and answer for information. */
import type { CollectionConfig } from 'payload'
import { departmentCodeError } from '../domain/organizationCode'
import { DEPARTMENT_KINDS } from '../domain/vocabulary'
import { anyone, staffOnlyField, systemAdminOnly } from '../hooks/access/rules'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'

export const DEPARTMENT_PUBLIC_PATHS = ['id', 'name', 'kind'] as const

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: '部门', plural: '部门' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'code'], group: '系统管理' },
  access: { read: anyone, create: systemAdminOnly, update: systemAdminOnly, delete: systemAdminOnly },
  hooks: { beforeOperation: [guardPublicQuery(DEPARTMENT_PUBLIC_PATHS)] },
  fields: [
    { name: 'name', type: 'text', label: '部门名称', required: true, unique: true },
    {
      name: 'code',
      type: 'text',
      label: '机构代码',
      required: true,
      unique: true,
      access: { read: staffOnlyField },
      admin: { description: '9位组织机构代码或18位统一社会信用代码，用于生成索引号' },
      validate: (value: unknown) => departmentCodeError(value) ?? true,
    },
    {
      name: 'kind',
      type: 'select',
      label: '部门类型',
      required: true,
      defaultValue: 'department',
      options: DEPARTMENT_KINDS.map((o) => ({ ...o })),
    },
    {
      name: 'noticeEmails',
      type: 'array',
      label: '督办通知邮箱',
      labels: { singular: '邮箱', plural: '邮箱' },
      access: { read: staffOnlyField },
      fields: [{ name: 'email', type: 'email', label: '邮箱', required: true }],
    },
    // The 索引号 counter lives on the department row so that allocating a serial locks that row for the
    // rest of the creating transaction: serials stay unique and gap-free under concurrent creates.
    { name: 'indexSerialYear', type: 'number', hidden: true },
    { name: 'indexSerialValue', type: 'number', hidden: true, defaultValue: 0 },
  ],
}
