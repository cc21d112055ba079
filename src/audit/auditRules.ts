/**
 * Gongkai's audit rules, as registrations of the audit plugin: each asks the database only for candidates (indexed
 * range queries with a cut-off, keyset batches, `select` of the few fields needed) and hands plain data to the pure
 * rule in domain. Registered in the order of AUDIT_RULES, which is the order of the notices' 问题类型.
 */
import type { Payload, Where } from 'payload'
import { daysBetween, localDate, overdueStartCuts, shiftDate, startOfLocalDay, type WorkingDayCalendar } from '../../domain/calendar'
import { PUBLIC_DISCLOSURES } from '../../domain/vocabulary'
import { IN_REVIEW_STATES } from '../../domain/workflow/states'
import { idOf, type Id } from '../../domain/ids'
import { ruleLabel, type AuditClock, type AuditRuleId, type Finding, type PendingSink } from '../../domain/audit/auditRules'
import { evaluateCalendarCoverage } from '../../domain/audit/calendarRules'
import type { AuditSettings } from '../../domain/audit/auditSettings'
import { evaluateColumns } from '../../domain/audit/columnRules'
import { evaluateAccounts, type AccountFacts } from '../../domain/audit/accountRules'
import { evaluateAnnualReports, type DepartmentFacts } from '../../domain/audit/annualReportRule'
import { evaluateChangeOverdue, evaluateForcePublished, evaluateInterpretations, evaluatePublishedLate, evaluatePublishOverdue, evaluateReassessment, evaluateReviewStuck } from '../../domain/audit/deadlineRules'
import { evaluateInterpretationQuotas, type QuotaDepartment } from '../../domain/audit/interpretationQuotaRule'
import { findOverduePolicies } from '../../plugins/interpretations'
import { loadColumnStats } from './columnStats'
import type { AuditRuleRegistration } from '../../plugins/audit'

type Doc = Record<string, any>
const BATCH = 1000

