/** Starts the node-cron tasks of this instance; every slot is coordinated through the database. */
import cron, { type ScheduledTask as CronTask } from 'node-cron'
import type { Payload } from 'payload'
import { databaseRunCoordinator } from './databaseRunCoordinator'
import { schedulerInfo, scheduledTasks } from './options'
import type { RunningScheduler, ScheduledTask, StartOptions } from './types'

export type { StartOptions as SchedulerOptions } from './types'

const resolve = async (payload: Payload, value: string | ((payload: Payload) => Promise<string>)) => (typeof value === 'string' ? value : value(payload))

export const startScheduler = (payload: Payload, options: StartOptions = {}): RunningScheduler => {
  const info = schedulerInfo(payload)
  const instance = options.instance ?? info.instance
  const runCoordinator = databaseRunCoordinator(payload, instance)
  const registered = scheduledTasks(payload)
  const wanted = registered.filter(
    (task) => (!options.only || options.only.includes(task.name)) && !options.skip?.includes(task.name),
  )
  const running = new Set<Promise<unknown>>()
  const cronTasks: CronTask[] = []
  let stopped = false

  const schedule = (task: ScheduledTask, expression: string, timezone: string) => {
    if (stopped) return
    const scheduled = cron.schedule(
      expression,
      (context) => {
        const work = task.run(payload, context.date)
        running.add(work)
        void work.catch(() => undefined).finally(() => running.delete(work))
        return work.catch((error) => {
          payload.logger.error({ err: error, msg: `定时任务失败：${task.name}`, slot: context.date.toISOString() })
          throw error
        })
      },
      { name: task.name, timezone, distributed: true, runCoordinator, noOverlap: true },
    )
    cronTasks.push(scheduled)
  }

  // Tasks with a fixed expression are scheduled before this returns; those that read theirs at start follow.
  const later: Array<Promise<void>> = []
  for (const task of wanted) {
    const override = options.cron?.[task.name]
    const fixedCron = override ?? (typeof task.cron === 'string' ? task.cron : null)
    const fixedZone = typeof task.timezone === 'function' ? null : (task.timezone ?? options.timezone ?? info.timezone)
    if (fixedCron !== null && fixedZone !== null) {
      schedule(task, fixedCron, fixedZone)
      continue
    }
    later.push(
      Promise.all([fixedCron ?? resolve(payload, task.cron), fixedZone ?? resolve(payload, task.timezone!)]).then(
        ([expression, timezone]) => {
          schedule(task, expression, timezone)
          payload.logger.info(`定时任务已排程：${task.name} ${expression}（${timezone}）`)
        },
        (error) => payload.logger.error({ err: error, msg: `定时任务排程失败：${task.name}` }),
      ),
    )
  }
  const ready = Promise.all(later).then(() => undefined)

  return {
    ready,
    stop: async () => {
      stopped = true
      await ready
      for (const task of cronTasks) await task.stop()
      await Promise.allSettled([...running])
    },
  }
}
