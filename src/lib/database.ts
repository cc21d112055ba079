/** The database adapter named by DATABASE_URI: `file:` SQLite (default), `postgres://` PostgreSQL, `mongodb://` MongoDB. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { withMigrationLock } from './startupLock'
import { serializeTransactions } from './serializeTransactions'
import { databaseUri } from './databaseUri'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Dialect = 'sqlite' | 'postgres' | 'mongodb'

export const dialectOf = (uri: string): Dialect => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(`DATABASE_URI 无法识别：${uri}（应以 file:、postgres:// 或 mongodb:// 开头）`)
}

export const databaseAdapter = (uri: string = databaseUri()): DatabaseAdapterResult => {
  switch (dialectOf(uri)) {
    case 'postgres':
      // Instances starting together migrate one after the other (src/lib/startupLock.ts).
      return withMigrationLock(
        postgresAdapter({
          pool: { connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX || 10) },
          migrationDir: path.join(root, 'migrations/postgres'),
          prodMigrations: postgresMigrations,
        }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: uri })
    case 'sqlite':
      // SQLite has one writer: transactions of this process take turns instead of failing with SQLITE_BUSY.
      return serializeTransactions(
        sqliteAdapter({
          client: { url: uri },
          migrationDir: path.join(root, 'migrations/sqlite'),
          prodMigrations: sqliteMigrations,
          transactionOptions: { behavior: 'immediate' },
          wal: true,
          busyTimeout: 10000,
        }),
      )
  }
}
