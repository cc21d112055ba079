/**
 * 安全审计日志 (GB/T 22239-2019 8.1.4.3, 8.1.5.2): logins, failures, logouts, account, role and settings
 * changes, deletions, workflow actions and exports, as a hash chain. Written only by the server (the security
 * plugin's appendSecurityEvent, straight through the database adapter); no API — not even the Local API with
 * overrideAccess — creates, changes or deletes an entry. Read and exported by the 审计管理员 alone.
 */
import type { CollectionConfig } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { codedError, messageOf } from '../../../domain/errors'
import { SECURITY_EVENT_OPTIONS, SECURITY_OUTCOMES } from '../../../domain/security/securityEvents'
import { SECURITY_EVENTS_SLUG } from '../defaults'

export const SECURITY_LOG_IMMUTABLE = messageOf('security.log-immutable')

const text = (name: string, label: string, extra: Record<string, unknown> = {}) => ({ name, type: 'text' as const, label, ...extra })

export const securityEvents = (rules: ActorRules): CollectionConfig => ({
  slug: SECURITY_EVENTS_SLUG,
  labels: { singular: '安全审计记录', plural: '安全审计日志' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['seq', 'at', 'event', 'outcome', 'actorName', 'actorEmail', 'ip', 'summary'],
    listSearchableFields: ['summary', 'actorName', 'actorEmail', 'ip'],
    group: '安全审计',
    description: '只能由系统追加，逐条以哈希链相连，任何修改或删除都会被校验发现。仅审计管理员可查看和导出（导出本身也记入日志）。',
    hidden: ({ user }) => !rules.hasRole(user, 'audit-admin'),
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-seq',
  timestamps: false,
  access: { read: rules.auditAdminOnly, create: rules.nobody, update: rules.nobody, delete: rules.nobody },
  hooks: {
    beforeOperation: [
      ({ operation }) => {
        if (operation === 'create' || operation === 'update' || operation === 'delete') throw codedError('security.log-immutable')
      },
    ],
  },
  fields: [
    { name: 'seq', type: 'number', label: '序号', required: true, unique: true, index: true },
    { name: 'at', type: 'date', label: '时间', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'event', type: 'select', label: '事件', required: true, index: true, options: SECURITY_EVENT_OPTIONS },
    { name: 'outcome', type: 'select', label: '结果', options: SECURITY_OUTCOMES.map(([value, label]) => ({ value, label })) },
    // Plain text, never relations: deleting an account must not rewrite (and so break) the entries about it.
    text('actorId', '操作人编号'),
    text('actorName', '操作人'),
    text('actorEmail', '账号邮箱', { index: true }),
    text('actorRoles', '操作人角色'),
    text('ip', '来源地址'),
    text('targetCollection', '对象类型'),
    text('targetId', '对象编号'),
    text('summary', '摘要'),
    { name: 'details', type: 'json', label: '详情' },
    text('prevHash', '上一条哈希'),
    text('hash', '本条哈希'),
  ],
})
