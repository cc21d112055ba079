/** 定时任务记录: one row per scheduled slot; its unique key is what makes a slot run exactly once across instances. */
import type { CollectionConfig } from 'payload'
import { actorRules, userModel, type UserModel } from '../../../domain/actors'
import { formatBeijing } from '../../../domain/beijingTime'

/** `audit-daily:2026-12-01T16:00:00.000Z` (node-cron's key: task, then the slot in UTC) as `audit-daily 2026-12-02 00:00`. */
export const slotInBeijingTime = (key: unknown): string => {
  if (typeof key !== 'string') return ''
  const match = /^(.*):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/.exec(key)
  return match ? `${match[1]} ${formatBeijing(match[2])}` : key
}

export const schedulerRuns = (slug: string, users?: Partial<UserModel>): CollectionConfig => {
  const { adminOnly, nobody } = actorRules(userModel(users))
  return {
    slug,
    labels: { singular: '定时任务记录', plural: '定时任务记录' },
    admin: { useAsTitle: 'key', defaultColumns: ['slot', 'status', 'instance', 'startedAt', 'finishedAt'], group: '系统管理' },
    defaultSort: '-startedAt',
    access: { read: adminOnly, create: nobody, update: nobody, delete: adminOnly },
    fields: [
      {
        name: 'slot',
        type: 'text',
        label: '任务时段（北京时间）',
        virtual: true,
        admin: { readOnly: true },
        hooks: { afterRead: [({ siblingData }) => slotInBeijingTime(siblingData?.key)] },
      },
      // The slot's unique key stays in UTC: it is node-cron's, and the same on every instance whatever its zone.
      { name: 'key', type: 'text', label: '任务时段键（UTC）', required: true, unique: true, index: true },
      { name: 'task', type: 'text', label: '任务', index: true },
      {
        name: 'status',
        type: 'select',
        label: '状态',
        defaultValue: 'running',
        options: [
          { value: 'running', label: '运行中' },
          { value: 'done', label: '已完成' },
          { value: 'failed', label: '失败' },
        ],
      },
      { name: 'instance', type: 'text', label: '实例' },
      { name: 'startedAt', type: 'date', label: '开始时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'finishedAt', type: 'date', label: '结束时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'summary', type: 'json', label: '结果' },
    ],
  }
}
