/**
 * node-cron's RunCoordinator backed by the database: the first instance to insert a slot's key runs it,
 * every other instance finds the unique key taken and skips. Works on every Payload database adapter.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { RunCoordinator } from 'node-cron'
import { schedulerInfo } from './options'

export { INSTANCE_NAME } from './defaults'

const isDuplicateKey = (error: unknown): boolean => {
  const errors = (error as { data?: { errors?: Array<{ path?: string }> } })?.data?.errors
  if (errors?.some((e) => e.path === 'key')) return true
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`
  return /unique|duplicate/i.test(text)
}

export const databaseRunCoordinator = (payload: Payload, instance?: string): RunCoordinator => {
  const info = schedulerInfo(payload)
  const collection = info.collection as CollectionSlug
  const name = instance ?? info.instance
  return {
    async shouldRun(key: string) {
      try {
        await payload.create({
          collection,
          data: { key, task: key.split(':')[0], status: 'running', instance: name, startedAt: new Date().toISOString() },
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
