/**
 * Policies that need an interpretation (`requiresInterpretation`), are public and in force (not 已废止/已失效), and
 * still have none published after the linkage deadline (counted from 印发 or publication, as the settings say) — for the daily audit. One indexed range query on `publishedAt` (the deadline is
 * monotonic in the issue date, so "deadline passed" is "issued before a cut-off"), read in keyset batches with
 * only the fields needed, so memory stays flat however many documents there are.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { interpretationsOptions } from '../options'
import { PUBLIC_DISCLOSURES } from '../../../domain/vocabulary'
import { daysBetween, endOfLocalDay, isAfterBounds, localDate, overdueStartCuts, shiftDate, startOfLocalDay } from '../../../domain/calendar'
import { linkDeadlineBounds, linkStart, type LinkageContext } from '../../../domain/interpretationLinkage'

/** 有效性 values of a policy no longer in force (已废止, 已失效). */
const OUT_OF_FORCE = ['repealed', 'expired']
import { linkageContext } from './linkage'
import { idOf, type Id } from '../../../domain/ids'

export type OverduePolicy = {
  id: Id
  title: string
  department: Id | null
  publishedAt: string
  /** What the deadline counted from: the 成文/印发日期 or the publication (`from`). */
  issuedAt: string
  from: 'formed' | 'published'
  /** End of the deadline day, ISO. */
  deadline: string
  /** Calendar days since the deadline day. */
  daysOverdue: number
  /** Working days since the deadline day (counted when the rule is in working days; otherwise null); at least this many when today's year is not known yet. */
  workingDaysOverdue: number | null
}

/** A policy whose deadline runs into a year the calendar does not know, so that only that year decides whether it is overdue. */
export type UndecidedPolicy = { id: Id; title: string; department: Id | null; publishedAt: string; earliestDeadline: string }

export type OverdueOptions = {
  now?: Date
  req?: PayloadRequest
  batchSize?: number
  context?: LinkageContext
  /** Receives the policies that may be overdue depending on an unknown year (they are not yielded as overdue). */
  onUndecided?: (policy: UndecidedPolicy) => void
}

