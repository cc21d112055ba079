/** 系统设置 › 基层政务公开标准目录: the grading's minimum (default and source in domain/catalogue/defaults.ts). */
import type { Field, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { CATALOGUE_DEFAULTS } from '../../domain/catalogue/defaults'
import type { GradeSettings } from '../../domain/catalogue/grades'
import { messageOf } from '../../domain/errors'
import { SETTINGS_GROUP } from './defaults'

export const catalogueSettingsGroup = (): Field => ({
  name: SETTINGS_GROUP,
  type: 'group',
  label: '基层政务公开标准目录',
  fields: [
    {
      name: 'minItemsPerQuarter',
      type: 'number',
      label: '领域“较好”每季度至少发布（条）',
      required: true,
      defaultValue: CATALOGUE_DEFAULTS.minItemsPerQuarter,
      admin: { description: '季度内该领域对应栏目发布的信息条数：0 条为“未更新”，少于此数为“数量不足”，达到为“较好”（甘州区通报的三档）' },
      validate: (value: unknown) => (Number.isInteger(value) && (value as number) >= 1 ? true : messageOf('catalogue.min-items')),
    },
  ],
})

export const loadGradeSettings = async (payload: Payload, settingsGlobal: string, req?: PayloadRequest): Promise<GradeSettings> => {
  const stored = (await payload.findGlobal({ slug: settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, ...(req ? { req } : {}) }).catch(() => ({}))) as Record<string, unknown>
  const group = (stored?.[SETTINGS_GROUP] ?? {}) as Partial<GradeSettings>
  const min = group.minItemsPerQuarter
  return { minItemsPerQuarter: typeof min === 'number' && min >= 1 ? min : CATALOGUE_DEFAULTS.minItemsPerQuarter }
}
