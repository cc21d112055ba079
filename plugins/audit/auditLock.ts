/**
 * At most one audit at a time across all instances (scheduled, `npm run audit`, the endpoint): a row with a fixed
 * unique key in the scheduler's runs collection. A claim older than the setting 巡检运行超时 belongs to a crashed
 * run and is retaken.
 */
import type { Payload } from 'payload'
import { CodedError } from '../../domain/errors'
import type { Id } from '../../domain/ids'
import { auditOptions } from './options'

export const AUDIT_LOCK_KEY = 'audit:lock'

export class AuditBusyError extends CodedError {
  constructor(since: string, instance: string) {
    super('audit.busy', instance, since)
    this.name = 'AuditBusyError'
  }
}

const claim = (payload: Payload, instance: string) =>
  payload.create({
    collection: auditOptions(payload).runs,
    data: { key: AUDIT_LOCK_KEY, task: 'audit-lock', status: 'running', instance, startedAt: new Date().toISOString() },
    overrideAccess: true,
  })

export const acquireAuditLock = async (payload: Payload, staleMinutes: number, instance = auditOptions(payload).instance): Promise<() => Promise<void>> => {
  const collection = auditOptions(payload).runs
  let row: { id: Id } | null = null
  try {
    row = await claim(payload, instance)
  } catch {
    const { docs } = await payload.find({ collection, where: { key: { equals: AUDIT_LOCK_KEY } }, limit: 1, depth: 0, overrideAccess: true })
    const held = docs[0] as { id: Id; startedAt?: string; instance?: string } | undefined
    if (!held) row = await claim(payload, instance)
    else if (Date.now() - new Date(String(held.startedAt)).getTime() > staleMinutes * 60_000) {
      payload.logger.warn({ msg: `retaking a stale audit claim of ${held.instance}`, startedAt: held.startedAt })
      // Delete exactly that stale claim; if two instances race here the unique key still admits one.
      await payload.db.deleteOne({ collection, where: { and: [{ id: { equals: held.id } }, { startedAt: { equals: held.startedAt } }] } })
      row = await claim(payload, instance)
    } else throw new AuditBusyError(String(held.startedAt), String(held.instance))
  }
  const id = row!.id
  return async () => {
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
}
