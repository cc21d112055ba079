/** The workflow fields added to each reviewed collection; staff-only, written by the workflow alone. */
import type { CollectionAfterReadHook, Field, FieldAccess } from 'payload'
import { REVIEW_STATES, STAGES } from '../../domain/workflow/states'
import { isStaff } from '../../hooks/access/roles'
import { WORKFLOW_COMPONENTS } from './components/paths'

const staff: FieldAccess = ({ req }) => isStaff(req)
const never: FieldAccess = () => false
const system = { read: staff, create: never, update: never }

export const workflowFields = (): Field[] => [
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
  { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: '提交人', access: system, admin: { hidden: true } },
  { name: 'submittedAt', type: 'date', label: '提交时间', access: system, admin: { hidden: true } },
  { name: 'contentHash', type: 'text', label: '内容指纹', access: system, admin: { hidden: true } },
  // Separation of duties: the people who wrote this version sign none of its reviews (see authorship.ts).
  { name: 'author', type: 'relationship', relationTo: 'users', label: '编写人', access: system, admin: { hidden: true } },
  { name: 'contentEditors', type: 'relationship', relationTo: 'users', hasMany: true, label: '本稿修改人', access: system, admin: { hidden: true } },
  {
    name: 'signatures',
    type: 'array',
    label: '审核签名',
    access: system,
    admin: { hidden: true },
    fields: [
      { name: 'stage', type: 'select', options: STAGES.map((s) => ({ ...s })), required: true },
      { name: 'user', type: 'relationship', relationTo: 'users' },
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
      { name: 'user', type: 'relationship', relationTo: 'users' },
      { name: 'at', type: 'date' },
    ],
  },
  { name: 'publishAt', type: 'date', label: '定时发布时间', index: true, access: system, admin: { hidden: true } },
  { name: 'forcePublished', type: 'checkbox', label: '强制发布待补签', index: true, access: system, admin: { hidden: true } },
  { name: 'forcePublishedBy', type: 'relationship', relationTo: 'users', access: system, admin: { hidden: true } },
  { name: 'forcePublishReason', type: 'textarea', access: system, admin: { hidden: true } },
  { name: 'withdrawnAt', type: 'date', access: system, admin: { hidden: true } },
  { name: 'withdrawReason', type: 'textarea', access: system, admin: { hidden: true } },
]

/** Review fields never reach anonymous readers, not even as empty arrays. */
export const stripWorkflowFields: CollectionAfterReadHook = ({ doc, req }) => {
  // Local API calls are the system itself (seed, scheduler, audits); only outside readers are stripped.
  if (isStaff(req) || req.payloadAPI === 'local') return doc
  for (const field of workflowFields()) if ('name' in field) delete doc[field.name]
  return doc
}
