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
      admin: { position: 'sidebar', readOnly: true, components: { Field: WORKFLOW_COMPONENTS.reviewPanel } },
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
      access: system,
      admin: { hidden: true },
      fields: [
        { name: 'stage', type: 'select', options: STAGES.map((s) => ({ ...s })), required: true },
        { name: 'user', type: 'relationship', relationTo: user },
        { name: 'userName', type: 'text' },
        { name: 'opinion', type: 'textarea' },
        { name: 'at', type: 'date' },
        { name: 'contentHash', type: 'text' },
      ],
    },
    { name: 'precheckFindings', type: 'json', label: '预审结果', access: system, admin: { hidden: true } },
    {
      name: 'precheckAcknowledgements',
      type: 'array',
      label: '预审确认',
      access: system,
      admin: { hidden: true },
      fields: [
        { name: 'key', type: 'text', required: true },
        { name: 'note', type: 'textarea', required: true },
        { name: 'user', type: 'relationship', relationTo: user },
        { name: 'at', type: 'date' },
      ],
    },
    { name: 'publishAt', type: 'date', label: '定时发布时间', index: true, access: system, admin: { hidden: true } },
    { name: 'forcePublished', type: 'checkbox', label: '强制发布待补签', index: true, access: system, admin: { hidden: true } },
    { name: 'forcePublishedBy', type: 'relationship', relationTo: user, access: system, admin: { hidden: true } },
    { name: 'forcePublishReason', type: 'textarea', access: system, admin: { hidden: true } },
    { name: 'withdrawnAt', type: 'date', access: system, admin: { hidden: true } },
    { name: 'withdrawReason', type: 'textarea', access: system, admin: { hidden: true } },
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
