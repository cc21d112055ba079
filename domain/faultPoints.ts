/**
 * Named points inside long passes (the audit, scheduled publishing) where a fault test stops a process on purpose:
 * the pass awaits the host's `faultPoint` there, which normally returns at once. A test makes it wait forever and
 * kills the process, so the kill lands at a known point instead of after a guessed sleep (docs/operations.md → 故障).
 */
export const FAULT_POINTS = [
  /** The audit's notices and digests are written, not yet committed. */
  'audit:before-commit',
  /** The audit has committed; its digests are not sent yet. */
  'audit:before-send',
  /** Scheduled publishing has committed one item and not begun the next. */
  'publish-scheduled:after-item',
] as const

export type FaultPointName = (typeof FAULT_POINTS)[number]

export type FaultPoint = (point: FaultPointName) => Promise<void>
