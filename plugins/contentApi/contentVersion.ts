/**
 * The version of everything anonymous readers can see, for the Express read cache: a local counter bumped after
 * every committed change of public data in this process, plus the change log's last sequence number read from
 * the database at most every `checkMs` — so other instances' changes invalidate the cache within that time.
 */
import type { Payload } from 'payload'
import { SEQUENCE_KEY } from '../../collections/PublicChanges'

export type ContentVersion = { bump: () => void; current: () => Promise<string> }

const versions = new WeakMap<Payload, ContentVersion>()

export const DEFAULT_VERSION_CHECK_MS = Number(process.env.CONTENT_VERSION_CHECK_MS || 1000)

export const lastSequence = async (payload: Payload): Promise<number> => {
  const row = (await payload.db.findOne({ collection: 'public-changes', where: { key: { equals: SEQUENCE_KEY } } })) as { seq?: number } | null
  return row?.seq ?? 0
}

export const contentVersion = (payload: Payload, checkMs = DEFAULT_VERSION_CHECK_MS): ContentVersion => {
  let version = versions.get(payload)
  if (version) return version
  let local = 0
  let databaseSeq = 0
  let checkedAt = -Infinity
  let checking: Promise<void> | null = null
  const check = () =>
    (checking ??= lastSequence(payload)
      .then((seq) => {
        databaseSeq = seq
        checkedAt = Date.now()
      })
      .catch((error) => {
        payload.logger.warn({ err: error, msg: 'content version check failed; the read cache is bypassed until it succeeds' })
        databaseSeq = -1
        checkedAt = -Infinity
      })
      .finally(() => {
        checking = null
      }))
  version = {
    bump: () => {
      local += 1
    },
    current: async () => {
      if (Date.now() - checkedAt >= checkMs) await check()
      return databaseSeq < 0 ? `uncached-${Date.now()}-${Math.random()}` : `${local}:${databaseSeq}`
    },
  }
  versions.set(payload, version)
  return version
}
