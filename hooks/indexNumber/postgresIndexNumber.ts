/**
 * The 索引号 of a new item on PostgreSQL in one statement at the end of its create's transaction: the department's
 * counter is incremented (restarted at 1 in a new year), the number is composed from the template in SQL and written
 * to the item and all its versions, all in one round trip, so the counter row stays locked from that statement to the
 * COMMIT only. Issued as three statements (the increment, then the two stamps), the lock also spanned two round trips
 * and the turns of the event loop between them, during which the other creates of the department queued on it
 * (issue 17: 43 creates/s with a p99 of 1.7 s, two processes no faster). Rolled back with the create, as before.
 */
import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { indexNumberPieces } from '../../domain/indexNumber'
import type { Id } from '../../domain/ids'
import { sqlTableOf, sqlVersionsTableOf, transactionDbOf, type SqlAdapterParts } from '../sqlTables'

type SQL = ReturnType<typeof sql>
type Column = { name: string }
type Table = Record<string, Column | undefined> & { id?: Column }
type PostgresLike = SqlAdapterParts & {
  name?: string
  execute?: (args: { db: unknown; sql: SQL }) => Promise<{ rows?: Array<Record<string, unknown>> }>
}

export type PostgresAllocation = { indexNumber: string | null; code: string | null; found: boolean }

/**
 * The allocation for `collection`'s new row `id` in `departmentId`'s counter, or null where it does not apply (not
 * PostgreSQL, no transaction, a table or column not found): the caller then allocates through the adapter.
 */
export const postgresIndexNumber = (
  req: PayloadRequest,
  args: { collection: string; departments: string; field: string; versionField: string | null },
): ((input: { id: Id; departmentId: Id; template: string; year: number }) => Promise<PostgresAllocation>) | null => {
  const adapter = req.payload.db as unknown as PostgresLike
  if (adapter.name !== 'postgres' || !adapter.execute || !req.transactionID) return null
  const items = sqlTableOf<Table>(adapter, args.collection)
  const versions = args.versionField ? sqlVersionsTableOf<Table>(adapter, args.collection) : null
  const departments = sqlTableOf<Table>(adapter, args.departments)
  const column = items?.[args.field]
  const versionColumn = args.versionField ? versions?.[args.versionField] : null
  const [code, serialYear, serialValue] = [departments?.code, departments?.indexSerialYear, departments?.indexSerialValue]
  if (!items?.id || !column || !departments?.id || !code || !serialYear || !serialValue) return null
  if (args.versionField && (!versions?.parent || !versionColumn)) return null
  const id = (c: Column) => sql.identifier(c.name)

  return async ({ id: itemId, departmentId, template, year }) => {
    const db = await transactionDbOf(adapter, req)
    if (!db) throw new Error('索引号分配失败：找不到创建的事务')
    const serialText = sql`c.serial::text`
    const number = sql.join(
      indexNumberPieces(template).map((piece) => {
        if (piece.kind === 'text') return sql`${piece.text}::text`
        if (piece.kind === 'code') return sql`c.code`
        if (piece.kind === 'year') return sql`${String(year)}::text`
        return piece.width > 0 ? sql`lpad(${serialText}, greatest(${piece.width}::int, length(${serialText})), '0')` : serialText
      }),
      sql` || `,
    )
    const stampVersions =
      versions && versionColumn
        ? sql`, v AS (UPDATE ${versions} SET ${id(versionColumn)} = d.index_number FROM d WHERE ${versions.parent} = ${itemId} RETURNING 1)`
        : sql``
    const result = await adapter.execute!({
      db,
      sql: sql`WITH c AS (
          UPDATE ${departments}
          SET ${id(serialValue)} = CASE WHEN ${id(serialYear)} = ${year}::int AND ${id(serialValue)} IS NOT NULL THEN ${id(serialValue)} + 1 ELSE 1 END,
              ${id(serialYear)} = ${year}::int
          WHERE ${departments.id} = ${departmentId}
          RETURNING ${id(code)} AS code, ${id(serialValue)} AS serial
        ), d AS (
          UPDATE ${items} SET ${id(column)} = ${number} FROM c WHERE ${items.id} = ${itemId} RETURNING ${items}.${id(column)} AS index_number
        )${stampVersions}
        SELECT c.code, d.index_number FROM c LEFT JOIN d ON true`,
    })
    const row = result.rows?.[0]
    if (!row) return { indexNumber: null, code: null, found: false }
    return { indexNumber: (row.index_number as string | null) ?? null, code: (row.code as string | null) ?? null, found: true }
  }
}
