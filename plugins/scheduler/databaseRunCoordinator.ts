/**
 * node-cron's RunCoordinator backed by the database: the first instance to insert a slot's key runs it,
 * every other instance finds the unique key taken and skips. Works on every Payload database adapter.
 * A process killed during a slot leaves it 运行中; the next slot of the task (any instance) marks slots older than
 * the lease 失败, so the runs list tells the truth. The next slot itself runs regardless: its key is its own.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import type { RunCoordinator } from 'node-cron'
import { schedulerInfo } from './options'

export { INSTANCE_NAME } from './defaults'

const isDuplicateKey = (error: unknown): boolean => {
  const errors = (error as { data?: { errors?: Array<{ path?: string }> } })?.data?.errors
  if (errors?.some((e) => e.path === 'key')) return true
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`
  return /unique|duplicate/i.test(text)
}

/** Message of an abandoned slot, in its summary. */
export const abandonedSummary = (seconds: number) => ({ error: `运行中断：超过 ${seconds} 秒未结束（进程可能已被终止），已由后续时段标记为失败` })

export const databaseRunCoordinator = (payload: Payload, instance?: string): RunCoordinator => {
  const info = schedulerInfo(payload)
  const collection = info.collection as CollectionSlug
  const name = instance ?? info.instance

  const markAbandoned = async (task: string) => {
    const before = new Date(Date.now() - info.leaseSeconds * 1000).toISOString()
    const running: Where = { and: [{ task: { equals: task } }, { status: { equals: 'running' } }, { startedAt: { less_than: before } }] }
    // A read first: most slots find nothing, and a write would take SQLite's lock every minute for nothing.
    const stale = await payload.find({ collection, where: running, limit: 100, depth: 0, overrideAccess: true, pagination: false })
    if (stale.docs.length === 0) return
    await payload.update({
      collection,
      where: { and: [running, { id: { in: stale.docs.map((d) => d.id) } }] },
      data: { status: 'failed', finishedAt: new Date().toISOString(), summary: abandonedSummary(info.leaseSeconds) },
      overrideAccess: true,
      depth: 0,
    })
    payload.logger.warn({ msg: `定时任务时段运行中断，已标记为失败：${stale.docs.map((d) => String((d as { key?: unknown }).key)).join('、')}` })
  }

  return {
    async shouldRun(key: string) {
      const task = key.split(':')[0]
      // Bookkeeping only: a failure here must not cost the slot its run.
      await markAbandoned(task).catch((error) => payload.logger.warn({ err: error, msg: `无法检查中断的定时任务时段：${task}` }))
      try {
        await payload.create({
          collection,
          data: { key, task, status: 'running', instance: name, startedAt: new Date().toISOString() },
          overrideAccess: true,
        })
        return true
      } catch (error) {
        if (isDuplicateKey(error)) return false
        throw error
      }
    },
    async onComplete(key: string) {
      await payload.update({
        collection,
        // A run that recorded its own outcome (e.g. the audit's 'failed') keeps it.
        where: { and: [{ key: { equals: key } }, { status: { equals: 'running' } }] },
        data: { status: 'done', finishedAt: new Date().toISOString() },
        overrideAccess: true,
      })
    },
  }
}
