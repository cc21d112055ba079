/** The link deadline's settings, read from the settings global in one place. */
import type { GlobalSlug, PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { DEFAULT_TIME_ZONE } from './defaults'
import { interpretationsOptions } from './options'

export type LinkSettings = { days: number; dayType: 'calendar' | 'working'; from: 'formed' | 'published'; timeZone: string }

type Stored = { deadlines?: { interpretationLinkDays?: number | null; interpretationLinkDayType?: 'calendar' | 'working' | null; interpretationLinkFrom?: 'formed' | 'published' | null }; audit?: { timeZone?: string | null } }

export const getLinkSettings = async (req: PayloadRequest): Promise<LinkSettings> => {
  const global: object = await req.payload.findGlobal({ slug: interpretationsOptions(req.payload).settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, req })
  const stored = global as Stored
  return {
    days: stored.deadlines?.interpretationLinkDays ?? RULES_DEFAULTS.deadlines.interpretationLinkDays,
    dayType: stored.deadlines?.interpretationLinkDayType ?? RULES_DEFAULTS.deadlines.interpretationLinkDayType,
    from: stored.deadlines?.interpretationLinkFrom ?? RULES_DEFAULTS.deadlines.interpretationLinkFrom,
    timeZone: stored.audit?.timeZone || DEFAULT_TIME_ZONE,
  }
}
