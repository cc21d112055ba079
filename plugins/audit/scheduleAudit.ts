/** The daily audit as a node-cron task: every instance schedules it, the database coordinator lets one run each slot. */
import cron, { type RunCoordinator } from 'node-cron'
import type { Payload } from 'payload'
import { databaseRunCoordinator, INSTANCE_NAME } from '../scheduler/databaseRunCoordinator'
import { loadAuditSettings } from './loadAuditSettings'
import { AuditBusyError } from './auditLock'
import { runAudit, type AuditResult } from './runAudit'

export const AUDIT_TASK = 'daily-audit'

export const auditSlotKey = (slot: Date) => `${AUDIT_TASK}:${slot.toISOString()}`

const runLogged = (payload: Payload, key: string, instance: string): Promise<AuditResult | null> =>
  runAudit(payload, { runKey: key, instance }).catch((error) => {
    if (error instanceof AuditBusyError) payload.logger.warn({ msg: error.message, key })
    else payload.logger.error({ err: error, msg: `自动巡检失败：${key}` })
    return null
  })

/** One slot of the daily audit as the scheduler runs it (the coordinator already elected this instance). */
export const runScheduledAuditSlot = async (payload: Payload, slot: Date, instance = INSTANCE_NAME): Promise<void> => void (await runLogged(payload, auditSlotKey(slot), instance))

/** What node-cron does for a distributed slot: ask the coordinator, run when elected, then report completion. */
export const runScheduledAudit = async (payload: Payload, coordinator: RunCoordinator, slot: Date, instance = INSTANCE_NAME): Promise<AuditResult | null> => {
  const key = auditSlotKey(slot)
  if (!(await coordinator.shouldRun(key, 60 * 60_000))) return null
  try {
    return await runLogged(payload, key, instance)
  } finally {
    await coordinator.onComplete?.(key)
  }
}

export type AuditScheduleOptions = { instance?: string; cron?: string; timezone?: string }

/** Schedules the daily audit with the cron expression and time zone of the settings (read at start). */
export const startAuditSchedule = async (payload: Payload, options: AuditScheduleOptions = {}) => {
  const settings = await loadAuditSettings(payload)
  const instance = options.instance ?? INSTANCE_NAME
  const expression = options.cron ?? process.env.AUDIT_CRON ?? settings.dailyCron
  const task = cron.schedule(expression, (context) => runLogged(payload, auditSlotKey(context.date), instance), {
    name: AUDIT_TASK,
    timezone: options.timezone ?? settings.timeZone,
    distributed: true,
    runCoordinator: databaseRunCoordinator(payload, instance),
    noOverlap: true,
  })
  payload.logger.info(`自动巡检已排程：${expression}（${options.timezone ?? settings.timeZone}）`)
  return { stop: async () => void (await task.stop()) }
}
