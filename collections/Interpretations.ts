/** 政策解读: an interpretation of a policy document, linked to it within the deadline. */
import type { CollectionConfig } from 'payload'
import { relationship, richText, upload } from 'payload/shared'
import { INTERPRETATION_FORMS } from '../domain/vocabulary'
import { adminOnly, readScoped, staffOnlyField, writeScoped } from '../hooks/access/rules'
import { ELIGIBLE_POLICY_WHERE, PUBLIC_INTERPRETATION_WHERE } from '../hooks/access/publicWhere'
import { ownDepartmentOnly, ownDepartmentProblem } from '../hooks/access/ownDepartmentOnly'
import { ownDepartmentDefault, ownDepartmentOptions } from '../hooks/access/pickers'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'
import { WORKFLOW_CONTEXT } from '../plugins/workflow'
import { rememberPublishedAttachments, syncAttachmentVisibility, syncAttachmentVisibilityOnDelete } from '../hooks/media/syncAttachmentVisibility'
import { refuseUnsafeRichText, richTextProblem } from '../hooks/validation/refuseUnsafeRichText'
import { refusedInFormState } from '../hooks/validation/formStateRefusal'
import { linkableAttachments, unlinkableAttachmentProblem } from '../hooks/media/linkableAttachments'

export const INTERPRETATION_PUBLIC_PATHS = [
  'id', 'title', 'policy', 'form', 'department', 'linkedAt', 'linkDeadline', 'linkedLate', 'publishedWithPolicy', 'interpreter', 'byPrincipal', 'createdAt', 'updatedAt', '_status',
] as const

export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  labels: { singular: '政策解读', plural: '政策解读' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'policy', 'form', 'department', '_status'], group: '内容管理' },
  versions: { drafts: true },
  defaultSort: '-createdAt',
  access: {
    read: readScoped(PUBLIC_INTERPRETATION_WHERE),
    readVersions: readScoped(false, 'version.department'),
    create: writeScoped(['editor']),
    update: writeScoped(['editor', 'reviewer']),
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [guardPublicQuery(INTERPRETATION_PUBLIC_PATHS)],
    beforeChange: [ownDepartmentOnly, refuseUnsafeRichText(['body']), linkableAttachments('media'), rememberPublishedAttachments('media')],
    afterChange: [syncAttachmentVisibility('media')],
    afterDelete: [syncAttachmentVisibilityOnDelete('media')],
  },
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true, maxLength: 300 },
    {
      name: 'policy',
      type: 'relationship',
      relationTo: 'documents',
      label: '所解读的政策文件',
      required: true,
      index: true,
      // The picker offers only policies an interpretation may be linked to (the hook gives the reason otherwise).
      // Validation of the workflow's own writes is the workflow's (a withdrawn policy's interpretation can still be withdrawn).
      filterOptions: ({ req }) => (req?.context?.[WORKFLOW_CONTEXT] ? true : ELIGIBLE_POLICY_WHERE),
      admin: { description: '只能选择主动公开或部分公开、未撤回的政策文件；政策文件公开发布后解读方可发布' },
    },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'select', label: '解读形式', required: true, defaultValue: 'text', options: INTERPRETATION_FORMS.map((o) => ({ ...o })) },
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          label: '解读机构',
          required: true,
          index: true,
          filterOptions: ownDepartmentOptions,
          defaultValue: ownDepartmentDefault,
          validate: refusedInFormState((value, { req }) => ownDepartmentProblem(req, value), relationship),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'interpreter', type: 'text', label: '解读人', maxLength: 100, admin: { description: '例如：县教育局局长 张三' } },
        // Seed 002: 单位主要领导解读不少于3次 a year; counted by the audit (interpretation-quota).
        { name: 'byPrincipal', type: 'checkbox', label: '解读人为单位主要负责人', defaultValue: false },
      ],
    },
    { name: 'body', type: 'richText', label: '解读内容', validate: refusedInFormState(richTextProblem, richText) },
    {
      name: 'media',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: '音视频及图解',
      validate: refusedInFormState((value, { req, previousValue }) => unlinkableAttachmentProblem(req, value, previousValue), upload),
    },
    {
      type: 'row',
      fields: [
        { name: 'linkedAt', type: 'date', label: '关联时间', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
        { name: 'linkDeadline', type: 'date', label: '关联时限', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
        { name: 'linkedLate', type: 'checkbox', label: '逾期关联', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
        // Seed 000: 解读信息须"与文件同时发布"; recorded at the first publication (the same Beijing day as the policy's).
        { name: 'publishedWithPolicy', type: 'checkbox', label: '与文件同时发布', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'policyWithdrawn',
      type: 'checkbox',
      label: '所解读的政策已撤回或不再公开',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false, read: staffOnlyField },
      admin: { readOnly: true, position: 'sidebar', description: '政策文件撤回时自动标记，解读随之从公开接口下线；政策重新发布后自动恢复' },
    },
  ],
}
