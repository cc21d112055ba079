/**
 * For SQLite migrations that rebuild a table (create `__new_x`, copy, drop `x`, rename): drizzle-kit's copy names
 * every column of the new table, including those the same migration adds, and fails on a database that has rows
 * ("no such column"). This copies the columns both tables have; the added ones take their defaults.
 */
import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

const columnsOf = async (db: Db, table: string): Promise<string[]> => {
  const rows = (await db.all(sql.raw(`PRAGMA table_info(\`${table}\`)`))) as Array<{ name: string } | unknown[]>
  return rows.map((row) => (Array.isArray(row) ? String(row[1]) : row.name))
}

export const copyCommonColumns = async (db: Db, from: string, to: string): Promise<void> => {
  const old = new Set(await columnsOf(db, from))
  const common = (await columnsOf(db, to)).filter((name) => old.has(name)).map((name) => `"${name}"`).join(', ')
  await db.run(sql.raw(`INSERT INTO \`${to}\`(${common}) SELECT ${common} FROM \`${from}\`;`))
}