/** Yields the overdue policies in batches (ascending id). */
export async function* overduePolicyBatches(payload: Payload, options: OverdueOptions = {}): AsyncGenerator<OverduePolicy[]> {
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? 500
  const req = options.req ?? ({ payload } as PayloadRequest)
  const { policies, interpretations, policyField } = interpretationsOptions(payload)
  const context = options.context ?? (await linkageContext(req))
  const today = localDate(now, context.timeZone)
  // Issued on or before `certain`: overdue for sure; up to `possible`: overdue or not depending on an unknown year.
  const { possible: cut } = overdueStartCuts(context.calendar, today, context.rule)
  if (!cut) return
  const issuedBefore = startOfLocalDay(shiftDate(cut, 1), context.timeZone).toISOString()
  // Both dates are indexed; a policy without a 成文日期 (none today: it is required) would be missed under `formed`.
  const from = context.from ?? 'published'
  const startField = from === 'formed' ? 'formedAt' : 'publishedAt'
  const base: Where[] = [
    { kind: { equals: 'policy' } },
    { requiresInterpretation: { equals: true } },
    { _status: { equals: 'published' } },
    { disclosure: { in: [...PUBLIC_DISCLOSURES] } },
    { publishedAt: { exists: true } },
    { [startField]: { less_than: issuedBefore } },
    // A repealed or expired policy needs no interpretation any more (null is 有效).
    { or: [{ validity: { exists: false } }, { validity: { not_in: [...OUT_OF_FORCE] } }] },
  ]
  const toOverdue = (doc: Record<string, any>): OverduePolicy | null => {
    const start = linkStart(doc, context)!
    const bounds = linkDeadlineBounds(start, context)
    if (isAfterBounds(today, bounds) !== true) {
      const earliestDeadline = endOfLocalDay(bounds.earliest, context.timeZone).toISOString()
      options.onUndecided?.({ id: doc.id, title: doc.title, department: idOf(doc.department), publishedAt: new Date(doc.publishedAt).toISOString(), earliestDeadline })
      return null
    }
    const due = bounds.latest!
    const deadline = endOfLocalDay(due, context.timeZone)
    return {
      id: doc.id,
      title: doc.title,
      department: idOf(doc.department),
      publishedAt: new Date(doc.publishedAt).toISOString(),
      issuedAt: new Date(start).toISOString(),
      from,
      deadline: deadline.toISOString(),
      daysOverdue: daysBetween(due, today),
      workingDaysOverdue: context.rule.dayType === 'working' ? context.calendar.workingDaysBetweenBounds(due, today).min : null,
    }
  }

  // SQLite and PostgreSQL: one indexed query per batch, the "no published interpretation" test as NOT EXISTS.
  const sql = await sqlBatches(payload, issuedBefore, batchSize, startField)
  if (sql) {
    for await (const rows of sql) {
      const batch = rows.map(toOverdue).filter((p): p is OverduePolicy => p !== null)
      if (batch.length > 0) yield batch
    }
    return
  }

  // Any other adapter (MongoDB): the same through the Local API, two queries per batch.
  let after: Id | null = null
  for (;;) {
    const { docs } = await payload.find({
      collection: policies,
      where: { and: after === null ? base : [...base, { id: { greater_than: after } }] },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { title: true, department: true, publishedAt: true, formedAt: true },
      ...(options.req ? { req: options.req } : {}),
    })
    if (docs.length === 0) return
    after = docs[docs.length - 1].id as Id
    const linked = await payload.find({
      collection: interpretations,
      where: { and: [{ [policyField]: { in: docs.map((d) => d.id) } }, { _status: { equals: 'published' } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { [policyField]: true },
      ...(options.req ? { req: options.req } : {}),
    })
    const withInterpretation = new Set(linked.docs.map((d) => String(idOf((d as object as Record<string, unknown>)[policyField]))))
    const batch = (docs as Array<Record<string, any>>).filter((doc) => !withInterpretation.has(String(doc.id)) && doc.publishedAt).map(toOverdue).filter((p): p is OverduePolicy => p !== null)
    if (batch.length > 0) yield batch
    if (docs.length < batchSize) return
  }
}

type SqlAdapter = { drizzle?: any; tables?: Record<string, any> }

/** Keyset batches of overdue policy rows straight from the SQL tables, or null when the adapter is not SQL. */
const sqlBatches = async (payload: Payload, issuedBefore: string, batchSize: number, startField: 'formedAt' | 'publishedAt') => {
  const adapter: object = payload.db
  const db = adapter as SqlAdapter
  const { policies, interpretations: interpretationsSlug, policyField } = interpretationsOptions(payload)
  // Drizzle's tables are named after the slugs in snake case.
  const documents = db.tables?.[policies.replace(/-/g, '_')]
  const interpretations = db.tables?.[interpretationsSlug.replace(/-/g, '_')]
  if (!db.drizzle || !documents || !interpretations) return null
  const { and, asc, eq, gt, inArray, isNotNull, isNull, lt, notExists, notInArray, or } = await import('drizzle-orm')
  return (async function* () {
    let after: Id | null = null
    for (;;) {
      const rows: Array<Record<string, any>> = await db.drizzle
        .select({ id: documents.id, title: documents.title, department: documents.department, publishedAt: documents.publishedAt, formedAt: documents.formedAt })
        .from(documents)
        .where(
          and(
            eq(documents.kind, 'policy'),
            eq(documents.requiresInterpretation, true),
            eq(documents._status, 'published'),
            inArray(documents.disclosure, [...PUBLIC_DISCLOSURES]),
            isNotNull(documents.publishedAt),
            lt(documents[startField], issuedBefore),
            or(isNull(documents.validity), notInArray(documents.validity, [...OUT_OF_FORCE])),
            after === null ? undefined : gt(documents.id, after),
            notExists(
              db.drizzle
                .select({ one: interpretations.id })
                .from(interpretations)
                .where(and(eq(interpretations[policyField], documents.id), eq(interpretations._status, 'published'))),
            ),
          ),
        )
        .orderBy(asc(documents.id))
        .limit(batchSize)
      if (rows.length === 0) return
      after = rows[rows.length - 1].id
      yield rows.filter((r) => r.publishedAt)
      if (rows.length < batchSize) return
    }
  })()
}

/** All overdue policies, most overdue first. */
export const findOverduePolicies = async (payload: Payload, options: OverdueOptions = {}): Promise<OverduePolicy[]> => {
  const all: OverduePolicy[] = []
  for await (const batch of overduePolicyBatches(payload, options)) all.push(...batch)
  return all.sort((a, b) => b.daysOverdue - a.daysOverdue || String(a.id).localeCompare(String(b.id)))
}
