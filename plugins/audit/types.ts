/** Options of the audit plugin (督办): a registry of audit rules, their notices, the digests mailed, the schedule. */
import type { Payload, PayloadRequest } from 'payload'
import type { UserModel } from '../../domain/actors'
import type { AuditSettings } from '../../domain/audit/auditSettings'
import type { AuditClock } from '../../domain/audit/auditRules'
import type { WorkingDayCalendar } from '../../domain/calendar'
import type { Id } from '../../domain/ids'
import type { FaultPoint } from '../../domain/faultPoints'

export type Severity = 'red' | 'yellow'

/**
 * One problem a rule found. The short form names its subject as `subject: '<collection>:<id>'` (or `'site'`);
 * the long form gives `subjectType` and `subjectId`. `rule` defaults to the registration's id.
 */
export type RuleFinding = {
  severity: Severity
  message: string
  rule?: string
  subject?: string
  subjectType?: string
  subjectId?: string
  /** Shown in notices and emails (default: the subject). */
  subjectTitle?: string
  /** The responsible department (its notices are mailed there); null or absent: the web office. */
  department?: Id | null
  /** The deadline, an ISO instant (the end of its last local day). */
  dueAt?: string | null
}

/** A finding as the plugin stores it: every field resolved. */
export type AuditFinding = {
  rule: string
  severity: Severity
  subjectType: string
  subjectId: string
  subjectTitle: string
  department: Id | null
  message: string
  dueAt: string | null
}

/**
 * An item a rule cannot decide because its deadline runs into a year whose holidays nobody has entered yet: the
 * run gathers them into one `calendar-pending` finding for the web office.
 */
export type PendingItem = { rule: string; subjectType: string; subjectId: string; subjectTitle: string; department: Id | null; earliest: string | null }

/** What a rule receives. */
export type AuditRuleContext = {
  payload: Payload
  /** The run's instant. */
  now: Date
  /** The instant, its local date and the portal's time zone. */
  clock: AuditClock
  /** The settings global read once per run (every group over its defaults). */
  settings: AuditSettings
  /** The working-day calendar (calendar plugin). */
  calendar: WorkingDayCalendar
  /** Reports an item only an unknown year can decide. */
  pending: (item: PendingItem) => void
  req?: PayloadRequest
}

/**
 * A rule of the registry. A host adds its own with a few lines:
 * `{ id: 'host-empty-story', title: '文章缺少正文', collect: async ({ payload }) => [{ severity: 'yellow', subject: 'posts:1', message: '…' }] }`.
 */
export type AuditRuleRegistration = {
  /** Stable id, stored on each notice (问题类型). */
  id: string
  /** Chinese title of the rule, in notices, emails and the terminal table. */
  title: string
  /** Further rule ids the same query reports (one pass over the data for several rules), with their titles. */
  also?: ReadonlyArray<{ id: string; title: string }>
  collect: (ctx: AuditRuleContext) => Promise<readonly RuleFinding[]>
}

export type AuditPluginOptions = {
  /** The rules, run in this order; a rule that fails is reported and the others still run. */
  rules: readonly AuditRuleRegistration[]
  /** The 督办通知 collection (default 'audit-notices'). */
  notices?: { slug?: string }
  /** The 督办邮件 collection (default 'audit-digests'). */
  digests?: { slug?: string }
  /**
   * The daily run: cron and time zone (default: the settings 每日巡检时间 and 时区, read at start); false: no
   * schedule (the endpoint and `runAudit` still run it). Needs the scheduler plugin.
   */
  schedule?: { cron?: string; timezone?: string } | false
  /** Where the host keeps its staff and their roles (admins run the audit; staff read notices in their scope). */
  users?: Partial<UserModel>
  /**
   * The departments collection (its `name`, and `noticeEmails: [{ email }]` the digests go to), or false. When the
   * host has no such collection, a notice's department is the text the user model's departmentOf returns.
   */
  departments?: string | false
  /** The settings global that receives the 自动巡检 group (default 'settings'); created when absent. */
  settingsGlobal?: string
  /**
   * The subject types a notice may name (value = collection slug, or 'site'). Default: 'site' and every collection
   * of the host.
   */
  subjectTypes?: ReadonlyArray<{ value: string; label: string }>
  /** Environment variable holding the bearer secret of `POST /api/audits/run` (default 'AUDIT_SECRET'). */
  secretEnv?: string
  /** false: the collections and settings stay (same schema) but no schedule or endpoint. */
  enabled?: boolean
  /** Test seam awaited before the run commits and before it sends (domain/faultPoints.ts); absent in production. */
  faultPoint?: FaultPoint
}
