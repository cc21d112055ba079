/**
 * node-cron tasks driven slot by slot on a held clock (see `holdClock`): the test fires each slot and awaits how
 * every task's slot ended, instead of sleeping through a few seconds of a per-second cron and hoping they ran.
 */
import { jest } from '@jest/globals'
import cron, { type ScheduledTask } from 'node-cron'

const OUTCOMES = ['execution:finished', 'execution:failed', 'execution:skipped', 'execution:overlap', 'execution:missed'] as const
export type SlotOutcome = (typeof OUTCOMES)[number]

type Slot = (slot: Date, run: () => Promise<void>) => Promise<void>
const inFlight = new WeakMap<ScheduledTask, Set<Promise<void>>>()

/**
 * node-cron 4 runs every slot of a task through `runner.runCoordinated`: the election, the task, then the
 * coordinator's `onComplete` (a database write) — and emits `execution:finished` before that write. A slot fired while
 * the previous one is still in there is refused as an overlap, so the test waits for all of it (see `fireSlot`).
 */
const track = (task: ScheduledTask) => {
  const runner = (task as ScheduledTask & { runner?: { runCoordinated?: Slot } }).runner
  if (typeof runner?.runCoordinated !== 'function') throw new Error('node-cron internals changed: a task has no runner.runCoordinated')
  const runCoordinated = runner.runCoordinated.bind(runner)
  const pending = new Set<Promise<void>>()
  inFlight.set(task, pending)
  runner.runCoordinated = (slot, run) => {
    const work = runCoordinated(slot, run)
    pending.add(work)
    void work.finally(() => pending.delete(work)).catch(() => undefined)
    return work
  }
}

/** The tasks named `name` that `start` schedules (node-cron keeps every task of the process in one registry). */
export const tasksScheduledBy = async <T>(name: string, start: () => Promise<T> | T): Promise<{ started: T; tasks: ScheduledTask[] }> => {
  const before = new Set(cron.getTasks().keys())
  const started = await start()
  const tasks = [...cron.getTasks().values()].filter((task) => !before.has(task.id) && task.name === name)
  tasks.forEach(track)
  return { started, tasks }
}

/** How a task's next slot ends: it ran (finished or failed), another instance was elected (skipped), or it did not run. */
const nextOutcome = (task: ScheduledTask) =>
  new Promise<SlotOutcome>((resolve) => {
    const listeners = OUTCOMES.map((event) => {
      const listener = () => {
        for (const [name, fn] of listeners) task.off(name, fn)
        resolve(event)
      }
      task.on(event, listener)
      return [event, listener] as const
    })
  })

/**
 * Moves the held clock on by one slot (1 s) and resolves, once every task's slot has ended (its coordinator's
 * bookkeeping included), with the outcomes sorted.
 */
export const fireSlot = async (tasks: ScheduledTask[], ms = 1000): Promise<SlotOutcome[]> => {
  const outcomes = Promise.all(tasks.map(nextOutcome))
  await jest.advanceTimersByTimeAsync(ms)
  const ended = (await outcomes).sort()
  await Promise.allSettled(tasks.flatMap((task) => [...(inFlight.get(task) ?? [])]))
  return ended
}
