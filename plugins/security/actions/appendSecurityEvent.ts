/**
 * Appends one entry to the 安全审计日志. Inside the caller's transaction when it has one (the entry commits or
 * rolls back with the change it records), otherwise in a transaction of its own. The chain head row is
 * incremented atomically first, which locks it until the transaction ends: writers on other connections or
 * instances wait their turn, so each entry links to the one committed before it and the chain never forks.
 */
import type { Payload, PayloadRequest } from 'payload'
import { chainEntry, GENESIS_HASH, type ChainEntry } from '../../../domain/security/hashChain'
import type { SecurityEventKind, SecurityOutcome } from '../../../domain/security/securityEvents'
import { SECURITY_LOG_HEAD_KEY } from '../collections/SecurityLogHead'
import { securityNow } from '../clock'
import { SECURITY_EVENTS_SLUG, SECURITY_LOG_HEAD_SLUG } from '../defaults'
import { actorFields, clientIpOf, staffOf } from './requestInfo'
import type { Id } from '../../../domain/ids'

type TxReq = Partial<PayloadRequest>

/** The chain head row: the last sequence number handed out and the hash of the last entry. */
export type LogHead = { seq: number; hash?: string | null }

export type SecurityEventInput = {
  event: SecurityEventKind
  outcome?: SecurityOutcome
  /** The acting account; defaults to the request's signed-in user. */
  actor?: { id?: Id; name?: unknown; email?: unknown; roles?: unknown } | null
  /** For a failed login: the email that was typed. */
  actorEmail?: string | null
  ip?: string | null
  targetCollection?: string | null
  targetId?: Id | null
  summary: string
  details?: Record<string, unknown> | null
}

const MAX_TEXT = 500
const clip = (value: string | null | undefined): string | null => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : null)

/** Increments the head's sequence number, which locks the head row until the transaction ends. */
export const takeSequence = async (payload: Payload, headId: Id, req: TxReq): Promise<LogHead> => {
  // The adapter answers with the updated row.
  const updated: unknown = await payload.db.updateOne({ collection: SECURITY_LOG_HEAD_SLUG, id: headId, data: { seq: { $inc: 1 } }, req })
  return updated as LogHead
}

/** The head row's id (created on first use; onInit creates it before any request). */
export const ensureLogHead = async (payload: Payload, req: TxReq = {}): Promise<Id> => {
  const where = { key: { equals: SECURITY_LOG_HEAD_KEY } }
  const found = (await payload.db.findOne({ collection: SECURITY_LOG_HEAD_SLUG, where, req })) as { id: Id } | null
  if (found) return found.id
  const created = (await payload.db.create({ collection: SECURITY_LOG_HEAD_SLUG, data: { key: SECURITY_LOG_HEAD_KEY, seq: 0, hash: GENESIS_HASH }, req })) as { id: Id }
  return created.id
}

const write = async (payload: Payload, input: SecurityEventInput, req: TxReq, fromRequest: PayloadRequest | undefined): Promise<ChainEntry> => {
  const headId = await ensureLogHead(payload, req)
  const head = await takeSequence(payload, headId, req)
  const actor = input.actor === undefined && fromRequest ? staffOf(fromRequest) : input.actor
  const fields = actorFields(actor)
  const entry = chainEntry(head.hash || GENESIS_HASH, {
    seq: Number(head.seq),
    at: securityNow().toISOString(),
    event: input.event,
    outcome: input.outcome ?? 'success',
    ...fields,
    actorEmail: clip(input.actorEmail ?? fields.actorEmail),
    ip: clip(input.ip ?? (fromRequest ? clientIpOf(fromRequest) : null)),
    targetCollection: input.targetCollection ?? null,
    targetId: input.targetId !== undefined && input.targetId !== null ? String(input.targetId) : null,
    summary: clip(input.summary),
    details: input.details ?? null,
  })
  await payload.db.create({ collection: SECURITY_EVENTS_SLUG, data: entry, req })
  await payload.db.updateOne({ collection: SECURITY_LOG_HEAD_SLUG, id: headId, data: { hash: entry.hash }, req })
  return entry
}

/** Runs `work` in a transaction of its own (none on a MongoDB without replica set), retrying a lost race. */
export const inOwnTransaction = async <T>(payload: Payload, work: (req: TxReq) => Promise<T>, attempts = 3): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    const id = await payload.db.beginTransaction()
    try {
      const result = await work(id === null || id === undefined ? {} : { transactionID: id })
      if (id !== null && id !== undefined) await payload.db.commitTransaction(id)
      return result
    } catch (error) {
      if (id !== null && id !== undefined) await payload.db.rollbackTransaction(id).catch(() => undefined)
      if (attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30))
    }
  }
}

/**
 * Appends an entry. With `req` inside a transaction it joins it (a failure then fails the change it would have
 * recorded: no unlogged change); otherwise it commits on its own.
 */
export const appendSecurityEvent = async (payload: Payload, input: SecurityEventInput, req?: PayloadRequest): Promise<ChainEntry> => {
  const transactionID = req ? await req.transactionID : undefined
  if (req && transactionID !== undefined && transactionID !== null) return write(payload, input, { transactionID } as TxReq, req)
  return inOwnTransaction(payload, (txReq) => write(payload, input, txReq, req))
}

const pending = new Set<Promise<unknown>>()

/** Fire-and-forget work of the security plugin (entries after a commit, alert mails), logged if it fails. */
export const track = (payload: Payload, work: Promise<unknown>, what: string): void => {
  const tracked = work.catch((error) => payload.logger.error({ err: error, msg: `安全审计：${what}失败` }))
  pending.add(tracked)
  void tracked.finally(() => pending.delete(tracked))
}

/** Waits for tracked work (tests, graceful shutdown). */
export const settleSecurityWork = async (): Promise<void> => {
  while (pending.size > 0) await Promise.allSettled([...pending])
}
