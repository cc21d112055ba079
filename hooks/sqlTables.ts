/**
 * The SQL adapters' (SQLite, PostgreSQL) tables and the request's transaction, for the few hooks that write or read one
 * row with a plain statement instead of the adapter's rebuilt query: the 索引号 (hooks/indexNumber) and the settings
 * stamp (hooks/settings). Every name is looked up as the adapter maps it (`tableNameMap`); null where it is missing.
 */
import type { PayloadRequest } from 'payload'

/** What the helpers below read of an adapter; a caller adds what else it uses (`name`, `execute`, `drizzle`). */
export type SqlAdapterParts = {
  sessions?: Record<string, { db?: unknown } | undefined>
  tables?: Record<string, unknown>
  tableNameMap?: Map<string, string>
  versionsSuffix?: string
}

const tableName = (adapter: SqlAdapterParts, name: string) => adapter.tableNameMap?.get(name) ?? name

/** The table of a collection or global slug (`-` becomes `_`, as the adapters name them). */
export const sqlTableOf = <T>(adapter: SqlAdapterParts, slug: string): T | undefined =>
  adapter.tables?.[tableName(adapter, slug.replace(/-/g, '_'))] as T | undefined

/** The versions table of a collection slug (`_<slug>_v`). */
export const sqlVersionsTableOf = <T>(adapter: SqlAdapterParts, slug: string): T | undefined => {
  const base = slug.replace(/-/g, '_')
  return adapter.tables?.[adapter.tableNameMap?.get(`_${base}${adapter.versionsSuffix ?? '_v'}`) ?? `_${base}_v`] as T | undefined
}

/** The request's transaction as the adapter holds it, or undefined (no transaction, or not this adapter's). */
export const transactionDbOf = async <T>(adapter: SqlAdapterParts, req: PayloadRequest | undefined): Promise<T | undefined> =>
  req?.transactionID ? (adapter.sessions?.[String(await req.transactionID)]?.db as T | undefined) : undefined
