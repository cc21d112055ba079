/** The clock's limits for a request: the settings group's reply and extension days over the defaults of the clock. */
import type { PayloadRequest } from 'payload'
import { CLOCK_DEFAULTS, type ClockSettings } from '../../domain/applications/clock'
import type { ApplicationsContext } from './context'

/** The clock's limits: the settings group's reply and extension days over the defaults. */
export const clockSettings = async (ctx: ApplicationsContext, req: PayloadRequest): Promise<ClockSettings> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as never, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  const group = (settings[ctx.settingsGroup] ?? {}) as Record<string, unknown>
  const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback)
  return {
    ...CLOCK_DEFAULTS,
    replyDays: positive(group.replyWorkingDays, CLOCK_DEFAULTS.replyDays),
    extensionMaxDays: positive(group.extensionWorkingDays, CLOCK_DEFAULTS.extensionMaxDays),
  }
}

