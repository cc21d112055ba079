/** Options and contracts of the scheduler plugin (node-cron slots coordinated through the database). */
import type { Payload } from 'payload'
import type { RunCoordinator } from 'node-cron'
import type { UserModel } from '../../domain/actors'
import type { ScheduledTask as DomainScheduledTask } from '../../domain/scheduledTasks'

/** A task other plugins hand to the scheduler (the contract is domain/scheduledTasks.ts). */
export type ScheduledTask = DomainScheduledTask<Payload>

export type SchedulerPluginOptions = {
  /** Name of this instance in the runs collection (default: INSTANCE_NAME, else `<hostname>:<pid>`). */
  instance?: string
  /** Time zone of tasks that name none (default 'Asia/Shanghai'). */
  timezone?: string
  /**
   * Start every task when Payload initialises (default true). Scripts and tests that boot Payload without
   * wanting background work pass false; they may still call `startScheduler` themselves.
   */
  autoStart?: boolean
  /** Slug of the runs collection (default 'scheduler-runs'). */
  collection?: string
  /** Where the host keeps its staff and their roles (admins read the runs). */
  users?: Partial<UserModel>
  /**
   * Seconds after which a slot still 运行中 is taken for abandoned (its process was killed) and marked 失败 by the
   * next slot of the same task (default DEFAULT_LEASE_SECONDS, an hour). Longer than any pass takes.
   */
  leaseSeconds?: number
}

/** What the transform leaves on `config.custom.scheduler`: other plugins check it is there and find the runs here. */
export type SchedulerInfo = {
  collection: string
  instance: string
  timezone: string
  leaseSeconds: number
  /** The database run coordinator, for a plugin that schedules a node-cron task of its own. */
  coordinator: (payload: Payload, instance?: string) => RunCoordinator
}

/** Options of one `startScheduler` call (tests start one on a given instance, with faster crons). */
export type StartOptions = {
  instance?: string
  timezone?: string
  /** Cron expressions replacing a task's own, by task name. */
  cron?: Record<string, string>
  /** Only these tasks (by name). */
  only?: readonly string[]
  /** Not these tasks (by name). */
  skip?: readonly string[]
}

export type RunningScheduler = {
  /** Resolves when every task is scheduled (tasks whose cron is read at start come a little later). */
  ready: Promise<void>
  /** Stops the tasks and waits for a run in progress to finish (graceful shutdown). */
  stop: () => Promise<void>
}
