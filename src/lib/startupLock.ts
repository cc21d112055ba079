/**
 * Several instances started at once on one PostgreSQL database (a rolling deploy, a scaled-out service) must not run
 * their start-up work side by side: the production migrations and every plugin's first-start seeding (the settings,
 * the 标准目录, the word lists…) run under a session-level advisory lock held on a connection of its own. The first
 * instance migrates and seeds; the others, once they get the lock, find it done and go on (docs/operations.md →
 * 多实例部署). Other databases have one process per database (SQLite) or no pool to lock on: nothing changes there.
 */
import type { BaseDatabaseAdapter, Config, DatabaseAdapterObj as DatabaseAdapterResult, Payload, Plugin } from 'payload'

/** The lock's key: any fixed 64-bit number, the same for every instance of this application. */
export const STARTUP_LOCK_KEY = 7_203_117_042

type PoolClient = { query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>; release: () => void }
type PostgresAdapter = BaseDatabaseAdapter & { pool?: { connect: () => Promise<PoolClient> } }

/** Runs `work` holding the lock when the adapter has a PostgreSQL pool; runs it plainly otherwise. */
const underLock = async <T>(adapter: PostgresAdapter, work: () => Promise<T>): Promise<T> => {
  if (!adapter.pool) return work()
  const client = await adapter.pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}

/** The database adapter whose production migrations run under the lock. */
export const withMigrationLock = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    const adapter = result.init(args) as PostgresAdapter
    const migrate = adapter.migrate.bind(adapter)
    adapter.migrate = (migrateArgs) => underLock(adapter, () => migrate(migrateArgs))
    return adapter
  },
})

/** Last in the plugin list: every plugin's `onInit` (first-start seeding) runs under the lock. */
export const startupLock: Plugin = (config: Config): Config => {
  const onInit = config.onInit
  return { ...config, onInit: async (payload: Payload) => underLock(payload.db as unknown as PostgresAdapter, async () => onInit?.(payload)) }
}

/** A lock key per task name, apart from the start-up lock's. */
const taskLockKey = (name: string): number => {
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) | 0
  return STARTUP_LOCK_KEY + 1 + (Math.abs(hash) % 1_000_000)
}

/**
 * Scheduled work no two passes may do at once, on any instance (定时发布: two overlapping passes on two instances
 * both found an item still scheduled and published it twice). A pass that finds the work running — in this process,
 * or on another instance holding the PostgreSQL advisory lock — skips; the next slot catches up.
 */
export const exclusively = (name: string) => {
  const key = taskLockKey(name)
  let running = false
  return async (payload: Payload, work: () => Promise<void>): Promise<void> => {
    if (running) return
    running = true
    try {
      const adapter = payload.db as unknown as PostgresAdapter
      if (!adapter.pool) return await work()
      const client = await adapter.pool.connect()
      try {
        const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [key])
        if (!rows[0]?.locked) return
        try {
          await work()
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key])
        }
      } finally {
        client.release()
      }
    } finally {
      running = false
    }
  }
}
