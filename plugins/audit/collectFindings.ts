/**
 * Runs the registered rules one after another and resolves what they found. A rule that fails (e.g. a year missing
 * from the working-day calendar) is reported and the others still run; what only an unknown year decides is
 * gathered into one `calendar-pending` finding.
 */
import { performance } from 'node:perf_hooks'
import type { Payload } from 'payload'
import { localDate, type WorkingDayCalendar } from '../../domain/calendar'
import type { AuditClock } from '../../domain/audit/auditRules'
import type { AuditSettings } from '../../domain/audit/auditSettings'
import { evaluatePending } from '../../domain/audit/calendarRules'
import { auditOptions, ruleTitle } from './options'
import type { AuditFinding, AuditRuleRegistration, PendingItem, RuleFinding } from './types'

export type CollectedFindings = { findings: AuditFinding[]; errors: Array<{ rules: string; message: string }>; timings: Record<string, number> }

export const auditClock = (now: Date, settings: AuditSettings): AuditClock => ({ now, today: localDate(now, settings.timeZone), timeZone: settings.timeZone })

const subjectOf = (finding: RuleFinding): { subjectType: string; subjectId: string } => {
  if (finding.subjectType) return { subjectType: finding.subjectType, subjectId: String(finding.subjectId ?? finding.subjectType) }
  const subject = finding.subject ?? 'site'
  const colon = subject.indexOf(':')
  return colon < 0 ? { subjectType: subject, subjectId: subject } : { subjectType: subject.slice(0, colon), subjectId: subject.slice(colon + 1) }
}

/** A rule's finding with every field resolved (the rule id defaults to the registration's). */
export const resolveFinding = (registration: Pick<AuditRuleRegistration, 'id'>, finding: RuleFinding): AuditFinding => {
  const { subjectType, subjectId } = subjectOf(finding)
  return {
    rule: finding.rule ?? registration.id,
    severity: finding.severity,
    subjectType,
    subjectId,
    subjectTitle: finding.subjectTitle ?? finding.subject ?? `${subjectType}:${subjectId}`,
    department: finding.department ?? null,
    message: finding.message,
    dueAt: finding.dueAt ?? null,
  }
}

const ruleNames = (registration: AuditRuleRegistration) => [registration.id, ...(registration.also ?? []).map((r) => r.id)].join(', ')

export const collectFindings = async (payload: Payload, settings: AuditSettings, calendar: WorkingDayCalendar, now: Date): Promise<CollectedFindings> => {
  const clock = auditClock(now, settings)
  const findings: AuditFinding[] = []
  const errors: CollectedFindings['errors'] = []
  const timings: Record<string, number> = {}
  const pending: PendingItem[] = []
  for (const registration of auditOptions(payload).rules) {
    const started = performance.now()
    const names = ruleNames(registration)
    try {
      const found = await registration.collect({ payload, now, clock, settings, calendar, pending: (item) => void pending.push(item) })
      findings.push(...found.map((f) => resolveFinding(registration, f)))
      timings[names] = Math.round(performance.now() - started)
    } catch (error) {
      payload.logger.error({ err: error, msg: `audit rule failed: ${names}` })
      errors.push({ rules: names, message: (error as Error).message })
    }
  }
  // evaluatePending reads only the fields PendingItem has; its rule ids are the host's, not a closed list.
  findings.push(...evaluatePending(pending as Parameters<typeof evaluatePending>[0], calendar, (id) => ruleTitle(payload, id)))
  return { findings, errors, timings }
}
