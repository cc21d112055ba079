/** The scheduler's info and task list, read back from the running config. */
import type { Payload } from 'payload'
import { DEFAULT_LEASE_SECONDS, DEFAULT_TIMEZONE, INSTANCE_NAME, SCHEDULER_KEY, SCHEDULER_RUNS_SLUG, TASKS_KEY } from './defaults'
import type { ScheduledTask, SchedulerInfo } from './types'

type Names = Omit<SchedulerInfo, 'coordinator'>

const custom = (payload: Payload): Record<string, unknown> => (payload.config.custom ?? {}) as Record<string, unknown>

export const schedulerInfo = (payload: Payload): Names =>
  (custom(payload)[SCHEDULER_KEY] as Names | undefined) ?? { collection: SCHEDULER_RUNS_SLUG, instance: INSTANCE_NAME, timezone: DEFAULT_TIMEZONE, leaseSeconds: DEFAULT_LEASE_SECONDS }

export const scheduledTasks = (payload: Payload): readonly ScheduledTask[] => (custom(payload)[TASKS_KEY] as ScheduledTask[] | undefined) ?? []
