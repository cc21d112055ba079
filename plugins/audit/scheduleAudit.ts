/** The daily audit as a scheduled task: every instance schedules it, the database coordinator lets one run each slot. */
import cron, { type RunCoordinator } from 'node-cron'
import type { Payload } from 'payload'
import { AUDIT_TASK } from './defaults'
import { auditOptions } from './options'
import { loadAuditSettings } from './settings'
import { AuditBusyError } from './auditLock'
import { runAudit, type AuditResult } from './runAudit'

export { AUDIT_TASK } from './defaults'

export const auditSlotKey = (slot: Date) => `${AUDIT_TASK}:${slot.toISOString()}`

const runLogged = (payload: Payload, key: string, instance: string): Promise<AuditResult | null> =>
  runAudit(payload, { runKey: key, instance }).catch((error) => {
    if (error instanceof AuditBusyError) payload.logger.warn({ msg: error.message, key })
    else payload.logger.error({ err: error, msg: `自动巡检失败：${key}` })
    return null
  })

/** One slot of the daily audit as the scheduler runs it (the coordinator already elected this instance). */
export const runScheduledAuditSlot = async (payload: Payload, slot: Date, instance = auditOptions(payload).instance): Promise<void> =>
  void (await runLogged(payload, auditSlotKey(slot), instance))

/** What node-cron does for a distributed slot: ask the coordinator, run when elected, then report completion. */
export const runScheduledAudit = async (payload: Payload, coordinator: RunCoordinator, slot: Date, instance = auditOptions(payload).instance): Promise<AuditResult | null> => {
  const key = auditSlotKey(slot)
  if (!(await coordinator.shouldRun(key, 60 * 60_000))) return null
  try {
    return await runLogged(payload, key, instance)
  } finally {
    await coordinator.onComplete?.(key)
  }
}

export type AuditScheduleOptions = { instance?: string; cron?: string; timezone?: string; coordinator?: RunCoordinator }

/** The cron expression and time zone of the daily run: the plugin's options over the settings (read at start). */
export const auditSchedule = async (payload: Payload, options: { cron?: string; timezone?: string } = {}) => {
  const settings = await loadAuditSettings(payload)
  return { cron: options.cron ?? settings.dailyCron, timezone: options.timezone ?? settings.timeZone }
}

/**
 * Schedules the daily audit on its own (tests start several instances this way); the app's schedule goes through
 * the scheduler plugin. `coordinator` defaults to the database coordinator the scheduler plugin provides.
 */
export const startAuditSchedule = async (payload: Payload, options: AuditScheduleOptions = {}) => {
  const { cron: expression, timezone } = await auditSchedule(payload, options)
  const instance = options.instance ?? auditOptions(payload).instance
  const runCoordinator = options.coordinator ?? auditOptions(payload).coordinator(payload, instance)
  const task = cron.schedule(expression, (context) => runLogged(payload, auditSlotKey(context.date), instance), {
    name: AUDIT_TASK,
    timezone,
    distributed: true,
    runCoordinator,
    noOverlap: true,
  })
  payload.logger.info(`自动巡检已排程：${expression}（${timezone}）`)
  return { stop: async () => void (await task.stop()) }
}
