/**
 * A row lock for the length of the request's transaction (SELECT … FOR UPDATE), on PostgreSQL, where transactions run
 * side by side. SQLite needs none: a write transaction there begins IMMEDIATE and holds the database's one write lock
 * from its first statement (src/lib/database.ts). MongoDB aborts the second of two conflicting writes.
 */
import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import type { Id } from '../../domain/ids'

type Tx = { execute: (query: unknown) => Promise<unknown> }
type PostgresLike = {
  name?: string
  sessions?: Record<string, { db: Tx } | undefined>
  tables?: Record<string, { id: unknown } | undefined>
  tableNameMap?: Map<string, string>
}

export const lockRowForUpdate = async (req: PayloadRequest, collection: string, id: Id): Promise<void> => {
  const adapter = req.payload.db as unknown as PostgresLike
  if (adapter.name !== 'postgres' || !req.transactionID) return
  const tx = adapter.sessions?.[String(await req.transactionID)]?.db
  const name = adapter.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  const table = adapter.tables?.[name]
  if (!tx || !table) throw new Error(`无法锁定 ${collection} 的记录：找不到事务或数据表`)
  await tx.execute(sql`SELECT 1 FROM ${table} WHERE ${table.id} = ${id} FOR UPDATE`)
}
