/** 督办通知: one open notice per audit rule and subject, kept up to date by the daily audit and resolved by it. */
import type { CollectionConfig, CollectionSlug, Field, Where } from 'payload'
import { SEVERITIES } from '../../../domain/audit/auditRules'
import type { ActorRules } from '../../../domain/actors'
import { AUDIT_COMPONENTS } from '../components/paths'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

export type NoticesSchema = {
  slug: string
  rules: ReadonlyArray<{ id: string; title: string }>
  subjectTypes: ReadonlyArray<{ value: string; label: string }>
  /** The departments collection, or null: then the department is the host's own text code. */
  departments: string | null
  /** Subject types that are collections of the host: their notices link to the item. */
  collections?: readonly string[]
}

export const departmentField = (departments: string | null, label: string, index = false): Field =>
  departments
    ? { name: 'department', type: 'relationship', relationTo: departments as CollectionSlug, label, index }
    : { name: 'department', type: 'text', label, index }

export const auditNotices = ({ slug, rules, subjectTypes, departments, collections = [] }: NoticesSchema, actors: ActorRules): CollectionConfig => ({
  slug,
  labels: { singular: '督办通知', plural: '督办通知' },
  admin: {
    useAsTitle: 'subjectTitle',
    defaultColumns: ['severity', 'rule', 'subjectTitle', 'department', 'dueAt', 'status', 'lastSeenAt', 'emailedAt'],
    listSearchableFields: ['subjectTitle', 'message'],
    group: '督办',
    description: '由每日自动巡检生成和销号，不可手工修改。红色为逾期或单项否决，黄色为预警。',
  },
  defaultSort: '-lastSeenAt',
  // Staff read (editors and first reviewers within their department), anonymous never; only the audit writes.
  access: { read: actors.readScoped<Where>(false), create: actors.nobody, update: actors.nobody, delete: actors.nobody },
  fields: [
    // The severity in colour and a link to the item, above the fields.
    { name: 'subjectLink', type: 'ui', label: '督办对象', admin: { components: { Field: { path: AUDIT_COMPONENTS.noticeSubject, clientProps: { collections: [...collections] } } } } },
    { name: 'rule', type: 'select', label: '问题类型', required: true, index: true, options: rules.map((r) => ({ value: r.id, label: r.title })) },
    {
      name: 'severity',
      type: 'select',
      label: '等级',
      required: true,
      options: SEVERITIES.map((s) => ({ ...s })),
      admin: { components: { Cell: AUDIT_COMPONENTS.severityCell } },
    },
    {
      type: 'row',
      fields: [
        { name: 'subjectType', type: 'select', label: '对象类型', required: true, options: subjectTypes.map((s) => ({ ...s })) },
        { name: 'subjectId', type: 'text', label: '对象编号', required: true, index: true },
      ],
    },
    { name: 'subjectTitle', type: 'text', label: '对象', admin: { components: { Cell: { path: AUDIT_COMPONENTS.subjectCell, clientProps: { collections: [...collections] } } } } },
    departmentField(departments, '责任单位', true),
    { name: 'message', type: 'textarea', label: '问题说明' },
    { name: 'dueAt', type: 'date', label: '整改期限', admin: dateTime },
    {
      type: 'row',
      fields: [
        { name: 'detectedAt', type: 'date', label: '首次发现', admin: dateTime },
        { name: 'lastSeenAt', type: 'date', label: '最近发现', index: true, admin: dateTime },
        { name: 'resolvedAt', type: 'date', label: '销号时间', admin: dateTime },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: '待整改' },
        { value: 'resolved', label: '已销号' },
      ],
    },
    {
      type: 'collapsible',
      label: '邮件通知',
      fields: [
        { name: 'emailedAt', type: 'date', label: '通知时间', admin: dateTime },
        { name: 'emailedSeverity', type: 'select', label: '通知时等级', options: SEVERITIES.map((s) => ({ ...s })) },
        { name: 'emailAttempts', type: 'number', label: '发送次数', defaultValue: 0 },
        { name: 'lastEmailError', type: 'textarea', label: '最近发送错误' },
        { name: 'nextEmailAt', type: 'date', label: '下次重试时间', admin: dateTime },
      ],
    },
  ],
})
