/** 易错词 and 严重表述: a wrong expression, its correction, and the level of the pre-check's finding. */
import type { Access, CollectionConfig } from 'payload'
import { messageOf } from '../../../domain/errors'
import type { ActorRules } from '../../../domain/actors'

type Levels = ReadonlyArray<{ value: string; label: string }>

const LEVEL_LABELS: Record<string, string> = { block: '禁止提交', review: '审核时确认', warn: '提示' }

const nonBlank = (code: 'wording.wrong-required' | 'wording.correct-required') => (value: unknown) =>
  typeof value === 'string' && value.trim().length > 0 ? true : messageOf(code)

export const wordingList = (
  spec: { slug: string; singular: string; description: string; levels: readonly string[]; withCategory?: boolean },
  actors: ActorRules,
): CollectionConfig => {
  const levels: Levels = spec.levels.map((value) => ({ value, label: LEVEL_LABELS[value] ?? value }))
  return {
    slug: spec.slug,
    labels: { singular: spec.singular, plural: spec.singular },
    admin: { useAsTitle: 'wrong', defaultColumns: ['wrong', 'correct', 'level', 'note'], group: '系统管理', description: spec.description },
    // Staff may read the lists (editors check their own writing); the web office keeps them.
    access: { read: actors.staffOnly as Access, create: actors.adminOnly as Access, update: actors.adminOnly as Access, delete: actors.adminOnly as Access },
    fields: [
      { name: 'wrong', type: 'text', label: '错误写法', required: true, unique: true, validate: nonBlank('wording.wrong-required') },
      {
        name: 'correct',
        type: 'text',
        label: '正确写法',
        required: true,
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          const blank = nonBlank('wording.correct-required')(value)
          if (blank !== true) return blank
          return String(value).trim() === String(siblingData?.wrong ?? '').trim() ? messageOf('wording.same') : true
        },
      },
      { name: 'level', type: 'select', label: '预审级别', required: true, defaultValue: 'review', options: levels.map((o) => ({ ...o })), admin: { description: '“审核时确认”：保密审查员须逐条确认；“提示”：仅提示' } },
      ...(spec.withCategory ? [{ name: 'category', type: 'text' as const, label: '类别', admin: { description: '如：领导职务、机构名称、法规名称' } }] : []),
      { name: 'note', type: 'text', label: '说明' },
    ],
  }
}
