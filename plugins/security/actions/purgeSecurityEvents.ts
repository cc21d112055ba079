/**
 * Removes entries older than the retention setting (never under 180 days), oldest first and only a complete
 * prefix of the chain, then records the purge as a new entry naming the last removed entry and its hash — the
 * checkpoint the first kept entry links to. All under the chain head lock, so nothing is appended meanwhile.
 */
import type { Payload } from 'payload'
import { chainEntry, GENESIS_HASH } from '../../../domain/security/hashChain'
import { securityNow } from '../clock'
import { SECURITY_EVENTS_SLUG, SECURITY_LOG_HEAD_SLUG } from '../defaults'
import { getSecuritySettings } from '../settings'
import { ensureLogHead, inOwnTransaction, takeSequence } from './appendSecurityEvent'

export type PurgeResult = { purged: number; throughSeq: number | null; retentionDays: number }

export const purgeSecurityEvents = async (payload: Payload, options: { now?: Date } = {}): Promise<PurgeResult> => {
  const now = options.now ?? securityNow()
  const { retentionDays } = (await getSecuritySettings(payload)).log
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString()
  return inOwnTransaction(payload, async (req) => {
    const headId = await ensureLogHead(payload, req)
    // Take the lock first: appends wait until the purge and its entry are committed.
    const head = await takeSequence(payload, headId, req)
    const oldest = await payload.db.find<{ seq: number }>({ collection: SECURITY_EVENTS_SLUG, sort: 'seq', limit: 1, pagination: false, req })
    const firstKept = await payload.db.find<{ seq: number }>({ collection: SECURITY_EVENTS_SLUG, where: { at: { greater_than_equal: cutoff } }, sort: 'seq', limit: 1, pagination: false, req })
    const from = oldest.docs[0]?.seq
    const through = firstKept.docs[0] ? Number(firstKept.docs[0].seq) - 1 : Number(head.seq) - 1
    if (from === undefined || through < Number(from)) {
      // Nothing to remove: give the sequence number back.
      await payload.db.updateOne({ collection: SECURITY_LOG_HEAD_SLUG, id: headId, data: { seq: Number(head.seq) - 1 }, req })
      return { purged: 0, throughSeq: null, retentionDays }
    }
    const last = await payload.db.findOne<{ id: number; hash?: string }>({ collection: SECURITY_EVENTS_SLUG, where: { seq: { equals: through } }, req })
    const checkpointHash = String(last?.hash ?? GENESIS_HASH)
    const purged = through - Number(from) + 1
    await payload.db.deleteMany({ collection: SECURITY_EVENTS_SLUG, where: { seq: { less_than_equal: through } }, req })
    const entry = chainEntry(head.hash || GENESIS_HASH, {
      seq: Number(head.seq),
      at: now.toISOString(),
      event: 'log-purged',
      outcome: 'success',
      actorName: '系统',
      summary: `清理保存期满 ${retentionDays} 天的安全审计日志：第 ${from}–${through} 条，共 ${purged} 条`,
      details: { purgedFromSeq: Number(from), purgedThroughSeq: through, purgedCount: purged, checkpointHash, cutoff, retentionDays },
    })
    await payload.db.create({ collection: SECURITY_EVENTS_SLUG, data: entry, req })
    await payload.db.updateOne({ collection: SECURITY_LOG_HEAD_SLUG, id: headId, data: { hash: entry.hash }, req })
    return { purged, throughSeq: through, retentionDays }
  })
}
