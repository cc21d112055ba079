/** Webhook 投递记录: one row per build-webhook POST to one target, with its attempts; written by the system. */
import type { CollectionConfig } from 'payload'
import { WEBHOOK_DELIVERIES_SLUG } from '../defaults'
import type { ResolvedOptions } from '../options'

export const WEBHOOK_STATUSES = [
  { value: 'pending', label: '待投递' },
  { value: 'retrying', label: '等待重试' },
  { value: 'delivered', label: '已送达' },
  { value: 'failed', label: '投递失败' },
] as const

export const webhookDeliveriesCollection = ({ collections, rules }: ResolvedOptions): CollectionConfig => ({
  slug: WEBHOOK_DELIVERIES_SLUG,
  labels: { singular: 'Webhook 投递', plural: 'Webhook 投递记录' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['createdAt', 'event', 'subjectLabel', 'itemId', 'url', 'status', 'attempts', 'responseStatus'],
    group: '系统管理',
    description: '每次发布、撤下时向静态站点构建地址发送的通知及其投递结果。',
  },
  defaultSort: '-createdAt',
  graphQL: false,
  access: { read: rules.adminOnly, create: rules.nobody, update: rules.nobody, delete: rules.adminOnly },
  fields: [
    { name: 'event', type: 'select', label: '事件', required: true, options: [{ value: 'publish', label: '发布' }, { value: 'withdraw', label: '撤下' }] },
    { name: 'subjectCollection', type: 'text', label: '集合标识', admin: { hidden: true } },
    // The log names the collection as the admin does (政府信息, 政策解读 …); the stored slug stays for the receivers.
    {
      name: 'subjectLabel',
      type: 'text',
      label: '内容类型',
      virtual: true,
      admin: { readOnly: true },
      hooks: {
        afterRead: [({ siblingData }) => {
          const slug = String(siblingData?.subjectCollection ?? '')
          return collections[slug]?.label ?? slug
        }],
      },
    },
    { name: 'itemId', type: 'text', label: '条目ID' },
    { name: 'url', type: 'text', label: '目标地址', required: true },
    { name: 'body', type: 'textarea', label: '请求内容', required: true },
    { name: 'status', type: 'select', label: '状态', required: true, index: true, defaultValue: 'pending', options: WEBHOOK_STATUSES.map((s) => ({ ...s })) },
    { name: 'attempts', type: 'number', label: '已尝试次数', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', label: '下次尝试时间', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', label: '送达时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'responseStatus', type: 'number', label: '响应状态码' },
    { name: 'lastError', type: 'textarea', label: '最近错误' },
  ],
})
