/** The failure counters of the progressive login delay, one row per `email:…` and per `ip:…` key. */
import type { Payload, PayloadRequest } from 'payload'
import { currentFailures, type FailureState, withFailure } from '../../../domain/security/loginDelay'
import { LOGIN_THROTTLES_SLUG } from '../defaults'

type Row = { id: number | string; key: string; failures?: number | null; lastFailureAt?: string | null }

export const emailKey = (email: string): string => `email:${email}`
export const ipKey = (ip: string): string => `ip:${ip}`

/** `req`: the login's own request, which may already be in a transaction (the first-user registration logs in). */
type Req = Partial<PayloadRequest>

export const readFailures = async (payload: Payload, key: string, req: Req = {}): Promise<Row | null> =>
  (await payload.db.findOne({ collection: LOGIN_THROTTLES_SLUG, where: { key: { equals: key } }, req })) as Row | null

/** Adds a failure at `now`; returns the counts before and after. */
export const addFailure = async (payload: Payload, key: string, now: Date, windowMinutes: number, req: Req = {}, retry = true): Promise<{ before: number; after: number }> => {
  const row = await readFailures(payload, key, req)
  const before = currentFailures(row as FailureState, now, windowMinutes)
  const next = withFailure(row as FailureState, now, windowMinutes)
  if (row) await payload.db.updateOne({ collection: LOGIN_THROTTLES_SLUG, id: row.id, data: next, req })
  else {
    try {
      await payload.db.create({ collection: LOGIN_THROTTLES_SLUG, data: { key, ...next }, req })
    } catch (error) {
      // Another instance created the row a moment ago: count on it.
      if (!retry) throw error
      return addFailure(payload, key, now, windowMinutes, req, false)
    }
  }
  return { before, after: next.failures }
}

export const clearFailures = async (payload: Payload, key: string, req: Req = {}): Promise<void> => {
  await payload.db.deleteMany({ collection: LOGIN_THROTTLES_SLUG, where: { key: { equals: key } }, req })
}

const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `work` for one key after the previous attempt for the same key has finished, in this process: a burst of
 * parallel guesses is checked one by one, so the delay starts after the threshold, not after the burst.
 */
export const oneAtATime = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(work, work)
  const settled = run.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}
