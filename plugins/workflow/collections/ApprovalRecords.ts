/** 发布审批台账: one row per workflow transition, append-only and kept permanently (信息发布登记台账, docs/workflow.md). */
import type { CollectionConfig, Field, Where } from 'payload'
import { ACTIONS, REVIEW_STATES } from '../../../domain/workflow/states'
import { ROLES } from '../../../domain/vocabulary'
import { codedError, messageOf } from '../../../domain/errors'
import { REGISTER_SLUG } from '../defaults'
import type { ResolvedOptions } from '../options'

export const RECORD_CONTEXT = 'gongkaiApprovalRecord'
export const REGISTER_IMMUTABLE = messageOf('workflow.register-immutable')

export const approvalRecords = (options: ResolvedOptions): CollectionConfig => {
  const { rules } = options
  const department: Field[] = options.departments
    ? [{ name: 'department', type: 'relationship', relationTo: options.departments, label: '报送部门', index: true }]
    : []
  return {
    slug: REGISTER_SLUG,
    labels: { singular: '发布审批记录', plural: '发布审批台账' },
    admin: {
      useAsTitle: 'subjectTitle',
      defaultColumns: ['at', 'subjectTitle', 'action', 'fromState', 'toState', 'actorName', ...(options.departments ? ['department'] : []), 'opinion'],
      listSearchableFields: ['subjectTitle', 'actorName', 'opinion'],
      group: '审核管理',
      description: '每一次提交、审核、退回、发布、撤回都记录在此，只能追加，不能修改或删除。',
    },
    defaultSort: '-at',
    access: { read: options.departments ? rules.readScoped<Where>(false) : rules.staffOnly, create: rules.nobody, update: rules.nobody, delete: rules.nobody },
    hooks: {
      beforeChange: [
        ({ operation, req }) => {
          if (operation !== 'create' || !req.context?.[RECORD_CONTEXT]) throw codedError('workflow.register-immutable')
        },
      ],
      beforeDelete: [
        () => {
          throw codedError('workflow.register-immutable')
        },
      ],
    },
    fields: [
      { name: 'subject', type: 'relationship', relationTo: Object.values(options.collections).map((c) => c.slug), label: '稿件', required: true, index: true },
      { name: 'subjectTitle', type: 'text', label: '标题', required: true },
      { name: 'version', type: 'text', label: '版本' },
      { name: 'contentHash', type: 'text', label: '内容指纹' },
      { name: 'action', type: 'select', label: '操作', required: true, index: true, options: ACTIONS.map((a) => ({ ...a })) },
      { name: 'fromState', type: 'select', label: '原状态', options: REVIEW_STATES.map((s) => ({ ...s })) },
      { name: 'toState', type: 'select', label: '新状态', options: REVIEW_STATES.map((s) => ({ ...s })) },
      { name: 'actor', type: 'relationship', relationTo: options.userSlug, label: '操作人' },
      { name: 'actorName', type: 'text', label: '操作人姓名' },
      { name: 'actorRoles', type: 'select', hasMany: true, label: '操作人角色', options: ROLES.map((r) => ({ ...r })) },
      ...department,
      { name: 'disclosure', type: 'text', label: '公开属性' },
      { name: 'opinion', type: 'textarea', label: '意见或原因' },
      { name: 'precheck', type: 'json', label: '预审结果' },
      { name: 'at', type: 'date', label: '时间', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
}
