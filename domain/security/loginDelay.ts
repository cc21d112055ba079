/**
 * 登录失败处理 (GB/T 22239-2019 8.1.4.1 b) as a progressive delay instead of a lock: after `afterFailures`
 * failures each further attempt waits 2, 4, 8 … seconds after the last failure, at most `maxSeconds`. An
 * attempt refused while waiting is not a failure (it neither lengthens the wait nor is checked), so whoever
 * hammers an account cannot keep its owner out for longer than `maxSeconds` after they stop. Failures are
 * forgotten `windowMinutes` after the last one; a successful login clears the account's count.
 */

export type FailureState = { failures?: number | null; lastFailureAt?: string | Date | null } | null | undefined
export type DelayPolicy = { afterFailures: number; maxSeconds: number; windowMinutes: number }

const timeOf = (value: string | Date | null | undefined): number | null => {
  if (!value) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** The failures that still count at `now`. */
export const currentFailures = (state: FailureState, now: Date, windowMinutes: number): number => {
  const last = timeOf(state?.lastFailureAt)
  if (last === null || !state?.failures) return 0
  return now.getTime() - last < windowMinutes * 60_000 ? state.failures : 0
}

/** Seconds the next attempt waits after the last failure: 0 below the threshold, then 2, 4, 8 … up to the cap. */
export const delaySeconds = (failures: number, policy: Pick<DelayPolicy, 'afterFailures' | 'maxSeconds'>): number => {
  if (policy.afterFailures <= 0 || failures < policy.afterFailures) return 0
  return Math.min(policy.maxSeconds, 2 ** (failures - policy.afterFailures + 1))
}

/** When the next attempt may be checked, or null when it may be checked now. */
export const nextAttemptAt = (state: FailureState, now: Date, policy: DelayPolicy): Date | null => {
  const wait = delaySeconds(currentFailures(state, now, policy.windowMinutes), policy)
  const last = timeOf(state?.lastFailureAt)
  if (!wait || last === null) return null
  const at = last + wait * 1000
  return at > now.getTime() ? new Date(at) : null
}

/** The state after one more failure at `now`. */
export const withFailure = (state: FailureState, now: Date, windowMinutes: number): { failures: number; lastFailureAt: string } => ({
  failures: currentFailures(state, now, windowMinutes) + 1,
  lastFailureAt: now.toISOString(),
})

/** True when this failure is the one that reaches the alert threshold (0 = no alerts). */
export const reachesAlert = (failuresBefore: number, failuresAfter: number, threshold: number): boolean =>
  threshold > 0 && failuresBefore < threshold && failuresAfter >= threshold

/**
 * The one answer to every refused login — unknown email, wrong password, or an attempt that has to wait — so
 * the answer never tells which accounts exist.
 */
export const LOGIN_REFUSED_MESSAGE = '邮箱或密码不正确，或登录失败次数过多需稍后再试'
