/** The calendar's settings group (when to ask for next year's 节假日安排) and its one reader. */
import type { Field, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { calendarOptions } from './options'
import { SETTINGS_GROUP } from './defaults'

export type CalendarSettings = { requestFrom: string; urgentFrom: string }

const monthDay = (name: keyof CalendarSettings, label: string): Field => ({
  name,
  type: 'text',
  label,
  required: true,
  defaultValue: RULES_DEFAULTS.calendar[name],
  validate: (value: unknown) =>
    typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) ? true : '请按“月-日”格式填写，例如 01-31',
})

export const calendarSettingsGroup = (collectionLabel = '节假日调整'): Field => ({
  name: SETTINGS_GROUP,
  type: 'group',
  label: '工作日历',
  admin: { description: `每年 11 月前后国务院办公厅公布下一年节假日安排，请在“系统管理 → ${collectionLabel}”中导入` },
  fields: [monthDay('requestFrom', '提醒录入下一年节假日安排（月-日，黄色）'), monthDay('urgentFrom', '下一年节假日安排仍未录入转红色（月-日）')],
})

export const getCalendarSettings = async (payload: Payload, req?: PayloadRequest): Promise<CalendarSettings> => {
  const stored: object = await payload.findGlobal({ slug: calendarOptions(payload).settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  const group: Partial<Record<keyof CalendarSettings, string | null>> = (stored as Record<string, never>)[SETTINGS_GROUP] ?? {}
  return { requestFrom: group.requestFrom || RULES_DEFAULTS.calendar.requestFrom, urgentFrom: group.urgentFrom || RULES_DEFAULTS.calendar.urgentFrom }
}
