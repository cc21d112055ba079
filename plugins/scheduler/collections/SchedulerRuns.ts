/** 定时任务记录: one row per scheduled slot; its unique key is what makes a slot run exactly once across instances. */
import type { CollectionConfig } from 'payload'
import { actorRules, userModel, type UserModel } from '../../../domain/actors'

export const schedulerRuns = (slug: string, users?: Partial<UserModel>): CollectionConfig => {
  const { adminOnly, nobody } = actorRules(userModel(users))
  return {
    slug,
    labels: { singular: '定时任务记录', plural: '定时任务记录' },
    admin: { useAsTitle: 'key', defaultColumns: ['key', 'status', 'instance', 'startedAt', 'finishedAt'], group: '系统管理' },
    defaultSort: '-startedAt',
    access: { read: adminOnly, create: nobody, update: nobody, delete: adminOnly },
    fields: [
      { name: 'key', type: 'text', label: '任务时段', required: true, unique: true, index: true },
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
