/**
 * The audit plugin's rule contract, written once for the plugins that hand it rules (依申请公开, 标准目录, 有效期,
 * 错链, 通报整改): no plugin imports another, the app passes their rules to the audit plugin. Generic over the Payload
 * instance, as domain/scheduledTasks.ts is, so that this module imports nothing of Payload.
 */
import type { WorkingDayCalendar } from '../calendar'
import type { Id } from '../ids'

/** One finding of a rule: the audit turns it into a 督办通知 (deduplicated per rule and subject). */
export type RuleFinding = { severity: 'red' | 'yellow'; subjectType: string; subjectId: string; subjectTitle: string; department: Id | null; message: string; dueAt: string | null }

/** What the audit gives a rule's `collect`; a rule reads the parts it needs. */
export type RuleContext<P> = {
  payload: P
  calendar: WorkingDayCalendar
  clock: { today: string; timeZone: string }
  settings: object
  /** A deadline only a year the calendar does not know yet can decide: the audit notes it instead of guessing. */
  pending: (item: { rule: string; subjectType: string; subjectId: string; subjectTitle: string; department: Id | null; earliest: string | null }) => void
}

export type PluginAuditRule<P> = { id: string; title: string; collect: (ctx: RuleContext<P>) => Promise<RuleFinding[]> }
