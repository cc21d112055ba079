/**
 * Keeps the PostgreSQL adapter sound through a database restart (docs/operations.md → 故障):
 * - a connection the server drops (57P01 on `pg_ctl restart`, a failover) emits `error` on its pg client, and
 *   on the pool while idle; node-postgres crashes the process on an `error` nobody listens to. Every pool and every
 *   client gets a listener that logs; the pool drops the dead client and opens new ones for later requests;
 * - Payload's drizzle transactions swallow the error of the final COMMIT (their promise is caught to avoid an
 *   unhandled rejection), so a write whose COMMIT failed would be acknowledged as done. Here the COMMIT's outcome
 *   reaches the caller: the request fails (503) and nothing is reported that the database did not keep. SQLite needs
 *   this too (`reportCommitFailures`): its COMMIT fails with SQLITE_BUSY when a write outside the transaction
 *   (the webhook dispatcher's bookkeeping) meets it on the libsql client's other connection.
 */
import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult, Payload } from 'payload'

type Logger = Pick<Payload['logger'], 'warn'>
type PgModule = typeof pg

/** The pg module the adapter builds its pools from, with every pool and client listening for `error`. */
export const guardedPg = (module: PgModule, logger: () => Logger | undefined): PgModule => {
  const warn = (msg: string) => (error: Error) => logger()?.warn({ err: error, msg })
  class GuardedPool extends module.Pool {
    constructor(options?: pg.PoolConfig) {
      super(options)
      this.on('error', warn('PostgreSQL: an idle connection was closed by the server; the pool opens a new one when needed'))
      this.on('connect', (client) => void client.on('error', warn('PostgreSQL: a connection in use was closed by the server; its request fails with 503')))
    }
  }
  return { ...module, Pool: GuardedPool } as PgModule
}

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type DrizzleAdapter = BaseDatabaseAdapter & {
  pg: PgModule
  drizzle: { transaction: (run: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  initializing: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
  payload: Payload
}

class Rollback extends Error {}

/** Payload's beginTransaction, but the transaction's outcome (the COMMIT) is kept for commitTransaction to report. */
const beginTransaction = async function (this: DrizzleAdapter, options?: unknown): Promise<string> {
  await this.initializing
  const id = randomUUID()
  let session!: Session
  await new Promise<void>((ready, failed) => {
    let finish!: (outcome?: Rollback) => void
    const done = this.drizzle.transaction(async (tx) => {
      await new Promise<void>((resolve, reject) => {
        finish = (outcome) => (outcome ? reject(outcome) : resolve())
        session = { db: tx, resolve: async () => (finish(), await done), reject: async () => (finish(new Rollback()), await done.catch(() => undefined)) }
        ready()
      })
    }, (options as object | undefined) ?? this.transactionOptions)
    // Handled here (BEGIN failed) and awaited again by commit; never an unhandled rejection in between.
    done.catch((error: unknown) => (session ? undefined : failed(error)))
  }).catch((error: Error) => {
    throw new Error(`Error: cannot begin transaction: ${error.message}`, { cause: error })
  })
  this.sessions[id] = session
  return id
}

const commitTransaction = async function (this: DrizzleAdapter, idOrPromise: number | string | Promise<number | string>): Promise<void> {
  const id = String(await idOrPromise)
  const session = this.sessions[id]
  if (!session) return
  delete this.sessions[id]
  // A failed COMMIT rolled the transaction back: the caller must not report success.
  await session.resolve()
}

const rollbackTransaction = async function (this: DrizzleAdapter, idOrPromise: number | string | Promise<number | string>): Promise<void> {
  const id = String(await idOrPromise)
  const session = this.sessions[id]
  if (!session) return
  delete this.sessions[id]
  await session.reject()
}

/** Any drizzle adapter (PostgreSQL, SQLite): a failed COMMIT fails the request instead of passing for success. */
export const reportCommitFailures = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    const adapter = result.init(args) as DrizzleAdapter
    adapter.beginTransaction = beginTransaction.bind(adapter) as BaseDatabaseAdapter['beginTransaction']
    adapter.commitTransaction = commitTransaction.bind(adapter)
    adapter.rollbackTransaction = rollbackTransaction.bind(adapter)
    return adapter
  },
})

export const resilientPostgres = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    const adapter = result.init(args) as DrizzleAdapter
    adapter.pg = guardedPg(adapter.pg, () => adapter.payload?.logger)
    adapter.beginTransaction = beginTransaction.bind(adapter) as BaseDatabaseAdapter['beginTransaction']
    adapter.commitTransaction = commitTransaction.bind(adapter)
    adapter.rollbackTransaction = rollbackTransaction.bind(adapter)
    return adapter
  },
})
