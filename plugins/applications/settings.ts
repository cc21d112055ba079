/** The clock's limits for a request: the settings group's reply and extension days over the defaults of the clock. */
import type { PayloadRequest } from 'payload'
import { clockSettingsFrom, type ClockSettings } from '../../domain/applications/clock'
import type { ApplicationsContext } from './context'

/** The clock's limits: the settings group's reply and extension days over the defaults. */
export const clockSettings = async (ctx: ApplicationsContext, req: PayloadRequest): Promise<ClockSettings> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as never, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  return clockSettingsFrom(settings[ctx.settingsGroup] as Record<string, unknown> | undefined)
}
