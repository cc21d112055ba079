/**
 * Runs a callback once the request's transaction has committed (dropped on rollback), for the log entry of a
 * logout: written inside the logout's transaction it would wait on the account row that the logout locks after
 * its hooks. Wraps the adapter's commit/rollback, which every official adapter has; without a transaction the
 * callback runs right away. Installed once per adapter, next to any other plugin's wrapper.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'

type Adapter = {
  commitTransaction?: (id: Id | Promise<Id>) => Promise<void>
  rollbackTransaction?: (id: Id | Promise<Id>) => Promise<void>
}

const pending = new WeakMap<object, Map<Id, Array<() => void>>>()

const runSafely = (payload: Payload, callbacks: Array<() => void>) => {
  for (const callback of callbacks) {
    try {
      callback()
    } catch (error) {
      payload.logger.error({ err: error, msg: '安全审计：提交后的回调失败' })
    }
  }
}

export const installAfterCommit = (payload: Payload): void => {
  const db = payload.db as Adapter
  if (pending.has(db)) return
  const byTransaction = new Map<Id, Array<() => void>>()
  pending.set(db, byTransaction)
  const commit = db.commitTransaction?.bind(db)
  const rollback = db.rollbackTransaction?.bind(db)
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
