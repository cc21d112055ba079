/**
 * The time the security rules see: idle sessions, password age, login delays and log entries. Tests move it
 * (`setSecurityClock`) instead of waiting half an hour.
 */
let clock: () => Date = () => new Date()

export const securityNow = (): Date => clock()

/** Replaces the clock; `null` restores the real one. */
export const setSecurityClock = (next: (() => Date) | null): void => {
  clock = next ?? (() => new Date())
}
