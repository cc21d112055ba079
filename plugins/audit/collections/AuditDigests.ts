/**
 * 督办邮件: one digest per department per audit run. Its unique key (run and department) is written, with the
 * notices it carries, in the run's transaction before anything is sent, so no run mails anyone twice.
 */
import type { CollectionConfig } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { departmentField } from './AuditNotices'

export const DIGEST_STATUSES = [
  { value: 'pending', label: '待发送' },
  { value: 'sending', label: '发送中' },
  { value: 'sent', label: '已发送' },
  { value: 'failed', label: '发送失败' },
  { value: 'superseded', label: '已并入后续巡检' },
] as const

export const auditDigests = (slug: string, departments: string | null, actors: ActorRules): CollectionConfig => ({
  slug,
  labels: { singular: '督办邮件', plural: '督办邮件' },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'department', 'status', 'recipients', 'sentAt'], group: '督办' },
  defaultSort: '-createdAt',
  access: { read: actors.adminOnly, create: actors.nobody, update: actors.nobody, delete: actors.nobody },
  fields: [
    { name: 'key', type: 'text', label: '批次', required: true, unique: true, index: true },
    { name: 'runKey', type: 'text', label: '巡检批次', index: true },
    departmentField(departments, '责任单位'),
    { name: 'notices', type: 'json', label: '督办通知编号' },
    { name: 'subject', type: 'text', label: '邮件标题' },
    { name: 'html', type: 'code', label: 'HTML 正文', maxLength: 5_000_000, admin: { language: 'html' } },
    { name: 'text', type: 'textarea', label: '纯文本正文', maxLength: 5_000_000 },
    { name: 'recipients', type: 'text', label: '收件人' },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DIGEST_STATUSES.map((s) => ({ ...s })),
    },
    { name: 'attempts', type: 'number', label: '发送次数', defaultValue: 0 },
    { name: 'lastError', type: 'textarea', label: '错误' },
    { name: 'sentAt', type: 'date', label: '发送时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'messageId', type: 'text', label: '邮件标识（Message-ID）' },
  ],
})
