/**
 * The interpretation ↔ policy linkage as the workflow and the hooks apply it: reads the policy's facts, the
 * settings and the calendar, and asks domain/interpretationLinkage for the decision.
 */
import { APIError, type PayloadRequest } from 'payload'
import { getSettings, type Settings } from '../../../hooks/settings/getSettings'
import { loadCalendar } from '../../calendar/loadCalendar'
import { idOf, type Id } from '../../../domain/ids'
import { isPublicRow, linkageAt, publishRefusal, type LinkageContext, type PolicyFacts } from '../../../domain/interpretationLinkage'

/** The policy as the linkage rules see it: kind and disclosure of its latest version, public-ness of its published row. */
export const policyFacts = async (req: PayloadRequest, policy: unknown): Promise<PolicyFacts | null> => {
  const id = idOf(policy)
  if (id === null || id === undefined || id === '') return null
  const where = { id: { equals: id } }
  const [row, latest] = await Promise.all([
    req.payload.db.findOne({ collection: 'documents', where, req }) as Promise<Record<string, any> | null>,
    req.payload.findByID({ collection: 'documents', id: id as Id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req }) as Promise<Record<string, any> | null>,
  ])
  if (!row || !latest) return null
  return {
    id: row.id,
    kind: latest.kind,
    disclosure: latest.disclosure,
    isPublic: isPublicRow(row),
    reviewState: latest.reviewState,
    publishedAt: row.publishedAt ?? null,
    publishAt: latest.publishAt ?? null,
  }
}

export const linkageContext = async (req: PayloadRequest, settings?: Settings): Promise<LinkageContext> => {
  const resolved = settings ?? (await getSettings(req))
  return {
    calendar: await loadCalendar(req.payload, req),
    rule: { days: resolved.deadlines.interpretationLinkDays, dayType: resolved.deadlines.interpretationLinkDayType },
    timeZone: ((resolved.audit as { timeZone?: string } | undefined)?.timeZone || 'Asia/Shanghai') as string,
  }
}

/**
 * Called by the workflow before an interpretation is published or scheduled: refuses publishing before the
 * policy, and on the first publication returns linkedAt / linkDeadline / linkedLate to store.
 */
export const interpretationPublication = async (
  req: PayloadRequest,
  item: Record<string, any>,
  to: string,
  publishAt: string | null | undefined,
  now: Date,
): Promise<Record<string, unknown>> => {
  if (to !== 'published' && to !== 'scheduled') return {}
  const policy = await policyFacts(req, item.policy)
  const refused = publishRefusal(policy, to, publishAt ? new Date(publishAt).toISOString() : null)
  if (refused) throw new APIError(refused, 400, null, true)
  if (to !== 'published' || item.linkedAt) return {}
  // A deadline in a year the calendar does not know yet is recorded as open (null), never guessed or refused.
  return linkageAt(policy!.publishedAt, now, await linkageContext(req))
}

/**
 * After a policy's published row changed (published, republished, withdrawn): its interpretations follow it out
 * of (or back into) the public API by the public `where`; this flag records it on their published rows so
 * editors and the audit see why.
 */
export const flagInterpretationsOf = async (req: PayloadRequest, policy: Record<string, any>): Promise<void> => {
  await req.payload.db.updateMany({
    collection: 'interpretations',
    where: { policy: { equals: policy.id } },
    data: { policyWithdrawn: !isPublicRow(policy) },
    req,
  })
}
