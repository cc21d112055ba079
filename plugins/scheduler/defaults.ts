/** Names and defaults of the scheduler plugin. */
import os from 'node:os'

export const SCHEDULER_RUNS_SLUG = 'scheduler-runs'
export const DEFAULT_TIMEZONE = 'Asia/Shanghai'
/** Key of the scheduler's info on `config.custom`. */
export const SCHEDULER_KEY = 'scheduler'
/** Key of the task list other plugins append to on `config.custom`. */
export const TASKS_KEY = 'scheduledTasks'

export const INSTANCE_NAME = process.env.INSTANCE_NAME || `${os.hostname()}:${process.pid}`
