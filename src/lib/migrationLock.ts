/**
 * Several instances started at once on one PostgreSQL database (a rolling deploy, a scaled-out service) must not run
 * the production migrations side by side: the adapter's `migrate` runs under a session-level advisory lock held on a
 * connection of its own, so the first instance migrates and the others, once they get the lock, find every migration
 * recorded in `payload_migrations` and go on (docs/operations.md → 多实例部署).
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

/** The lock's key: any fixed 64-bit number, the same for every instance of this application. */
export const MIGRATION_LOCK_KEY = 7_203_117_042

type PoolClient = { query: (sql: string, values?: unknown[]) => Promise<unknown>; release: () => void }
type PostgresAdapter = BaseDatabaseAdapter & { pool?: { connect: () => Promise<PoolClient> } }

export const withMigrationLock = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    const adapter = result.init(args) as PostgresAdapter
    const migrate = adapter.migrate.bind(adapter)
    adapter.migrate = async (migrateArgs) => {
      if (!adapter.pool) return migrate(migrateArgs)
      const client = await adapter.pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
        try {
          return await migrate(migrateArgs)
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
        }
      } finally {
        client.release()
      }
    }
    return adapter
  },
})
