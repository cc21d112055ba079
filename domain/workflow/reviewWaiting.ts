/**
 * How long an item has waited in its review stage and when the stage's 办理时限 falls: the numbers 待我审核 shows.
 * The stage begins at submission or at the last signature (as the daily audit's 审核环节停留 counts it); working
 * days follow the official calendar and do not count the start day. A count that runs into a year the calendar
 * does not know is given as bounds.
 */
import { daysBetween, endOfLocalDay, isAfterBounds, localDate, type CountBounds, type WorkingDayCalendar } from '../calendar'

export type ReviewWaiting = {
  /** When the item entered its stage (ISO). */
  enteredAt: string
  /** Calendar days since that day (0 on the day itself). */
  days: number
  /** Working days since that day, as bounds (equal when every day is known). */
  workingDays: CountBounds | null
  /** End of the deadline day (ISO) when the 办理时限 is known and exact; the earliest possible end otherwise. */
  dueAt: string | null
  /** True once the deadline day has passed; null when unknown. */
  overdue: boolean | null
  /** The stage's 办理时限 in working days, or null when the host sets none. */
  limit: number | null
}

/** The latest of the submission and the signatures' times: when the current stage began. */
export const stageEnteredAt = (submittedAt: string | null | undefined, signatureTimes: ReadonlyArray<string | null | undefined>): string | null => {
  const times = [submittedAt, ...signatureTimes].filter((t): t is string => typeof t === 'string' && !Number.isNaN(new Date(t).getTime()))
  return times.length ? new Date(Math.max(...times.map((t) => new Date(t).getTime()))).toISOString() : null
}

export const reviewWaiting = (
  enteredAt: string,
  now: Date,
  limit: number | null,
  calendar: WorkingDayCalendar | null,
  timeZone = 'Asia/Shanghai',
): ReviewWaiting => {
  const entered = localDate(enteredAt, timeZone)
  const today = localDate(now, timeZone)
  const workingDays = calendar ? calendar.workingDaysBetweenBounds(entered, today) : null
  const deadline = calendar && limit !== null && limit >= 0 ? calendar.addWorkingDaysBounds(entered, limit) : null
  return {
    enteredAt,
    days: Math.max(0, daysBetween(entered, today)),
    workingDays,
    dueAt: deadline ? endOfLocalDay(deadline.earliest, timeZone).toISOString() : null,
    overdue: deadline ? isAfterBounds(today, deadline) : null,
    limit,
  }
}
