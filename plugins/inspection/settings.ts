/** 系统设置 › 季度检查: the rubric, the colour threshold, the weights and the 动态 column kinds (defaults in domain/inspection). */
import type { Field, GlobalConfig, NumberFieldSingleValidation } from 'payload'
import { number as validateNumber } from 'payload/shared'
import { DEFAULT_INSPECTION_SETTINGS } from '../../domain/inspection/defaults'
import { COLUMN_KINDS } from '../../domain/vocabulary'
import { messageOf } from '../../domain/errors'
import type { ResolvedInspectionOptions } from './options'

export const SETTINGS_GROUP = 'inspection'

const number = (name: string, label: string, defaultValue: number, extra: Partial<{ min: number; max: number; description: string }> = {}): Field => ({
  name,
  type: 'number',
  label,
  required: true,
  defaultValue,
  min: extra.min ?? 0,
  ...(extra.max === undefined ? {} : { max: extra.max }),
  ...(extra.description ? { admin: { description: extra.description } } : {}),
})

const kinds = (name: string, label: string, defaultValue: readonly string[], description: string): Field => ({
  name,
  type: 'select',
  hasMany: true,
  label,
  defaultValue: [...defaultValue],
  options: COLUMN_KINDS.map((k) => ({ ...k })),
  admin: { description },
})

export const inspectionSettingsGroup = (): Field => {
  const d = DEFAULT_INSPECTION_SETTINGS
  return {
    name: SETTINGS_GROUP,
    type: 'group',
    label: '季度检查',
    fields: [
      {
        name: 'rubric',
        type: 'array',
        label: '考核细则',
        labels: { singular: '考核项', plural: '考核项' },
        defaultValue: d.rubric.map((item) => ({ ...item, auditRules: [...item.auditRules] })),
        admin: { description: '每项的分值与每个问题的扣分；督办规则留空的为人工检查项（在“人工扣分”中登记）。单项否决项有问题即为红色。' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'key', type: 'text', label: '代码', required: true },
              { name: 'label', type: 'text', label: '名称', required: true },
              number('points', '分值', 0),
              number('deductionPerFinding', '每个问题扣分', 0),
              { name: 'veto', type: 'checkbox', label: '单项否决', defaultValue: false },
              { name: 'countsWarnings', type: 'checkbox', label: '黄色预警也扣分', defaultValue: false },
            ],
          },
          { name: 'auditRules', type: 'text', hasMany: true, label: '督办规则', admin: { description: '计入本项的督办通知规则编号，例如 column-stale' } },
        ],
      },
      {
        type: 'row',
        fields: [
          number('fullScore', '满分', d.fullScore, { min: 1 }),
          number('yellowBelow', '黄色分数线', d.yellowBelow, { description: '得分低于此分数为黄色（无红色情形时）' }),
          number('dailyWeight', '日常考核权重', d.dailyWeight, { max: 1, description: '年度成绩 = 季度平均分 × 日常权重 + 年终考核分 × 年终权重' }),
          {
            ...number('yearEndWeight', '年终考核权重', d.yearEndWeight, { max: 1 }),
            // The two weights make the year's result out of the same full score: they sum to 1.
            validate: ((value, options) => {
              const siblings = options.siblingData as Record<string, unknown> | undefined
              if (typeof value === 'number' && typeof siblings?.dailyWeight === 'number' && Math.abs(value + siblings.dailyWeight - 1) > 1e-9) return messageOf('inspection.weights-sum')
              return validateNumber(value, options)
            }) as NumberFieldSingleValidation,
          } as Field,
          number('rectificationDays', '整改期限（工作日）', d.rectificationDays, { min: 1, description: '通报发布后须整改完成的工作日数' }),
        ],
      },
      kinds('dynamicColumnKinds', '计为“动态”的栏目类型', d.dynamicColumnKinds, '其余栏目发布的主动公开信息计为“法定主动公开”'),
      kinds('matrixColumnKinds', '栏目情况汇总表的栏目类型', d.matrixColumnKinds, '附件 1：各单位是否有这些类型的栏目、是否按期更新'),
    ],
  }
}

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

export const withInspectionSettings = (globals: readonly GlobalConfig[], { settingsGlobal, actors }: ResolvedInspectionOptions): GlobalConfig[] =>
  globals.some((g) => g.slug === settingsGlobal)
    ? globals.map((g) => (g.slug === settingsGlobal && !named(g.fields, SETTINGS_GROUP) ? { ...g, fields: [...g.fields, inspectionSettingsGroup()] } : g))
    : [...globals, { slug: settingsGlobal, label: '系统设置', admin: { group: '系统管理' }, access: { read: actors.staffOnly, update: actors.systemAdminOnly }, fields: [inspectionSettingsGroup()] }]
