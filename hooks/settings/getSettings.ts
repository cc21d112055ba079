/** The settings global as hooks read it: the stored values over the defaults of domain/rulesDefaults.ts. */
import type { PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'

export type Settings = {
  indexNumberFormat: string
  reassessmentDays: number
  deadlines: { -readonly [K in keyof typeof RULES_DEFAULTS.deadlines]: (typeof RULES_DEFAULTS.deadlines)[K] }
  columns: Record<keyof typeof RULES_DEFAULTS.columns, number>
  [key: string]: unknown
}

export const getSettings = async (req: PayloadRequest): Promise<Settings> => {
  const stored = (await req.payload.findGlobal({ slug: 'settings', req, overrideAccess: true, depth: 0 })) as unknown as Partial<Settings>
  return {
    ...RULES_DEFAULTS,
    ...stored,
    indexNumberFormat: stored.indexNumberFormat || RULES_DEFAULTS.indexNumberFormat,
    deadlines: { ...RULES_DEFAULTS.deadlines, ...withoutNulls(stored.deadlines) },
    columns: { ...RULES_DEFAULTS.columns, ...withoutNulls(stored.columns) },
  } as Settings
}

const withoutNulls = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>
