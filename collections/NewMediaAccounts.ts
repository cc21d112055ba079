/** 政务新媒体: accounts the departments run on WeChat, Weibo, Douyin… (谁开设、谁主办、谁管理). */
import type { CollectionConfig } from 'payload'
import { date, relationship } from 'payload/shared'
import { accountErrors } from '../domain/newMediaRules'
import { ACCOUNT_STATUSES, PLATFORMS } from '../domain/vocabulary'
import { readScoped, staffOnlyField, writeScoped, adminOnly } from '../hooks/access/rules'
import { PUBLIC_ACCOUNT_WHERE } from '../hooks/access/publicWhere'
import { ownDepartmentOnly, ownDepartmentProblem } from '../hooks/access/ownDepartmentOnly'
import { ownDepartmentDefault, ownDepartmentOptions } from '../hooks/access/pickers'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'
import { rejectInvalid } from '../hooks/validation/rejectInvalid'
import { refusedInFormState, ruleAt } from '../hooks/validation/formStateRefusal'
import { oneActiveAccountPerPlatform } from '../hooks/newMedia/oneActiveAccountPerPlatform'

export const ACCOUNT_PUBLIC_PATHS = ['id', 'name', 'platform', 'accountId', 'department', 'status', 'lastPostAt', 'createdAt', 'updatedAt'] as const

export const NewMediaAccounts: CollectionConfig = {
  slug: 'new-media-accounts',
  labels: { singular: '政务新媒体', plural: '政务新媒体' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'platform', 'department', 'status', 'lastPostAt'], group: '内容管理' },
  access: {
    read: readScoped(PUBLIC_ACCOUNT_WHERE),
    create: writeScoped(['editor']),
    update: writeScoped(['editor']),
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [guardPublicQuery(ACCOUNT_PUBLIC_PATHS)],
    beforeChange: [ownDepartmentOnly, rejectInvalid(accountErrors), oneActiveAccountPerPlatform],
  },
  fields: [
    { name: 'name', type: 'text', label: '账号名称', required: true },
    {
      type: 'row',
      fields: [
        { name: 'platform', type: 'select', label: '平台', required: true, options: PLATFORMS.map((o) => ({ ...o })) },
        { name: 'accountId', type: 'text', label: '账号ID（微信号、微博号等）' },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: '主办单位',
      required: true,
      index: true,
      filterOptions: ownDepartmentOptions,
      defaultValue: ownDepartmentDefault,
      validate: refusedInFormState((value, { req }) => ownDepartmentProblem(req, value), relationship),
    },
    { name: 'responsibleLeader', type: 'text', label: '分管负责人', access: { read: staffOnlyField } },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: '联系人', access: { read: staffOnlyField } },
        { name: 'contactPhone', type: 'text', label: '联系电话', access: { read: staffOnlyField } },
        { name: 'contactEmail', type: 'email', label: '联系邮箱', access: { read: staffOnlyField } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', label: '状态', required: true, defaultValue: 'active', index: true, options: ACCOUNT_STATUSES.map((o) => ({ ...o })) },
        { name: 'filedAt', type: 'date', label: '备案日期', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'closedAt', type: 'date', label: '注销日期', admin: { date: { pickerAppearance: 'dayOnly' } }, validate: refusedInFormState(ruleAt(accountErrors, 'closedAt'), date) },
      ],
    },
    { name: 'closureFiled', type: 'checkbox', label: '已办理注销备案', defaultValue: false, access: { read: staffOnlyField } },
    { name: 'lastPostAt', type: 'date', label: '最近更新时间' },
  ],
}
