/**
 * The expiry pass: every item whose 有效期至 has passed and whose 有效性 is still 有效 (or 已修订) becomes 已失效, dated the
 * day it expired. It writes the row the public reads and the newest version when no review is under way (a version in
 * review keeps its signed content; if it is published later the next pass expires it again). Idempotent: run it daily.
 */
import type { CollectionSlug, Payload } from 'payload'
import { localDate, startOfLocalDay } from '../../domain/calendar'
import { BEIJING_TIME_ZONE } from '../../domain/beijingTime'
import { expiryDay } from '../../domain/expiry'
import type { Id } from '../../domain/ids'
import { expiryOptions } from './options'

/** Review states whose signatures a write would void: their versions are left alone. */
const IN_REVIEW = new Set(['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled'])

type Row = Record<string, unknown> & { id: Id }
type VersionRow = { id: Id; parent: unknown; version: Record<string, unknown> }

export const expireItems = async (payload: Payload, { now = new Date(), timeZone = BEIJING_TIME_ZONE }: { now?: Date; timeZone?: string } = {}): Promise<Id[]> => {
  const o = expiryOptions(payload)
  const f = o.fields
  const collection = o.collection as CollectionSlug
  const today = localDate(now, timeZone)
  const { docs } = await payload.find({
    collection,
    where: { and: [{ [f.effectiveUntil]: { less_than: today } }, { [f.validity]: { in: [...o.expirableValues] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { [f.effectiveUntil]: true, [f.validity]: true } as never,
  })
  const rows = (docs as unknown as Row[]).filter((d) => {
    const day = expiryDay(d[f.effectiveUntil] as string)
    return day !== null && day <= today
  })
  const changed: Id[] = []
  for (const row of rows) {
    const changedAt = startOfLocalDay(expiryDay(row[f.effectiveUntil] as string)!, timeZone).toISOString()
    const data = { [f.validity]: o.expiredValue, [f.validityChangedAt]: changedAt }
    await payload.db.updateOne({ collection, id: row.id, data })
    const { docs: versions } = (await payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: row.id } }, { latest: { equals: true } }] },
      limit: 1,
      pagination: false,
    })) as unknown as { docs: VersionRow[] }
    const latest = versions[0]
    if (latest && !IN_REVIEW.has(String(latest.version.reviewState ?? '')) && o.expirableValues.includes(String(latest.version[f.validity] ?? ''))) {
      // The whole version: an adapter may replace the nested object it is given.
      await payload.db.updateVersion({ collection, id: latest.id, versionData: { ...latest, version: { ...latest.version, ...data } } as never })
    }
    changed.push(row.id)
    payload.logger.info({ msg: `有效期已过，有效性改为已失效`, collection, id: row.id })
  }
  if (changed.length && o.onExpired) await o.onExpired(payload, changed)
  return changed
}
