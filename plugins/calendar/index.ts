/**
 * Calendar plugin: the working-day calendar (the official arrangement plus the 节假日调整 entries), the import of
 * the 国务院办公厅 notice with its admin panel, and the settings of when to ask for next year's arrangement.
 * Other plugins reach the calendar through `config.custom.calendar` (see CalendarAccess).
 */
import type { Config, Field, GlobalConfig } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { calendarDays } from './collections/CalendarDays'
import { CALENDAR_DAYS_SLUG, CALENDAR_KEY, SETTINGS_GLOBAL, SETTINGS_GROUP } from './defaults'
import { loadCalendar } from './loadCalendar'
import { calendarSettingsGroup } from './settings'
import type { CalendarAccess, CalendarPluginOptions } from './types'

export type { CalendarAccess, CalendarPluginOptions } from './types'
export { loadCalendar } from './loadCalendar'
export { getCalendarSettings, type CalendarSettings } from './settings'

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

export const calendarPlugin =
  (options: CalendarPluginOptions = {}) =>
  (config: Config): Config => {
    const collection = options.collection ?? CALENDAR_DAYS_SLUG
    const settingsGlobal = options.settingsGlobal ?? SETTINGS_GLOBAL
    const actors = actorRules(userModel(options.users))
    const globals = config.globals ?? []
    const group = calendarSettingsGroup()
    const withSettings: GlobalConfig[] = globals.some((g) => g.slug === settingsGlobal)
      ? globals.map((g) => (g.slug === settingsGlobal && !named(g.fields, SETTINGS_GROUP) ? { ...g, fields: [...g.fields, group] } : g))
      : [
          ...globals,
          {
            slug: settingsGlobal,
            label: '系统设置',
            admin: { group: '系统管理' },
            access: { read: actors.staffOnly, update: actors.systemAdminOnly },
            fields: [group],
          },
        ]
    const access: CalendarAccess = { collection, settingsGlobal, load: loadCalendar }
    return {
      ...config,
      collections: [...(config.collections ?? []), calendarDays(collection, actors, options.enabled !== false)],
      globals: withSettings,
      custom: { ...config.custom, [CALENDAR_KEY]: access },
    }
  }