/** Reads `where` in keyset batches of ascending id, with only `select`ed fields. */
async function* batches(payload: Payload, collection: 'documents' | 'interpretations', where: Where[], select: Record<string, true>, draft = false): AsyncGenerator<Doc[]> {
  let after: Id | null = null
  for (;;) {
    const { docs } = await payload.find({
      collection,
      where: { and: after === null ? where : [...where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      draft,
      overrideAccess: true,
      select: select as never,
    })
    if (docs.length) yield docs as Doc[]
    if (docs.length < BATCH) return
    after = (docs[docs.length - 1] as Doc).id as Id
  }
}

const all = async (source: AsyncGenerator<Doc[]>): Promise<Doc[]> => {
  const out: Doc[] = []
  for await (const batch of source) out.push(...batch)
  return out
}

type Adapter = (payload: Payload, settings: AuditSettings, calendar: WorkingDayCalendar, clock: AuditClock, pending: PendingSink) => Promise<Finding[]>

const beforeDay = (date: string, clock: AuditClock) => startOfLocalDay(shiftDate(date, 1), clock.timeZone).toISOString()

const ADAPTERS: ReadonlyArray<readonly [readonly [AuditRuleId, ...AuditRuleId[]], Adapter]> = [
  [['calendar-missing'], async (_payload, settings, calendar, clock) => evaluateCalendarCoverage(calendar, settings, clock)],
  [['column-stale', 'column-empty', 'site-veto'], async (payload, settings, _calendar, clock) => evaluateColumns(await loadColumnStats(payload), settings, clock)],
  [
    ['interpretation-overdue'],
    async (payload, settings, _calendar, clock, pending) => {
      // One pass "as of now + the warning window" finds both: those whose deadline already passed are red.
      // Policies whose deadline only an unknown year decides are left to the `calendar-pending` finding.
      const warn = Math.max(0, settings.audit.interpretationWarningDays)
      const ahead = await findOverduePolicies(payload, {
        now: new Date(clock.now.getTime() + warn * 86_400_000),
        batchSize: 2000,
        onUndecided: (p) =>
          pending({ rule: 'interpretation-overdue', subjectType: 'documents', subjectId: String(p.id), subjectTitle: p.title, department: p.department, earliest: localDate(p.earliestDeadline, clock.timeZone) }),
      })
      const overdue = ahead
        .filter((p) => new Date(p.deadline) < clock.now)
        .map((p) => ({ ...p, daysOverdue: daysBetween(localDate(p.deadline, clock.timeZone), clock.today) }))
      return evaluateInterpretations(overdue, ahead, clock)
    },
  ],
  [
    ['publish-overdue'],
    async (payload, settings, calendar, clock, pending) => {
      const warnFrom = Math.max(0, settings.deadlines.publishWorkingDays - settings.audit.publishWarningWorkingDays)
      // Formed on or before this date ⇒ possibly in the warning window (monotonic in the formed date); the rule
      // decides each candidate, and those only an unknown year decides go to `pending`.
      const { possible: cut } = overdueStartCuts(calendar, shiftDate(clock.today, 1), { days: warnFrom, dayType: 'working' })
      if (!cut) return []
      // A 变更日期 only moves the start later, so the formed-date cut still finds every candidate; a 转载 counts from
      // the original's date with its own short deadline, so every unpublished repost is a candidate.
      const docs = await all(
        batches(
          payload,
          'documents',
          [{ publishedAt: { exists: false } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }, { or: [{ formedAt: { less_than: beforeDay(cut, clock) } }, { reposted: { equals: true } }] }],
          { title: true, department: true, formedAt: true, changedAt: true, reposted: true, repostOriginalDate: true },
        ),
      )
      return evaluatePublishOverdue(
        docs.map((d) => ({ collection: 'documents', id: d.id, title: d.title, department: idOf(d.department), formedAt: d.formedAt, changedAt: d.changedAt, reposted: d.reposted, repostOriginalDate: d.repostOriginalDate })),
        settings,
        calendar,
        clock,
        pending,
      )
    },
  ],
  [
    ['change-overdue'],
    async (payload, settings, calendar, clock, pending) => {
      // The latest version of published items, where a dated change waits (a draft carries the published row's dates).
      const docs = await all(
        batches(
          payload,
          'documents',
          [{ publishedAt: { exists: true } }, { changedAt: { exists: true } }, { reviewState: { not_in: ['published', 'withdrawn'] } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }],
          { title: true, department: true, formedAt: true, changedAt: true, publishedAt: true, lastPublishedAt: true },
          true,
        ),
      )
      return evaluateChangeOverdue(
        docs.map((d) => ({ collection: 'documents', id: d.id, title: d.title, department: idOf(d.department), formedAt: d.formedAt, changedAt: d.changedAt, lastPublishedAt: d.lastPublishedAt ?? d.publishedAt })),
        settings,
        calendar,
        clock,
        pending,
      )
    },
  ],
  [
    ['publish-late'],
    async (payload, settings, _calendar, clock) => {
      const since = startOfLocalDay(shiftDate(clock.today, -settings.audit.publishedLateReportDays), clock.timeZone).toISOString()
      const docs = await all(
        batches(payload, 'documents', [{ publishedLate: { greater_than: 0 } }, { lastPublishedAt: { greater_than_equal: since } }], { title: true, department: true, publishedLate: true, lastPublishedAt: true }),
      )
      return evaluatePublishedLate(docs.map((d) => ({ collection: 'documents', id: d.id, title: d.title, department: idOf(d.department), publishedLate: d.publishedLate, lastPublishedAt: d.lastPublishedAt })), settings, clock)
    },
  ],
  [
    ['review-stuck'],
    async (payload, settings, calendar, clock, pending) => {
      const items = []
      for (const collection of ['documents', 'interpretations'] as const) {
        const docs = await all(batches(payload, collection, [{ reviewState: { in: IN_REVIEW_STATES } }], { title: true, department: true, reviewState: true, submittedAt: true, signatures: true }, true))
        for (const d of docs) {
          const times = [d.submittedAt, ...((d.signatures ?? []) as Doc[]).map((s) => s.at)].filter(Boolean).map((t: string) => new Date(t).getTime())
          if (times.length) items.push({ collection, id: d.id, title: d.title, department: idOf(d.department), reviewState: d.reviewState, enteredAt: new Date(Math.max(...times)) })
        }
      }
      return evaluateReviewStuck(items, settings, calendar, clock, pending)
    },
  ],
  [
    ['force-publish-unapproved'],
    async (payload, settings, calendar, clock, pending) => {
      const items = []
      for (const collection of ['documents', 'interpretations'] as const) {
        const docs = await all(batches(payload, collection, [{ forcePublished: { equals: true } }], { title: true, department: true, updatedAt: true }))
        // The force-publish write is the last change of the published row until the retrospective approval.
        items.push(...docs.map((d) => ({ collection, id: d.id, title: d.title, department: idOf(d.department), forcedAt: d.updatedAt })))
      }
      return evaluateForcePublished(items, settings, calendar, clock, pending)
    },
  ],
  [
    ['reassessment-due'],
    async (payload, settings, _calendar, clock) => {
      if (settings.reassessmentDays <= 0) return []
      const cut = shiftDate(clock.today, settings.audit.reassessmentWarningDays - settings.reassessmentDays)
      const docs = await all(
        batches(payload, 'documents', [{ disclosure: { in: ['on-request', 'withheld'] } }, { updatedAt: { less_than: beforeDay(cut, clock) } }], { title: true, department: true, updatedAt: true }),
      )
      return evaluateReassessment(docs.map((d) => ({ collection: 'documents', id: d.id, title: d.title, department: idOf(d.department), assessedAt: d.updatedAt })), settings, clock)
    },
  ],
  [
    ['interpretation-quota'],
    async (payload, settings, _calendar, clock) => {
      if (clock.today.slice(5) < settings.interpretationQuotas.warnFrom) return []
      const { docs: departments } = await payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
      const from = startOfLocalDay(`${clock.today.slice(0, 4)}-01-01`, clock.timeZone).toISOString()
      const counts = new Map<string, { total: number; byPrincipal: number }>()
      const published = batches(payload, 'interpretations', [{ _status: { equals: 'published' } }, { linkedAt: { greater_than_equal: from } }, { linkedAt: { less_than_equal: clock.now.toISOString() } }], { department: true, byPrincipal: true })
      for await (const batch of published) {
        for (const d of batch) {
          const key = String(idOf(d.department))
          const count = counts.get(key) ?? { total: 0, byPrincipal: 0 }
          count.total++
          if (d.byPrincipal) count.byPrincipal++
          counts.set(key, count)
        }
      }
      const facts: object[] = departments
      return evaluateInterpretationQuotas(facts as QuotaDepartment[], counts, settings, clock)
    },
  ],
  [
    ['new-media-stale', 'new-media-closure-unfiled', 'new-media-unfiled'],
    async (payload, settings, _calendar, clock) => {
      const { docs } = await payload.find({
        collection: 'new-media-accounts',
        where: { or: [{ status: { equals: 'active' } }, { and: [{ status: { equals: 'closed' } }, { closureFiled: { not_equals: true } }] }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { name: true, platform: true, department: true, status: true, lastPostAt: true, filedAt: true, createdAt: true, closureFiled: true },
      })
      const accounts: Doc[] = docs
      return evaluateAccounts(accounts.map((d) => ({ ...(d as AccountFacts), department: idOf(d.department) })), settings, clock)
    },
  ],
  [
    ['annual-report-missing'],
    async (payload, settings, _calendar, clock) => {
      const { docs: departments } = await payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true, select: { name: true, kind: true } })
      const reports = await payload.find({
        collection: 'documents',
        where: {
          and: [
            { kind: { equals: 'annual-report' } },
            { _status: { equals: 'published' } },
            { disclosure: { in: [...PUBLIC_DISCLOSURES] } },
            { publishedAt: { greater_than_equal: startOfLocalDay(`${clock.today.slice(0, 4)}-01-01`, clock.timeZone).toISOString() } },
          ],
        },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { department: true },
      })
      const reported = new Set(reports.docs.map((d) => String(idOf((d as Doc).department))))
      const facts: object[] = departments
      return evaluateAnnualReports(facts as DepartmentFacts[], reported, settings, clock)
    },
  ],
]

/** One registration per query: its first rule names it, the others are the further rules it reports. */
const registration = ([[id, ...also], adapter]: (typeof ADAPTERS)[number]): AuditRuleRegistration => ({
  id,
  title: ruleLabel(id),
  also: also.map((rule) => ({ id: rule, title: ruleLabel(rule) })),
  collect: ({ payload, settings, calendar, clock, pending }) => adapter(payload, settings, calendar, clock, pending),
})

/** The order of AUDIT_RULES (the notices' 问题类型 options); `calendar-pending` is the plugin's own. */
const ORDER: readonly AuditRuleId[] = ['column-stale', 'interpretation-overdue', 'interpretation-quota', 'publish-overdue', 'change-overdue', 'publish-late', 'new-media-stale', 'annual-report-missing', 'force-publish-unapproved', 'review-stuck', 'reassessment-due', 'calendar-missing']

export const appAuditRules: AuditRuleRegistration[] = ORDER.map((first) => registration(ADAPTERS.find(([rules]) => rules[0] === first)!))
