/** Options of the calendar plugin (working days: the official calendar plus the administrators' 节假日调整). */
import type { Payload, PayloadRequest } from 'payload'
import type { UserModel } from '../../domain/actors'
import type { WorkingDayCalendar } from '../../domain/calendar'

export type CalendarPluginOptions = {
  /** Slug of the 节假日调整 collection (default 'calendar-days'). */
  collection?: string
  /** Where the host keeps its staff and their roles (staff read the entries, admins write and import them). */
  users?: Partial<UserModel>
  /**
   * Slug of the settings global that receives the `calendar` group (when to ask for next year's arrangement);
   * the plugin creates the global when the host has none (default 'settings').
   */
  settingsGlobal?: string
  /** false: the collection and settings stay (same schema) but the import endpoint and panel are left out. */
  enabled?: boolean
}

/**
 * What the transform leaves on `config.custom.calendar`, so that other plugins use the calendar without importing
 * this plugin (and can say they need it when it is missing).
 */
export type CalendarAccess = {
  collection: string
  settingsGlobal: string
  /** The working-day calendar with the current entries (pass `req` to read inside its transaction). */
  load: (payload: Payload, req?: PayloadRequest) => Promise<WorkingDayCalendar>
}
