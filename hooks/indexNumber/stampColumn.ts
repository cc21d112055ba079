/**
 * One column of a row and of all its versions set by two plain UPDATEs in the request's transaction, on the SQL
 * adapters (SQLite, PostgreSQL): no read of the versions, no row rebuilt, `updatedAt` untouched (stamping a number is
 * not an edit). Used for the 索引号 in the last step of a create (hooks/indexNumber/allocateIndexNumber.ts).
 */
import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import type { Id } from '../../domain/ids'
import { sqlTableOf, sqlVersionsTableOf, transactionDbOf, type SqlAdapterParts } from '../sqlTables'

type Column = { name: string }
type SqlAdapter = SqlAdapterParts & {
  name?: string
  execute?: (args: { db: unknown; sql: unknown }) => Promise<unknown>
}

/**
 * The stamp for `field` of `collection`'s row `id` (and `versionField` of its versions), or null where this adapter
 * or this request cannot take it (MongoDB, no transaction): the caller then writes through the adapter.
 */
export const stampInTransaction = (req: PayloadRequest, collection: string, id: Id, { field, versionField }: { field: string; versionField: string | null }) => {
  const adapter = req.payload.db as unknown as SqlAdapter
  if ((adapter.name !== 'postgres' && adapter.name !== 'sqlite') || !adapter.execute || !req.transactionID) return null
  const table = sqlTableOf<Record<string, Column | undefined>>(adapter, collection)
  const versions = versionField ? sqlVersionsTableOf<Record<string, Column | undefined>>(adapter, collection) : null
  const column = table?.[field]
  const versionColumn = versionField ? versions?.[versionField] : null
  if (!table?.id || !column || (versionField && (!versions?.parent || !versionColumn))) return null
  return async (value: unknown): Promise<void> => {
    const db = await transactionDbOf(adapter, req)
    if (!db) throw new Error('索引号写入失败：找不到创建的事务')
    await adapter.execute!({ db, sql: sql`UPDATE ${table} SET ${sql.identifier(column.name)} = ${value} WHERE ${table.id} = ${id}` })
    if (versions && versionColumn) await adapter.execute!({ db, sql: sql`UPDATE ${versions} SET ${sql.identifier(versionColumn.name)} = ${value} WHERE ${versions.parent} = ${id}` })
  }
}
