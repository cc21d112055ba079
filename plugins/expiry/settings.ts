/** 系统设置 › 有效期: the daily pass and how long an expired item may stay online (defaults in domain/expiry.ts). */
import type { Field, GlobalSlug, Payload } from 'payload'
import { EXPIRY_DEFAULTS } from '../../domain/expiry'
import { SETTINGS_GROUP } from './defaults'

export type ExpirySettings = { onlineWorkingDays: number; cron: string }

export const expirySettingsGroup = (): Field => ({
  name: SETTINGS_GROUP,
  type: 'group',
  label: '有效期与过期信息',
  fields: [
    {
      name: 'onlineWorkingDays',
      type: 'number',
      label: '过期信息仍公开转红色（工作日）',
      min: 0,
      required: true,
      defaultValue: EXPIRY_DEFAULTS.onlineWorkingDays,
      admin: { description: '信息失效当日起为黄色，超过此工作日数仍未撤回或标明“失效后继续公开”为红色（条例第二十六条：变更之日起20个工作日）' },
    },
    { name: 'cron', type: 'text', label: '每日失效处理时间（cron，北京时间）', required: true, defaultValue: EXPIRY_DEFAULTS.cron },
  ],
})

export const loadExpirySettings = async (payload: Payload, settingsGlobal: string): Promise<ExpirySettings> => {
  const stored = (await payload.findGlobal({ slug: settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true }).catch(() => ({}))) as Record<string, unknown>
  const group = (stored?.[SETTINGS_GROUP] ?? {}) as Partial<ExpirySettings>
  return {
    onlineWorkingDays: typeof group.onlineWorkingDays === 'number' ? group.onlineWorkingDays : EXPIRY_DEFAULTS.onlineWorkingDays,
    cron: group.cron || EXPIRY_DEFAULTS.cron,
  }
}
