/**
 * The register's state from its history: the history entries become the clock's events (domain/applications/
 * clock.ts), and `status`, `dueAt`, `answeredAt` follow from the clock as of a day.
 */
import type { ClockEvent, ClockSettings, ClockState } from '../../domain/applications/clock'
import { clockState } from '../../domain/applications/clock'
import type { ApplicationStatus } from '../../domain/applications/vocabulary'
import type { WorkingDayCalendar } from '../../domain/calendar'

export type HistoryEntry = {
  type: string
  date: string
  by?: unknown
  at?: string | null
  reason?: string | null
  days?: number | null
  party?: 'third-party' | 'agency' | null
  until?: string | null
  outcome?: string | null
  fromDepartment?: unknown
  /** 收费通知 and 缴费: the amount in 元, how it was charged, and the pages counted (按量). */
  amount?: number | null
  method?: 'item' | 'page' | null
  pages?: number | null
}

/** The clock's events in a history (转办 and the closing entry are not the clock's). */
export const clockEvents = (history: readonly HistoryEntry[]): ClockEvent[] =>
  history.flatMap((entry): ClockEvent[] => {
    switch (entry.type) {
      case 'received':
      case 'correction-received':
      case 'answered':
        return [{ type: entry.type, date: entry.date }]
      case 'correction-requested':
        return [{ type: entry.type, date: entry.date, ...(entry.days ? { periodDays: entry.days } : {}) }]
      case 'extended':
        return [{ type: entry.type, date: entry.date, days: Number(entry.days) }]
      case 'consultation-started':
      case 'consultation-ended':
        return [{ type: entry.type, date: entry.date, party: entry.party ?? 'third-party' }]
      case 'delayed':
        return [{ type: entry.type, date: entry.date, until: String(entry.until) }]
      case 'fee-notice':
        return [{ type: 'fee-notified', date: entry.date }]
      case 'fee-paid':
        return [{ type: 'fee-paid', date: entry.date }]
      default:
        return []
    }
  })

/** The register's fields for a clock state. */
export const registerFields = (state: ClockState, history: readonly HistoryEntry[]): { status: ApplicationStatus; dueAt: string | null; answeredAt: string | null } => {
  const closed = history.some((entry) => entry.type === 'abandoned')
  const extended = history.some((entry) => entry.type === 'extended')
  const status: ApplicationStatus = closed
    ? 'closed'
    : state.phase === 'answered'
      ? 'answered'
      : state.phase === 'awaiting-correction' || state.phase === 'abandoned'
        ? 'awaiting-correction'
        : state.phase === 'awaiting-payment' || state.phase === 'unpaid'
          ? 'awaiting-payment'
          : state.phase === 'consulting'
            ? 'consulting'
            : extended
              ? 'extended'
              : history.length > 1
                ? 'in-progress'
                : 'received'
  return { status, dueAt: state.replyDue?.earliest ?? null, answeredAt: state.answeredAt }
}

export const stateOf = (history: readonly HistoryEntry[], calendar: WorkingDayCalendar, today: string, settings: ClockSettings) =>
  clockState(clockEvents(history), calendar, today, settings)
