/** Starts the node-cron tasks of this instance; every slot is coordinated through the database. */
import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'
import { databaseRunCoordinator } from './databaseRunCoordinator'
import { publishDueItems } from '../workflow/actions/publishDueItems'
import { startAuditSchedule } from '../audit/scheduleAudit'
import { purgeSecurityEvents } from '../security/actions/purgeSecurityEvents'
import { DEFAULT_PURGE_CRON } from '../security/defaults'

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
    // 安全审计日志: entries past the retention setting (never under 180 days) leave once a day, the purge itself logged.
    cron.schedule(
      process.env.SECURITY_PURGE_CRON ?? DEFAULT_PURGE_CRON,
      () =>
        track(
          purgeSecurityEvents(payload).then(
            (result) => {
              if (result.purged) payload.logger.info({ msg: `安全审计日志：清理保存期满的记录 ${result.purged} 条`, ...result })
            },
            (error) => payload.logger.error({ err: error, msg: '安全审计日志清理失败' }),
          ),
        ),
      { name: 'security-log-purge', timezone: options.timezone ?? 'Asia/Shanghai', distributed: true, runCoordinator, noOverlap: true },
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
