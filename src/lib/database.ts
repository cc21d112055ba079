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
import { reuseSqliteConnections } from './reuseSqliteConnections'
import { serializeTransactions } from './serializeTransactions'
import { reportCommitFailures, resilientPostgres } from './postgresResilience'
import { databaseUri } from './databaseUri'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Dialect = 'sqlite' | 'postgres' | 'mongodb'

export const dialectOf = (uri: string): Dialect => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(`DATABASE_URI 无法识别：${uri}（应以 file:、postgres:// 或 mongodb:// 开头）`)
}

/** DATABASE_REPLICA_URIS: PostgreSQL streaming replicas (hot standbys of DATABASE_URI), comma-separated. */
export const replicaUris = (env: Record<string, string | undefined> = process.env): string[] =>
  (env.DATABASE_REPLICA_URIS ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)

/**
 * Reads outside a transaction go to a replica, except for DATABASE_REPLICA_AFTER_WRITE_MS (default 2000) after this
 * process last wrote: then to the primary, so a writer reads back what it wrote. Writes and everything inside a
 * transaction use the primary. docs/operations.md → 只读副本 says what another instance may see meanwhile.
 */
const readReplicaOptions = (uri: string) => {
  const replicas = replicaUris()
  if (replicas.length === 0) return {}
  for (const replica of replicas) {
    if (dialectOf(replica) !== 'postgres') throw new Error(`DATABASE_REPLICA_URIS 中的地址不是 PostgreSQL：${replica}`)
    if (replica === uri) throw new Error('DATABASE_REPLICA_URIS 不能包含主库 DATABASE_URI 本身')
  }
  return { readReplicas: replicas, readReplicasAfterWriteInterval: Number(process.env.DATABASE_REPLICA_AFTER_WRITE_MS || 2000) }
}

export const databaseAdapter = (uri: string = databaseUri()): DatabaseAdapterResult => {
  const dialect = dialectOf(uri)
  if (dialect !== 'postgres' && replicaUris().length > 0) throw new Error('DATABASE_REPLICA_URIS（只读副本）只适用于 PostgreSQL，请删除该设置或改用 PostgreSQL')
  switch (dialect) {
    case 'postgres':
      // Instances starting together migrate one after the other (src/lib/startupLock.ts). A restart or failover of the
      // server fails requests with 503 and the pool reconnects (postgresResilience.ts); a server that accepts
      // connections but never answers (or a pool busy for that long) fails them after DATABASE_CONNECT_TIMEOUT_MS.
      return withMigrationLock(
        resilientPostgres(
          postgresAdapter({
            pool: { connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX || 10), connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || 30_000) },
            migrationDir: path.join(root, 'migrations/postgres'),
            prodMigrations: postgresMigrations,
            ...readReplicaOptions(uri),
          }),
        ),
      )
    case 'mongodb':
      return mongooseAdapter({ url: uri })
    case 'sqlite':
      // SQLite has one writer: transactions of this process take turns instead of failing with SQLITE_BUSY.
      // Their connections stay open between transactions (src/lib/reuseSqliteConnections.ts).
      return serializeTransactions(
        reuseSqliteConnections(
          reportCommitFailures(
            sqliteAdapter({
              client: { url: uri },
              migrationDir: path.join(root, 'migrations/sqlite'),
              prodMigrations: sqliteMigrations,
              transactionOptions: { behavior: 'immediate' },
              wal: true,
              busyTimeout: 10000,
            }),
          ),
        ),
      )
  }
}
