/**
 * The interpretation ↔ policy linkage as the workflow and the hooks apply it: reads the policy's facts, the
 * settings and the calendar, and asks domain/interpretationLinkage for the decision.
 */
import type { PayloadRequest } from 'payload'
import { codedError } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import { isPublicRow, linkageAt, linkStart, publishRefusal, type LinkageContext, type PolicyFacts } from '../../../domain/interpretationLinkage'
import { interpretationsOptions } from '../options'
import { getLinkSettings } from '../settings'

type Row = { id: Id; _status?: string | null; disclosure?: string | null; [field: string]: unknown }

/** The policy as the linkage rules see it: kind and disclosure of its latest version, public-ness of its published row. */
export const policyFacts = async (req: PayloadRequest, policy: unknown): Promise<PolicyFacts | null> => {
  const id = idOf(policy)
  if (id === null || id === undefined || id === '') return null
  const { policies } = interpretationsOptions(req.payload)
  const where = { id: { equals: id } }
  const [row, latest] = await Promise.all([
    req.payload.db.findOne<Row>({ collection: policies, where, req }),
    req.payload.findByID({ collection: policies, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req }) as Promise<Row | null>,
  ])
  if (!row || !latest) return null
  return {
    id: row.id,
    kind: latest.kind as PolicyFacts['kind'],
    disclosure: latest.disclosure as PolicyFacts['disclosure'],
    isPublic: isPublicRow(row),
    reviewState: (latest.reviewState ?? null) as PolicyFacts['reviewState'],
    publishedAt: (row.publishedAt ?? null) as PolicyFacts['publishedAt'],
    formedAt: (row.formedAt ?? latest.formedAt ?? null) as PolicyFacts['formedAt'],
    publishAt: (latest.publishAt ?? null) as PolicyFacts['publishAt'],
  }
}

export const linkageContext = async (req: PayloadRequest): Promise<LinkageContext> => {
  const settings = await getLinkSettings(req)
  return {
    calendar: await interpretationsOptions(req.payload).loadCalendar(req.payload, req),
    rule: { days: settings.days, dayType: settings.dayType },
    from: settings.from,
    timeZone: settings.timeZone,
  }
}

/**
 * Before an interpretation is published or scheduled: refuses publishing before the policy, and on the first
 * publication returns linkedAt / linkDeadline / linkedLate / publishedWithPolicy to store.
 */
export const interpretationPublication = async (
  req: PayloadRequest,
  item: Record<string, unknown>,
  to: string,
  publishAt: string | null | undefined,
  now: Date,
): Promise<Record<string, unknown>> => {
  if (to !== 'published' && to !== 'scheduled') return {}
  const policy = await policyFacts(req, item[interpretationsOptions(req.payload).policyField])
  const refused = publishRefusal(policy, to, publishAt ? new Date(publishAt).toISOString() : null)
  if (refused) throw codedError('interpretations.refused', refused)
  if (to !== 'published' || item.linkedAt) return {}
  // A deadline in a year the calendar does not know yet is recorded as open (null), never guessed or refused.
  const context = await linkageContext(req)
  return linkageAt(linkStart(policy!, context), now, context, policy!.publishedAt)
}

/**
 * After a policy's published row changed (published, republished, withdrawn): its interpretations follow it out
 * of (or back into) the public API by the public `where`; this flag records it on their published rows so
 * editors and the audit see why.
 */
export const flagInterpretationsOf = async (req: PayloadRequest, policy: Record<string, unknown>): Promise<void> => {
  const { interpretations, policyField } = interpretationsOptions(req.payload)
  await req.payload.db.updateMany({
    collection: interpretations,
    where: { [policyField]: { equals: policy.id } },
    data: { policyWithdrawn: !isPublicRow(policy) },
    req,
  })
}
