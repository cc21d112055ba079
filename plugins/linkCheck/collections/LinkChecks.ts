/**
 * 链接检查结果: one row per link of a published item (its body or an attachment), as the last run found it. Written
 * by the checker only; the audit rule turns the broken ones into 督办通知 for the item's department.
 */
import type { Access, CollectionConfig, Field } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { REASON_LABELS, type Reason } from '../../../domain/linkCheck/linkOutcome'

export const VERDICTS = [
  { value: 'ok', label: '正常' },
  { value: 'broken', label: '错链' },
  { value: 'unknown', label: '无法判断' },
  { value: 'skipped', label: '未检查' },
] as const

export const TARGETS = [
  { value: 'external', label: '外部链接' },
  { value: 'portal', label: '本站页面' },
  { value: 'record', label: '站内信息' },
  { value: 'file', label: '站内文件' },
] as const

export const linkChecks = (slug: string, departments: string | null, actors: ActorRules): CollectionConfig => {
  const department: Field = departments
    ? { name: 'department', type: 'relationship', relationTo: departments as never, label: '所属部门', index: true }
    : { name: 'department', type: 'text', label: '所属部门', index: true }
  return {
    slug,
    labels: { singular: '链接检查结果', plural: '链接检查结果' },
    admin: { useAsTitle: 'url', group: '督查考核', defaultColumns: ['url', 'verdict', 'reason', 'subjectTitle', 'department', 'checkedAt'] },
    defaultSort: '-checkedAt',
    // Staff see their department's links (the reviewers across the county everything); only the checker writes.
    access: { read: actors.readScoped(false) as Access, create: actors.nobody, update: actors.nobody, delete: actors.adminOnly },
    fields: [
      { name: 'key', type: 'text', label: '键', required: true, unique: true, index: true, admin: { hidden: true } },
      { name: 'url', type: 'text', label: '链接', required: true },
      { name: 'linkText', type: 'text', label: '链接文字' },
      { name: 'field', type: 'text', label: '所在位置', admin: { description: '正文字段名，或“附件”' } },
      { name: 'target', type: 'select', label: '链接类型', options: TARGETS.map((o) => ({ ...o })) },
      { name: 'verdict', type: 'select', label: '检查结果', required: true, index: true, options: VERDICTS.map((o) => ({ ...o })) },
      { name: 'reason', type: 'select', label: '原因', options: Object.entries(REASON_LABELS).map(([value, label]) => ({ value, label })) satisfies Array<{ value: string; label: string }> },
      { name: 'httpStatus', type: 'number', label: 'HTTP 状态码' },
      { name: 'finalUrl', type: 'text', label: '最终地址' },
      { name: 'subjectType', type: 'text', label: '信息类型', required: true, index: true },
      { name: 'subjectId', type: 'text', label: '信息编号', required: true, index: true },
      { name: 'subjectTitle', type: 'text', label: '信息标题' },
      department,
      { name: 'checkedAt', type: 'date', label: '检查时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'brokenSince', type: 'date', label: '首次发现错链', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
}

export type LinkCheckRow = {
  id: string | number
  key: string
  url: string
  linkText?: string | null
  field?: string | null
  verdict: 'ok' | 'broken' | 'unknown' | 'skipped'
  reason?: Reason | null
  httpStatus?: number | null
  subjectType: string
  subjectId: string
  subjectTitle?: string | null
  department?: unknown
  checkedAt?: string | null
  brokenSince?: string | null
}
