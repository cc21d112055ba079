/**
 * Scheduler plugin: the runs collection, the database run coordinator and node-cron. Other plugins append their
 * `ScheduledTask`s to `config.custom.scheduledTasks`; every instance schedules them and the database lets one
 * instance run each slot (docs/operations.md, several instances).
 */
import type { Config, Payload } from 'payload'
import { schedulerRuns } from './collections/SchedulerRuns'
import { DEFAULT_LEASE_SECONDS, DEFAULT_TIMEZONE, INSTANCE_NAME, SCHEDULER_KEY, SCHEDULER_RUNS_SLUG, TASKS_KEY } from './defaults'
import { startScheduler } from './startScheduler'
import { databaseRunCoordinator } from './databaseRunCoordinator'
import type { RunningScheduler, SchedulerInfo, SchedulerPluginOptions } from './types'

export type { RunningScheduler, ScheduledTask, SchedulerInfo, SchedulerPluginOptions, StartOptions } from './types'
export { startScheduler } from './startScheduler'
export { databaseRunCoordinator } from './databaseRunCoordinator'
export { SCHEDULER_KEY, TASKS_KEY } from './defaults'

const started = new WeakMap<Payload, RunningScheduler>()
/** Several Payload instances of one process (the server's and the admin's) start one set of tasks between them. */
const PROCESS_FLAG = Symbol.for('gongkai.scheduler.autoStarted')

/** Stops the scheduler the plugin started for this Payload, if any (graceful shutdown). */
export const stopScheduler = async (payload: Payload): Promise<void> => {
  const running = started.get(payload)
  started.delete(payload)
  await running?.stop()
}

export const schedulerPlugin =
  (options: SchedulerPluginOptions = {}) =>
  (config: Config): Config => {
    const info: SchedulerInfo = {
      collection: options.collection ?? SCHEDULER_RUNS_SLUG,
      instance: options.instance ?? INSTANCE_NAME,
      timezone: options.timezone ?? DEFAULT_TIMEZONE,
      leaseSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
      coordinator: databaseRunCoordinator,
    }
    const custom = config.custom ?? {}
    return {
      ...config,
      collections: [...(config.collections ?? []), schedulerRuns(info.collection, options.users)],
      custom: { ...custom, [SCHEDULER_KEY]: info, [TASKS_KEY]: custom[TASKS_KEY] ?? [] },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        const flags = globalThis as Record<symbol, unknown>
        if (options.autoStart === false || flags[PROCESS_FLAG]) return
        flags[PROCESS_FLAG] = true
        started.set(payload, startScheduler(payload))
        // payload.destroy() stops Payload's own crons; ours stop with them, so no slot fires on a closed database.
        ;(payload.crons as Array<{ stop: () => unknown }>).push({
          stop: async () => {
            await stopScheduler(payload)
            flags[PROCESS_FLAG] = false
          },
        })
      },
    }
  }
