/**
 * The settings global is read in one place: here for the app (its hooks and scripts), and in each plugin's
 * settings.ts for that plugin's own group (calendar, audit, interpretations, content API, security).
 * Stored values over the defaults of domain/rulesDefaults.ts; a field never saved (null) takes its default.
 */
import type { Payload, PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'

export const SETTINGS_SLUG = 'settings'

export type Settings = {
  indexNumberFormat: string
  localCodePattern: string
  reassessmentDays: number
  deadlines: { -readonly [K in keyof typeof RULES_DEFAULTS.deadlines]: (typeof RULES_DEFAULTS.deadlines)[K] }
  columns: Record<keyof typeof RULES_DEFAULTS.columns, number>
  content: { -readonly [K in keyof typeof RULES_DEFAULTS.content]: (typeof RULES_DEFAULTS.content)[K] }
  audit: { timeZone: string; [key: string]: unknown }
  [key: string]: unknown
}

const withoutNulls = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>

/** The settings as the app reads them, outside a request (scripts) or inside one (pass `req` for its transaction). */
export const readSettings = async (payload: Payload, req?: PayloadRequest): Promise<Settings> => {
  const global: object = await payload.findGlobal({ slug: SETTINGS_SLUG, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  const stored = global as Partial<Settings>
  return {
    ...RULES_DEFAULTS,
    ...stored,
    indexNumberFormat: stored.indexNumberFormat || RULES_DEFAULTS.indexNumberFormat,
    localCodePattern: stored.localCodePattern || RULES_DEFAULTS.localCodePattern,
    deadlines: { ...RULES_DEFAULTS.deadlines, ...withoutNulls(stored.deadlines) },
    columns: { ...RULES_DEFAULTS.columns, ...withoutNulls(stored.columns) },
    content: { ...RULES_DEFAULTS.content, ...withoutNulls(stored.content) },
    audit: { ...RULES_DEFAULTS.audit, ...withoutNulls(stored.audit) },
  }
}

/** The settings as hooks read them, inside the request's transaction. */
export const getSettings = (req: PayloadRequest): Promise<Settings> => readSettings(req.payload, req)
