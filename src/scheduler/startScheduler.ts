/** Starts the node-cron tasks of this instance; every slot is coordinated through the database. */
import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'
import { databaseRunCoordinator } from './databaseRunCoordinator'
import { publishDueItems } from './publishDueItems'
import { startAuditSchedule } from '../audit/scheduleAudit'

export type SchedulerOptions = { publishCron?: string; timezone?: string; instance?: string; audit?: boolean }

export const startScheduler = (payload: Payload, options: SchedulerOptions = {}) => {
  const runCoordinator = databaseRunCoordinator(payload, options.instance)
  const running = new Set<Promise<unknown>>()
  const track = <T>(work: Promise<T>) => {
    running.add(work)
    void work.finally(() => running.delete(work))
    return work
  }
  const tasks: ScheduledTask[] = [
    cron.schedule(
      options.publishCron ?? process.env.PUBLISH_CRON ?? '* * * * *',
      () =>
        track(
          publishDueItems(payload).then((summary) => {
            if (summary.published.length) payload.logger.info({ msg: `定时发布：已发布 ${summary.published.length} 条`, items: summary.published })
          }),
        ),
      { name: 'publish-scheduled', timezone: options.timezone ?? 'Asia/Shanghai', distributed: true, runCoordinator, noOverlap: true },
    ),
  ]
  // The daily audit (督办): its cron and time zone are settings; AUDIT=false turns it off.
  const audit =
    options.audit === false || process.env.AUDIT === 'false'
      ? null
      : startAuditSchedule(payload, { instance: options.instance }).catch((error) => {
          payload.logger.error({ err: error, msg: '自动巡检排程失败' })
          return null
        })
  return {
    /** Stops the tasks and waits for a run in progress to finish (graceful shutdown). */
    stop: async () => {
      for (const task of tasks) await task.stop()
      await (await audit)?.stop()
      await Promise.allSettled([...running])
    },
  }
}
