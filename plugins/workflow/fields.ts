/** The workflow fields added to each reviewed collection; staff-only, written by the workflow alone. */
import type { CollectionAfterReadHook, Field, FieldAccess } from 'payload'
import { REVIEW_STATES, STAGES } from '../../domain/workflow/states'
import { WORKFLOW_COMPONENTS } from './components/paths'
import type { ResolvedOptions } from './options'

export const workflowFields = ({ rules, userSlug }: Pick<ResolvedOptions, 'rules' | 'userSlug'>): Field[] => {
  const staff: FieldAccess = ({ req }) => rules.isStaff(req)
  const never: FieldAccess = () => false
  const system = { read: staff, create: never, update: never }
  const user = userSlug
  return [
    {
      name: 'reviewState',
      type: 'select',
      label: '审核状态',
      defaultValue: 'draft',
      index: true,
      options: REVIEW_STATES.map((s) => ({ ...s })),
      access: system,
      // Shown as the 审核面板 (state, pre-check, actions, signatures, register entries).
      admin: { position: 'sidebar', readOnly: true, components: { Field: WORKFLOW_COMPONENTS.reviewPanel, Cell: WORKFLOW_COMPONENTS.reviewStateCell } },
    },
    { name: 'submittedBy', type: 'relationship', relationTo: user, label: '提交人', access: system, admin: { hidden: true } },
    { name: 'submittedAt', type: 'date', label: '提交时间', access: system, admin: { hidden: true } },
    { name: 'contentHash', type: 'text', label: '内容指纹', access: system, admin: { hidden: true } },
    // Separation of duties: the people who wrote this version sign none of its reviews (see authorship.ts).
    { name: 'author', type: 'relationship', relationTo: user, label: '编写人', access: system, admin: { hidden: true } },
    { name: 'contentEditors', type: 'relationship', relationTo: user, hasMany: true, label: '本稿修改人', access: system, admin: { hidden: true } },
    {
      name: 'signatures',
      type: 'array',
      label: '审核签名',
      labels: { singular: '审核签名', plural: '审核签名' },
      access: system,
      admin: { hidden: true },
      fields: [
        { name: 'stage', type: 'select', label: '审核环节', options: STAGES.map((s) => ({ ...s })), required: true },
        { name: 'user', type: 'relationship', relationTo: user, label: '审核人' },
        { name: 'userName', type: 'text', label: '审核人姓名' },
        { name: 'opinion', type: 'textarea', label: '审核意见' },
        { name: 'at', type: 'date', label: '审核时间' },
        { name: 'contentHash', type: 'text', label: '所签内容指纹' },
      ],
    },
    { name: 'precheckFindings', type: 'json', label: '预审结果', access: system, admin: { hidden: true } },
    {
      name: 'precheckAcknowledgements',
      type: 'array',
      label: '预审确认',
      labels: { singular: '预审确认', plural: '预审确认' },
      access: system,
      admin: { hidden: true },
      fields: [
        { name: 'key', type: 'text', label: '预审问题', required: true },
        { name: 'note', type: 'textarea', label: '确认意见', required: true },
        { name: 'user', type: 'relationship', relationTo: user, label: '确认人' },
        { name: 'at', type: 'date', label: '确认时间' },
      ],
    },
    { name: 'publishAt', type: 'date', label: '定时发布时间', index: true, access: system, admin: { hidden: true } },
    { name: 'forcePublished', type: 'checkbox', label: '强制发布待补签', index: true, access: system, admin: { hidden: true } },
    { name: 'forcePublishedBy', type: 'relationship', relationTo: user, label: '强制发布人', access: system, admin: { hidden: true } },
    { name: 'forcePublishReason', type: 'textarea', label: '强制发布理由', access: system, admin: { hidden: true } },
    { name: 'withdrawnAt', type: 'date', label: '撤回时间', access: system, admin: { hidden: true } },
    { name: 'withdrawReason', type: 'textarea', label: '撤回理由', access: system, admin: { hidden: true } },
  ]
}

/** Review fields never reach anonymous readers, not even as empty arrays. */
export const stripWorkflowFields =
  (options: Pick<ResolvedOptions, 'rules' | 'userSlug'>): CollectionAfterReadHook => {
    const names = workflowFields(options).flatMap((field) => ('name' in field ? [field.name] : []))
    return ({ doc, req }) => {
      // Local API calls are the system itself (seed, scheduler, audits); only outside readers are stripped.
      if (options.rules.isStaff(req) || req.payloadAPI === 'local') return doc
      for (const name of names) delete doc[name]
      return doc
    }
  }
