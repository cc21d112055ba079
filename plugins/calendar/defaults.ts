/** Names and defaults of the calendar plugin. */
export const CALENDAR_DAYS_SLUG = 'calendar-days'
export const SETTINGS_GLOBAL = 'settings'
/** Key of the calendar access on `config.custom`. */
export const CALENDAR_KEY = 'calendar'
/** Name of the settings group the plugin adds. */
export const SETTINGS_GROUP = 'calendar'

export const COMPONENTS = {
  noticeImport: '/plugins/calendar/components/HolidayNoticeImport#HolidayNoticeImport',
} as const
