/**
 * The tamper-evident chain of the 安全审计日志 (GB/T 22239-2019 8.1.4.3 c): every entry stores the SHA-256 of
 * the previous entry's hash and its own canonical content, and sequence numbers have no gaps. Changing,
 * removing or inserting a row breaks the chain at that row. Old entries leave only by the purge, which
 * records, in the chain, up to which entry it removed and the hash the first kept entry links to.
 */
import crypto from 'node:crypto'

export const GENESIS_HASH = '0'.repeat(64)

export const HASHED_FIELDS = [
  'seq', 'at', 'event', 'outcome', 'actorId', 'actorName', 'actorEmail', 'actorRoles', 'ip', 'targetCollection', 'targetId', 'summary', 'details',
] as const

export type ChainContent = {
  seq: number
  at: string
  event: string
  outcome?: string | null
  actorId?: string | null
  actorName?: string | null
  actorEmail?: string | null
  actorRoles?: string | null
  ip?: string | null
  targetCollection?: string | null
  targetId?: string | null
  summary?: string | null
  details?: unknown
}
export type ChainEntry = ChainContent & { prevHash: string; hash: string }

/**
 * The same value whichever database stored it: keys sorted (PostgreSQL's jsonb reorders them), empty strings
 * and missing values as null, dates as ISO strings.
 */
export const canonicalValue = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(canonicalValue)
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, canonicalValue((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

export const canonicalContent = (entry: ChainContent): string => {
  const content: Record<string, unknown> = {}
  for (const field of HASHED_FIELDS) content[field] = entry[field]
  content.seq = Number(entry.seq)
  content.at = new Date(entry.at).toISOString()
  return JSON.stringify(canonicalValue(content))
}

export const entryHash = (prevHash: string, entry: ChainContent): string =>
  crypto.createHash('sha256').update(`${prevHash}\n${canonicalContent(entry)}`).digest('hex')

export type ChainBreak = { ok: false; seq: number; reason: string }
export type ChainVerdict = { ok: true; count: number; firstSeq: number | null; lastSeq: number | null; lastHash: string } | ChainBreak

export const CHAIN_REASONS = {
  altered: '记录内容与其哈希不符（记录被修改）',
  gap: (previous: number) => `序号不连续：上一条为第 ${previous} 条（中间的记录被删除）`,
  unlinked: '与上一条记录的哈希不衔接（上一条被修改或替换）',
  badStart: '首条记录不是链的起点（开头的记录缺失）',
  noCheckpoint: (through: number) => `开头的第 1–${through} 条记录缺失，且没有对应的清理记录`,
  truncated: (lastSeq: number | null, headSeq: number) => `日志末尾缺失：最后一条为第 ${lastSeq ?? 0} 条，链头记录为第 ${headSeq} 条`,
  headMismatch: '最后一条记录与链头记录的哈希不符',
} as const

/**
 * Verifies entries fed in ascending `seq` order (in batches, for a long log). `finish` compares the last entry
 * with the chain head kept beside the log, which catches entries cut off at the end.
 */
export const createChainVerifier = () => {
  let previous: ChainEntry | null = null
  let first: ChainEntry | null = null
  let count = 0
  let broken: ChainBreak | null = null
  const checkpoints: Array<{ through: number; hash: string }> = []
  return {
    push(entry: ChainEntry): ChainBreak | null {
      if (broken) return broken
      const seq = Number(entry.seq)
      if (entryHash(entry.prevHash, entry) !== entry.hash) broken = { ok: false, seq, reason: CHAIN_REASONS.altered }
      else if (previous && seq !== Number(previous.seq) + 1) broken = { ok: false, seq, reason: CHAIN_REASONS.gap(Number(previous.seq)) }
      else if (previous && entry.prevHash !== previous.hash) broken = { ok: false, seq, reason: CHAIN_REASONS.unlinked }
      else if (!previous && seq === 1 && entry.prevHash !== GENESIS_HASH) broken = { ok: false, seq, reason: CHAIN_REASONS.badStart }
      if (broken) return broken
      if (entry.event === 'log-purged') {
        const details = (entry.details ?? {}) as { purgedThroughSeq?: unknown; checkpointHash?: unknown }
        checkpoints.push({ through: Number(details.purgedThroughSeq), hash: String(details.checkpointHash) })
      }
      first ??= entry
      previous = entry
      count += 1
      return null
    },
    finish(head?: { seq: number; hash: string | null } | null): ChainVerdict {
      if (broken) return broken
      if (first && Number(first.seq) > 1) {
        const through = Number(first.seq) - 1
        if (!checkpoints.some((c) => c.through === through && c.hash === first!.prevHash)) {
          return { ok: false, seq: Number(first.seq), reason: CHAIN_REASONS.noCheckpoint(through) }
        }
      }
      const lastSeq = previous ? Number(previous.seq) : null
      if (head && Number(head.seq) > 0) {
        if (lastSeq !== Number(head.seq)) return { ok: false, seq: (lastSeq ?? 0) + 1, reason: CHAIN_REASONS.truncated(lastSeq, Number(head.seq)) }
        if (previous!.hash !== head.hash) return { ok: false, seq: lastSeq!, reason: CHAIN_REASONS.headMismatch }
      }
      return { ok: true, count, firstSeq: first ? Number(first.seq) : null, lastSeq, lastHash: previous?.hash ?? GENESIS_HASH }
    },
  }
}

export const verifyChain = (entries: ReadonlyArray<ChainEntry>, head?: { seq: number; hash: string | null } | null): ChainVerdict => {
  const verifier = createChainVerifier()
  for (const entry of entries) if (verifier.push(entry)) break
  return verifier.finish(head)
}

/** The chain entry for `content` after the entry whose hash is `prevHash`. */
export const chainEntry = (prevHash: string, content: ChainContent): ChainEntry => ({ ...content, prevHash, hash: entryHash(prevHash, content) })
