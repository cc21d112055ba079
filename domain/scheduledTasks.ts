/**
 * The contract between the scheduler plugin and the plugins that hand it work, written once: a plugin appends its
 * tasks to `config.custom.scheduledTasks` in its config transform; the scheduler plugin (which marks itself on
 * `config.custom.scheduler`) schedules every one on every instance and lets the database elect one instance a slot.
 * Generic over the Payload instance so that this module imports nothing of Payload.
 */
export type ScheduledTask<P> = {
  /** Unique name; the slot keys in the runs collection are `<name>:<slot ISO>`. */
  name: string
  /** A cron expression, or a function reading it at start (e.g. from a settings global). */
  cron: string | ((payload: P) => Promise<string>)
  /** IANA time zone of the expression (the scheduler's own when absent); may be read at start too. */
  timezone?: string | ((payload: P) => Promise<string>)
  /** The work of one slot; `slot` is the slot's scheduled instant. A rejection marks the slot failed. */
  run: (payload: P, slot: Date) => Promise<void>
}

/** Key of the task list on `config.custom`. */
export const SCHEDULED_TASKS_KEY = 'scheduledTasks'

/** Key the scheduler plugin sets on `config.custom`: the others check it to say that they need it. */
export const SCHEDULER_KEY = 'scheduler'

type Custom = Record<string, unknown> | undefined

export const scheduledTasksOf = <P>(custom: Custom): ScheduledTask<P>[] => (custom?.[SCHEDULED_TASKS_KEY] as ScheduledTask<P>[] | undefined) ?? []

/** `config.custom` with the task appended (the tasks already there are kept). */
export const withScheduledTask = <P>(custom: Custom, task: ScheduledTask<P> | null): Record<string, unknown> => ({
  ...custom,
  [SCHEDULED_TASKS_KEY]: task ? [...scheduledTasksOf<P>(custom), task] : scheduledTasksOf<P>(custom),
})

export const hasScheduler = (custom: Custom): boolean => Boolean(custom?.[SCHEDULER_KEY])
