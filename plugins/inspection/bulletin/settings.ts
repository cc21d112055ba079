/** 系统设置 › 季度通报: the 通报's editable texts, one textarea per problem type (defaults in domain/inspection/bulletinTemplates.ts). */
import type { Field, GlobalConfig } from 'payload'
import { PROBLEM_TYPES } from '../../../domain/inspection/bulletinProblems'
import { DEFAULT_BULLETIN_TEMPLATES, suggestionField } from '../../../domain/inspection/bulletinTemplates'
import type { ResolvedInspectionOptions } from '../options'

const PLACEHOLDERS = '可用占位符：{季度}（如 2026年第四季度）、{整改期限}（如 2027年1月15日）'

export const bulletinSettingsGroup = (name: string): Field => {
  const d = DEFAULT_BULLETIN_TEMPLATES
  return {
    name,
    type: 'group',
    label: '季度通报',
    admin: { description: `生成季度检查通报所用的文字；留空则用默认文字。${PLACEHOLDERS}` },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'issuer', type: 'text', label: '发文机关（落款）', defaultValue: d.issuer },
          { name: 'salutation', type: 'text', label: '主送机关', defaultValue: d.salutation },
        ],
      },
      { name: 'opening', type: 'textarea', label: '开头', defaultValue: d.opening },
      { name: 'general', type: 'textarea', label: '工作建议：总体要求', defaultValue: d.general, admin: { description: '三、工作建议的第一段，每份通报都有' } },
      ...PROBLEM_TYPES.map(
        (p): Field => ({ name: suggestionField(p.key), type: 'textarea', label: `工作建议：${p.label}`, defaultValue: d.suggestions[p.key], admin: { description: `通报列出“${p.label}”时使用` } }),
      ),
      { name: 'deadlineSentence', type: 'text', label: '整改要求', defaultValue: d.deadlineSentence, admin: { description: '整改期限 = 发布日期 + 季度检查设置中的“整改期限（工作日）”' } },
    ],
  }
}

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

/** Adds the group to the settings global (created when absent); a group the host declared itself stays. */
export const withBulletinSettings = (globals: readonly GlobalConfig[], { settingsGlobal, actors }: ResolvedInspectionOptions, group: string): GlobalConfig[] =>
  globals.some((g) => g.slug === settingsGlobal)
    ? globals.map((g) => (g.slug === settingsGlobal && !named(g.fields, group) ? { ...g, fields: [...g.fields, bulletinSettingsGroup(group)] } : g))
    : [...globals, { slug: settingsGlobal, label: '系统设置', admin: { group: '系统管理' }, access: { read: actors.staffOnly, update: actors.systemAdminOnly }, fields: [bulletinSettingsGroup(group)] }]
