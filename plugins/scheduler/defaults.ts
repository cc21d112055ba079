/** Names and defaults of the scheduler plugin. */
import os from 'node:os'

export const SCHEDULER_RUNS_SLUG = 'scheduler-runs'
export const DEFAULT_TIMEZONE = 'Asia/Shanghai'
export { SCHEDULER_KEY, SCHEDULED_TASKS_KEY as TASKS_KEY } from '../../domain/scheduledTasks'

/** A slot 运行中 for longer than this belonged to a process that died (killed, lost its host): it is marked 失败. */
export const DEFAULT_LEASE_SECONDS = 3600

export const INSTANCE_NAME = process.env.INSTANCE_NAME || `${os.hostname()}:${process.pid}`
