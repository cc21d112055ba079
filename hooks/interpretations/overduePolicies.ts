/**
 * Policies that need an interpretation (`requiresInterpretation`), are public, and still have none published
 * after the linkage deadline — for the daily audit. One indexed range query on `publishedAt` (the deadline is
 * monotonic in the issue date, so "deadline passed" is "issued before a cut-off"), read in keyset batches with
 * only the fields needed, so memory stays flat however many documents there are.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { PUBLIC_DISCLOSURES } from '../../src/domain/vocabulary'
import { daysBetween, latestOverdueStart, localDate, shiftDate, startOfLocalDay } from '../../src/domain/calendar'
import { linkDeadline, type LinkageContext } from '../../src/domain/interpretationLinkage'
import { linkageContext } from './linkage'

type Id = number | string

export type OverduePolicy = {
  id: Id
  title: string
  department: Id | null
  publishedAt: string
  /** End of the deadline day, ISO. */
  deadline: string
  /** Calendar days since the deadline day. */
  daysOverdue: number
  /** Working days since the deadline day (counted when the rule is in working days; otherwise null). */
  workingDaysOverdue: number | null
}

export type OverdueOptions = { now?: Date; req?: PayloadRequest; batchSize?: number; context?: LinkageContext }

/** Yields the overdue policies in batches (ascending id). */
export async function* overduePolicyBatches(payload: Payload, options: OverdueOptions = {}): AsyncGenerator<OverduePolicy[]> {
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? 500
  const req = options.req ?? ({ payload } as PayloadRequest)
  const context = options.context ?? (await linkageContext(req))
  const today = localDate(now, context.timeZone)
  const cut = latestOverdueStart(context.calendar, today, context.rule)
  if (!cut) return
  const issuedBefore = startOfLocalDay(shiftDate(cut, 1), context.timeZone).toISOString()
  const base: Where[] = [
    { kind: { equals: 'policy' } },
    { requiresInterpretation: { equals: true } },
    { _status: { equals: 'published' } },
    { disclosure: { in: [...PUBLIC_DISCLOSURES] } },
    { publishedAt: { less_than: issuedBefore } },
  ]
  let after: Id | null = null
  for (;;) {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { and: after === null ? base : [...base, { id: { greater_than: after } }] },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { title: true, department: true, publishedAt: true },
      ...(options.req ? { req: options.req } : {}),
    })
    if (docs.length === 0) return
    after = docs[docs.length - 1].id as Id
    const linked = await payload.find({
      collection: 'interpretations',
      where: { and: [{ policy: { in: docs.map((d) => d.id) } }, { _status: { equals: 'published' } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { policy: true },
      ...(options.req ? { req: options.req } : {}),
    })
    const withInterpretation = new Set(linked.docs.map((d) => String(typeof d.policy === 'object' ? d.policy?.id : d.policy)))
    const batch: OverduePolicy[] = []
    for (const doc of docs as Array<Record<string, any>>) {
      if (withInterpretation.has(String(doc.id)) || !doc.publishedAt) continue
      const deadline = linkDeadline(doc.publishedAt, context)
      const due = localDate(deadline, context.timeZone)
      batch.push({
        id: doc.id,
        title: doc.title,
        department: (typeof doc.department === 'object' ? doc.department?.id : doc.department) ?? null,
        publishedAt: new Date(doc.publishedAt).toISOString(),
        deadline: deadline.toISOString(),
        daysOverdue: daysBetween(due, today),
        workingDaysOverdue: context.rule.dayType === 'working' ? context.calendar.workingDaysBetween(due, today) : null,
      })
    }
    if (batch.length > 0) yield batch
    if (docs.length < batchSize) return
  }
}

/** All overdue policies, most overdue first. */
export const findOverduePolicies = async (payload: Payload, options: OverdueOptions = {}): Promise<OverduePolicy[]> => {
  const all: OverduePolicy[] = []
  for await (const batch of overduePolicyBatches(payload, options)) all.push(...batch)
  return all.sort((a, b) => b.daysOverdue - a.daysOverdue || String(a.id).localeCompare(String(b.id)))
}
