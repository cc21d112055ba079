/**
 * A fixed clock for tests whose outcome depends on the date. `fixClock(at)` shifts this test file's `Date` so that it
 * reads `at` now and runs on with real time, millisecond by millisecond like the real clock (Payload orders an item's
 * versions by their timestamps, so the clock must never stand still between two writes); timers, `performance` and
 * I/O are untouched. Only the test process's `Date` moves: a child process keeps the system clock (give it the date,
 * e.g. `npm run audit -- --now`), and so does SQL's own clock (`now()`, `strftime('now')`).
 */
import { jest } from '@jest/globals'

type Fakeable = NonNullable<Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>['doNotFake']>[number]

const RealDate = Date
let offset = 0

/** `Date` as the real one plus `offset` (the prototype is shared, so `instanceof Date` holds for every date). */
function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
  const now = RealDate.now() + offset
  if (!new.target) return new RealDate(now).toString()
  return Reflect.construct(RealDate, args.length ? args : [now], new.target) as Date
}
ShiftedDate.prototype = RealDate.prototype
ShiftedDate.now = () => RealDate.now() + offset
ShiftedDate.parse = RealDate.parse
ShiftedDate.UTC = RealDate.UTC
Object.defineProperty(ShiftedDate, 'name', { value: 'Date' })

/** From now on this test file's `Date` reads `at`, and runs on with real time. */
export const fixClock = (at: Date | string | number) => {
  offset = new RealDate(at).getTime() - RealDate.now()
  globalThis.Date = ShiftedDate as unknown as DateConstructor
}

/** Moves this file's `Date` on by `ms` at once (for checks throttled on `Date.now()`), instead of sleeping. */
export const advanceClock = (ms: number) => {
  if (globalThis.Date !== (ShiftedDate as unknown)) fixClock(RealDate.now())
  offset += ms
}

const NOT_TIMERS: Fakeable[] = [
  'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate',
  'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback',
]

/**
 * `Date`, `setTimeout` and `setInterval` stand still until `jest.advanceTimersByTimeAsync` moves them: for code that
 * schedules itself (node-cron), so that the test fires each slot instead of sleeping and hoping it ran. Promises,
 * I/O and `setImmediate` stay real, so what a slot does (database work) runs as usual: await its outcome. Every
 * write while the clock is held carries the same timestamp, so create what the slots work on before holding it.
 */
export const holdClock = (at: Date | string | number = Date.now()) => {
  jest.useFakeTimers({ now: new RealDate(at), doNotFake: NOT_TIMERS })
}

/** Back to a running clock, from where the held one stood (never earlier: timestamps must not go back). */
export const releaseClock = () => {
  const held = Date.now()
  jest.useRealTimers()
  fixClock(Math.max(held + 1, Date.now()))
}

/** A calendar day and time in Beijing (the portal's time zone): `beijing('2026-09-07', '10:00')`. */
export const beijing = (day: string, time = '00:00') => new RealDate(`${day}T${time}:00+08:00`)

export const DAY_MS = 86_400_000
