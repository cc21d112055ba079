/**
 * The settings global is read in one place: here for the app (its hooks and scripts), and in each plugin's
 * settings.ts for that plugin's own group (calendar, audit, interpretations, content API, security).
 * Stored values over the defaults of domain/rulesDefaults.ts; a field never saved (null) takes its default.
 */
import type { Payload, PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { sqlTableOf, transactionDbOf } from '../sqlTables'

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

/**
 * The settings last read, per Payload instance, under the `updatedAt` they were read at. Every save of the global
 * moves `updatedAt`, so a one-column read of it tells whether they are still current, in the caller's transaction
 * and across instances; the full read (every plugin's group, a hundred columns) runs only after a change.
 */
const lastRead = new WeakMap<Payload, { stamp: string; settings: Settings }>()

const resolve = async (payload: Payload, req?: PayloadRequest): Promise<Settings> => {
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

type SelectBuilder = { from: (table: unknown) => { limit: (n: number) => Promise<Array<{ id?: unknown; updatedAt?: unknown }>> } }
type SqlDb = { select: (fields: Record<string, unknown>) => SelectBuilder }

/**
 * The global's id and `updatedAt`: on the SQL adapters one plain SELECT of two columns (every create and save reads
 * it, and the adapter's global read builds a query with the global's joins each time), elsewhere through the adapter.
 */
const readStamp = async (payload: Payload, req?: PayloadRequest): Promise<{ id?: unknown; updatedAt?: unknown } | null> => {
  const adapter = payload.db as unknown as { name?: string; drizzle?: SqlDb }
  const table = sqlTableOf<Record<string, unknown>>(payload.db as never, SETTINGS_SLUG)
  if ((adapter.name === 'postgres' || adapter.name === 'sqlite') && adapter.drizzle && table?.id && table.updatedAt) {
    const db = (await transactionDbOf<SqlDb>(payload.db as never, req)) ?? adapter.drizzle
    const [row] = await db.select({ id: table.id, updatedAt: table.updatedAt }).from(table).limit(1)
    return row ?? null
  }
  return (await payload.db.findGlobal({ slug: SETTINGS_SLUG, select: { updatedAt: true }, ...(req ? { req } : {}) })) as { id?: unknown; updatedAt?: unknown }
}

/** The settings as the app reads them, outside a request (scripts) or inside one (pass `req` for its transaction). */
export const readSettings = async (payload: Payload, req?: PayloadRequest): Promise<Settings> => {
  const row = await readStamp(payload, req)
  // A global never saved has no row (the defaults apply); a row without a stamp is read in full every time.
  const stamp = row?.updatedAt ? String(row.updatedAt) : row?.id === undefined || row?.id === null ? 'never saved' : ''
  const cached = lastRead.get(payload)
  if (stamp && cached?.stamp === stamp) return structuredClone(cached.settings)
  const settings = await resolve(payload, req)
  if (stamp) lastRead.set(payload, { stamp, settings: structuredClone(settings) })
  return settings
}

/** Settings already read by a request (a create reads them in several hooks): one read per request. */
const readByRequest = new WeakMap<PayloadRequest, Promise<Settings>>()

/** Drops the cached settings: the global's afterChange, so that the saving request and this instance read anew. */
export const forgetSettings = (req: PayloadRequest): void => {
  lastRead.delete(req.payload)
  readByRequest.delete(req)
}

/** The settings as hooks read them, inside the request's transaction: the request's own copy, for reading. */
export const getSettings = (req: PayloadRequest): Promise<Settings> => {
  let pending = readByRequest.get(req)
  if (!pending) {
    pending = readSettings(req.payload, req)
    readByRequest.set(req, pending)
    pending.catch(() => readByRequest.delete(req))
  }
  return pending
}
