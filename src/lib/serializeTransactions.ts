/**
 * Makes a database adapter run one transaction at a time in this process. libsql's SQLite driver is
 * synchronous: a second BEGIN IMMEDIATE while the first transaction awaits would block the event loop until
 * the busy timeout. Queueing the BEGINs keeps every write transaction intact and ordered.
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'
import { codedError } from '../../domain/errors'

const WAIT_LIMIT_MS = 60_000

export const serializeTransactions = (result: DatabaseAdapterResult): DatabaseAdapterResult => ({
  ...result,
  init: (args: Parameters<DatabaseAdapterResult['init']>[0]) => {
    const adapter = result.init(args) as BaseDatabaseAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const releases = new Map<number | string, () => void>()
    let tail: Promise<void> = Promise.resolve()

    const acquire = (): Promise<() => void> => {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => turn)
      return new Promise((resolve, reject) => {
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          reject(codedError('app.database-busy'))
        }, WAIT_LIMIT_MS)
        void previous.then(() => {
          // A waiter that gave up still holds its place in the queue: pass the turn straight on.
          if (timedOut) return release()
          clearTimeout(timer)
          resolve(release)
        })
      })
    }

    adapter.beginTransaction = async (options) => {
      const release = await acquire()
      try {
        const id = await begin(options)
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const finishing = (finish: (id: number | string) => Promise<void>) => async (idOrPromise: number | string | Promise<number | string>) => {
      const id = await idOrPromise
      try {
        await finish(id)
      } finally {
        releases.get(id)?.()
        releases.delete(id)
      }
    }
    adapter.commitTransaction = finishing(commit)
    adapter.rollbackTransaction = finishing(rollback)
    return adapter
  },
})
