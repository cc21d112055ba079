/** The settings a request reads: the clock's limits and the 信息处理费, from the settings group over their defaults. */
import type { PayloadRequest } from 'payload'
import { clockSettingsFrom, type ClockSettings } from '../../domain/applications/clock'
import { feeSettingsFrom, type FeeSettings } from '../../domain/applications/fees'
import type { ApplicationsContext } from './context'

const group = async (ctx: ApplicationsContext, req: PayloadRequest): Promise<Record<string, unknown> | undefined> => {
  const settings = (await req.payload.findGlobal({ slug: ctx.settingsGlobal as never, depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Record<string, unknown>
  return settings[ctx.settingsGroup] as Record<string, unknown> | undefined
}

/** The clock's limits: the settings group's working days over the defaults. */
export const clockSettings = async (ctx: ApplicationsContext, req: PayloadRequest): Promise<ClockSettings> => clockSettingsFrom(await group(ctx, req))

/** The 信息处理费 thresholds and rates: the settings group's over the defaults of 国办函〔2020〕109号. */
export const feeSettings = async (ctx: ApplicationsContext, req: PayloadRequest): Promise<FeeSettings> => feeSettingsFrom(await group(ctx, req))
