/**
 * Keeps SQLite's connections, and the statements prepared on them, for the next transaction. @libsql/client hands
 * its connection to each transaction and opens a new one for the next statement; a new connection parses the
 * whole schema again (a hundred tables, seven hundred indexes: milliseconds of blocked event loop) and forgets the
 * adapter's pragmas (busy_timeout, synchronous), and every statement is prepared anew, each time, though an app
 * runs the same few hundred. Transactions run one at a time here (serializeTransactions), so one spare connection is
 * enough; another is opened only if two ever overlap.
 */
import Database from 'libsql'
import { createClient, type Client, type InStatement, type Transaction, type TransactionMode } from '@libsql/client'
import type { DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

type SqliteAdapter = {
  client: Client
  clientConfig: Parameters<typeof createClient>[0]
  busyTimeout?: number
  wal?: false | { synchronous?: string }
  connect?: (options?: unknown) => Promise<void>
}

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }
const IDLE_LIMIT = 2
const STATEMENTS_PER_CONNECTION = 1000

type Statement = { raw: (toggle?: boolean) => Statement; columns: () => unknown }

/**
 * What the client asks a statement on every run, answered once: whether it returns rows at all (`raw()` throws when
 * it does not) and its result columns, when its SQL names them (a `*` would follow a schema change).
 */
const remembered = (statement: Statement, sql: string): Statement => {
  const raw = statement.raw.bind(statement)
  const columns = statement.columns.bind(statement)
  let rawMode: boolean | undefined
  let notAReader: unknown
  let names: unknown
  statement.raw = (toggle = true) => {
    if (notAReader) throw notAReader
    if (rawMode !== toggle) {
      try {
        raw(toggle)
      } catch (error) {
        notAReader = error
        throw error
      }
      rawMode = toggle
    }
    return statement
  }
  if (!/\*\s*from\b/i.test(sql)) statement.columns = () => (names ??= columns())
  return statement
}

/**
 * Prepared statements per connection, by their SQL. A statement runs to completion before the next starts (the
 * driver is synchronous), and SQLite re-prepares a statement by itself when the schema changes under it.
 */
const reusePreparedStatements = () => {
  const prototype = Database.prototype as { prepare: (sql: string) => Statement; reusesStatements?: true }
  if (prototype.reusesStatements) return
  const prepare = prototype.prepare
  const prepared = new WeakMap<object, Map<string, Statement>>()
  prototype.prepare = function (this: object, sql: string) {
    let statements = prepared.get(this)
    if (!statements) prepared.set(this, (statements = new Map()))
    let statement = statements.get(sql)
    if (!statement) {
      statement = remembered(prepare.call(this, sql), sql)
      if (statements.size >= STATEMENTS_PER_CONNECTION) statements.delete(statements.keys().next().value as string)
      statements.set(sql, statement)
    }
    return statement
  }
  prototype.reusesStatements = true
}

const pooledTransactions = (adapter: SqliteAdapter) => {
  const idle: Client[] = []
  const open = async (): Promise<Client> => {
    const connection = createClient(adapter.clientConfig)
    if (adapter.busyTimeout) await connection.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
    if (adapter.wal && adapter.wal.synchronous) await connection.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
    return connection
  }
  return async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const connection = idle.pop() ?? (await open())
    try {
      await connection.execute(BEGIN[mode])
    } catch (error) {
      connection.close()
      throw error
    }
    let closed = false
    const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (closed) return
      try {
        await connection.execute(statement)
      } catch (error) {
        // A failed COMMIT leaves the transaction open for the ROLLBACK that follows it; SQLite ends some failed
        // transactions by itself, and then there is nothing left to roll back.
        if (statement === 'COMMIT') throw error
        if (!/no transaction is active/i.test(String((error as Error).message))) {
          closed = true
          connection.close()
          throw error
        }
      }
      closed = true
      if (idle.length < IDLE_LIMIT) idle.push(connection)
      else connection.close()
    }
    const live = () => {
      if (closed) throw new Error('The transaction is closed')
      return connection
    }
    return {
      execute: (statement: InStatement) => live().execute(statement),
      batch: async (statements: InStatement[]) => {
        const results = []
        for (const statement of statements) results.push(await live().execute(statement))
        return results
      },
      executeMultiple: (sql: string) => live().executeMultiple(sql),
      commit: () => finish('COMMIT'),
      rollback: () => finish('ROLLBACK'),
      close: () => void finish('ROLLBACK'),
      get closed() {
        return closed
      },
    } as Transaction
  }
}

export const reuseSqliteConnections = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    reusePreparedStatements()
    const adapter = result.init(args) as unknown as SqliteAdapter
    const connect = adapter.connect
    if (connect) {
      adapter.connect = async function (this: SqliteAdapter, options?: unknown) {
        await connect.call(this, options)
        // The adapter keeps its client across reconnects (hot reload): patch it once.
        const client = adapter.client as Client & { pooled?: true }
        if (client && !client.pooled) {
          client.transaction = pooledTransactions(adapter)
          client.pooled = true
        }
      }
    }
    return adapter as unknown as ReturnType<DatabaseAdapterResult['init']>
  },
})
