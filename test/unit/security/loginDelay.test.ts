/** Specification of the progressive login delay (GB/T 22239-2019 8.1.4.1 b): waits that grow, never a lock. */
import { describe, expect, it } from '@jest/globals'
import { currentFailures, delaySeconds, nextAttemptAt, reachesAlert, withFailure } from '../../../domain/security/loginDelay'

const policy = { afterFailures: 5, maxSeconds: 300, windowMinutes: 60 }
const t0 = new Date('2026-12-01T08:00:00Z')
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000)

describe('delaySeconds', () => {
  it.each([
    [0, 0], [4, 0], [5, 2], [6, 4], [7, 8], [10, 64], [12, 256], [13, 300], [500, 300],
  ])('after %i failures waits %i seconds', (failures, seconds) => {
    expect(delaySeconds(failures, policy)).toBe(seconds)
  })

  it('never waits when the threshold is 0', () => {
    expect(delaySeconds(100, { afterFailures: 0, maxSeconds: 300 })).toBe(0)
  })
})

describe('nextAttemptAt', () => {
  it('lets the sixth attempt in two seconds after the fifth failure, not before', () => {
    const state = { failures: 5, lastFailureAt: t0.toISOString() }
    expect(nextAttemptAt(state, after(1), policy)).toEqual(after(2))
    expect(nextAttemptAt(state, after(2), policy)).toBeNull()
  })

  it('never holds an account longer than the cap after the last failure', () => {
    const state = { failures: 1000, lastFailureAt: t0.toISOString() }
    expect(nextAttemptAt(state, after(299), policy)).toEqual(after(300))
    expect(nextAttemptAt(state, after(300), policy)).toBeNull()
  })

  it('forgets failures an hour after the last one', () => {
    const state = { failures: 9, lastFailureAt: t0.toISOString() }
    expect(currentFailures(state, after(3599), 60)).toBe(9)
    expect(currentFailures(state, after(3600), 60)).toBe(0)
  })

  it('lets anyone in who has no failures', () => {
    expect(nextAttemptAt(null, t0, policy)).toBeNull()
  })
})

describe('withFailure', () => {
  it('counts on within the window and starts again after it', () => {
    expect(withFailure({ failures: 3, lastFailureAt: t0 }, after(10), 60)).toEqual({ failures: 4, lastFailureAt: after(10).toISOString() })
    expect(withFailure({ failures: 3, lastFailureAt: t0 }, after(7200), 60)).toEqual({ failures: 1, lastFailureAt: after(7200).toISOString() })
  })
})

describe('reachesAlert', () => {
  it('fires once, on the failure that reaches the threshold', () => {
    expect([8, 9, 10, 11].map((n) => reachesAlert(n, n + 1, 10))).toEqual([false, true, false, false])
    expect(reachesAlert(9, 10, 0)).toBe(false)
  })
})
