/** The calendar's resolved names, read back from the running config. */
import type { Payload } from 'payload'
import { CALENDAR_DAYS_SLUG, CALENDAR_KEY, SETTINGS_GLOBAL } from './defaults'
import type { CalendarAccess } from './types'

export const calendarOptions = (payload: Payload): Pick<CalendarAccess, 'collection' | 'settingsGlobal'> => {
  const access = (payload.config.custom as Record<string, unknown> | undefined)?.[CALENDAR_KEY] as CalendarAccess | undefined
  return { collection: access?.collection ?? CALENDAR_DAYS_SLUG, settingsGlobal: access?.settingsGlobal ?? SETTINGS_GLOBAL }
}
