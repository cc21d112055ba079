/** 部门: the county office, bureaus, townships and subdistricts that publish and answer for information. */
import type { CollectionBeforeValidateHook, CollectionConfig, PayloadRequest } from 'payload'
import { messageOf } from '../domain/errors'
import { codeSchemeError, departmentCodeError, impliedCodeScheme, type CodeSchemeValue } from '../domain/organizationCode'
import { CODE_SCHEMES, DEPARTMENT_KINDS } from '../domain/vocabulary'
import { getSettings } from '../hooks/settings/getSettings'
import { anyone, staffOnlyField, systemAdminOnly } from '../hooks/access/rules'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'

export const DEPARTMENT_PUBLIC_PATHS = ['id', 'name', 'kind'] as const

/** A department saved without a scheme records the one its code's length implies, so the scheme is always explicit. */
const recordCodeScheme: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || data.codeScheme || originalDoc?.codeScheme) return data
  const implied = impliedCodeScheme(data.code ?? originalDoc?.code)
  return implied ? { ...data, codeScheme: implied } : data
}

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: '部门', plural: '部门' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'code'], group: '系统管理' },
  access: { read: anyone, create: systemAdminOnly, update: systemAdminOnly, delete: systemAdminOnly },
  hooks: { beforeOperation: [guardPublicQuery(DEPARTMENT_PUBLIC_PATHS)], beforeValidate: [recordCodeScheme] },
  fields: [
    { name: 'name', type: 'text', label: '部门名称', required: true, unique: true },
    {
      name: 'codeScheme',
      type: 'select',
      label: '代码类型',
      options: CODE_SCHEMES.map((o) => ({ ...o })),
      access: { read: staffOnlyField },
      admin: { description: '索引号中的机构代码按哪种规则填写和校验；未选择时按位数确定（9位组织机构代码、18位统一社会信用代码）' },
      validate: (value: unknown, { siblingData }: { siblingData?: Record<string, unknown> }) =>
        value || impliedCodeScheme(siblingData?.code) ? true : messageOf('app.department-code-scheme'),
    },
    {
      name: 'code',
      type: 'text',
      label: '机构代码',
      required: true,
      unique: true,
      access: { read: staffOnlyField },
      admin: { description: '用于生成索引号：9位组织机构代码、18位统一社会信用代码，或地方编码（如甘州区 620702074）' },
      validate: async (value: unknown, { siblingData, req }: { siblingData?: Record<string, unknown>; req: PayloadRequest }) => {
        const scheme = (siblingData?.codeScheme as CodeSchemeValue | null | undefined) || impliedCodeScheme(value)
        if (!scheme) return departmentCodeError(value) ?? messageOf('app.department-code-scheme')
        const problem = codeSchemeError(value, scheme, scheme === 'local' ? (await getSettings(req)).localCodePattern : '')
        return problem ? messageOf('app.department-code', problem) : true
      },
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
