/**
 * Runs callbacks once the request's transaction has committed (and drops them on rollback): webhooks and cache
 * invalidation must never announce a change that a rollback undid. Works by wrapping the adapter's
 * commit/rollback, which every official adapter has; without a transaction the callback runs right away.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../domain/ids'

const pending = new WeakMap<object, Map<Id, Array<() => void>>>()

const runSafely = (payload: Payload, callbacks: Array<() => void>) => {
  for (const callback of callbacks) {
    try {
      callback()
    } catch (error) {
      payload.logger.error({ err: error, msg: 'after-commit callback failed' })
    }
  }
}

export const installAfterCommit = (payload: Payload): void => {
  const db = payload.db
  if (pending.has(db)) return
  const byTransaction = new Map<Id, Array<() => void>>()
  pending.set(db, byTransaction)
  // Optional at run time: an adapter without transactions leaves callbacks to run at once.
  const commit = (db.commitTransaction as typeof db.commitTransaction | undefined)?.bind(db)
  const rollback = (db.rollbackTransaction as typeof db.rollbackTransaction | undefined)?.bind(db)
  if (commit) {
    db.commitTransaction = async (idOrPromise) => {
      const id = await idOrPromise
      await commit(id)
      const callbacks = byTransaction.get(id)
      byTransaction.delete(id)
      if (callbacks) runSafely(payload, callbacks)
    }
  }
  if (rollback) {
    db.rollbackTransaction = async (idOrPromise) => {
      const id = await idOrPromise
      byTransaction.delete(id)
      await rollback(id)
    }
  }
}

export const afterCommit = async (req: PayloadRequest, callback: () => void): Promise<void> => {
  const id = (await req.transactionID) as Id | undefined | null
  const byTransaction = pending.get(req.payload.db)
  if (id === undefined || id === null || !byTransaction) {
    setImmediate(() => runSafely(req.payload, [callback]))
    return
  }
  const list = byTransaction.get(id) ?? []
  list.push(callback)
  byTransaction.set(id, list)
}
