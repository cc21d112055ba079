/** Walks the whole 安全审计日志 in sequence order and checks the hash chain against the chain head. */
import type { Payload, Where } from 'payload'
import { createChainVerifier, type ChainEntry, type ChainVerdict } from '../../../domain/security/hashChain'
import { SECURITY_LOG_HEAD_KEY } from '../collections/SecurityLogHead'
import { SECURITY_EVENTS_SLUG, SECURITY_LOG_HEAD_SLUG } from '../defaults'

const BATCH = 500

/** Entries with seq above `after`, ascending, a batch at a time. */
export async function* securityLogEntries(payload: Payload, where: Where = {}): AsyncGenerator<ChainEntry> {
  let after = 0
  for (;;) {
    const { docs } = await payload.db.find<ChainEntry>({
      collection: SECURITY_EVENTS_SLUG,
      where: { and: [{ seq: { greater_than: after } }, where] },
      sort: 'seq',
      limit: BATCH,
      pagination: false,
    })
    for (const doc of docs) yield doc
    if (docs.length < BATCH) return
    after = Number(docs.at(-1)?.seq ?? after)
  }
}

export const verifySecurityLog = async (payload: Payload): Promise<ChainVerdict> => {
  const head = (await payload.db.findOne({ collection: SECURITY_LOG_HEAD_SLUG, where: { key: { equals: SECURITY_LOG_HEAD_KEY } } })) as {
    seq?: number
    hash?: string | null
  } | null
  const verifier = createChainVerifier()
  for await (const entry of securityLogEntries(payload)) if (verifier.push(entry)) break
  return verifier.finish(head ? { seq: Number(head.seq ?? 0), hash: head.hash ?? null } : null)
}
