/** Specification of the security log's hash chain (GB/T 22239-2019 8.1.4.3 c) and its CSV export format. */
import { describe, expect, it } from '@jest/globals'
import { CHAIN_REASONS, canonicalContent, chainEntry, GENESIS_HASH, verifyChain, type ChainContent, type ChainEntry } from '../../../domain/security/hashChain'
import { toCsv } from '../../../domain/security/csv'

const content = (seq: number, extra: Partial<ChainContent> = {}): ChainContent => ({
  seq,
  at: new Date(Date.UTC(2026, 11, 1, 8, 0, seq)).toISOString(),
  event: 'login',
  outcome: 'success',
  actorId: '7',
  actorName: '张三',
  summary: `第 ${seq} 条`,
  details: { b: 1, a: [seq] },
  ...extra,
})

const chain = (n: number): ChainEntry[] => {
  const entries: ChainEntry[] = []
  for (let seq = 1; seq <= n; seq++) entries.push(chainEntry(entries.at(-1)?.hash ?? GENESIS_HASH, content(seq)))
  return entries
}

describe('canonicalContent', () => {
  it('is the same whatever order the database returns keys in, and for empty strings and nulls', () => {
    expect(canonicalContent(content(1, { details: { a: [1], b: 1 }, ip: '' }))).toBe(canonicalContent(content(1, { details: { b: 1, a: [1] }, ip: null })))
  })

  it('reads a date back the same from a Date or its string', () => {
    const at = '2026-12-01T08:00:01.000Z'
    expect(canonicalContent(Object.assign(content(1), { at: new Date(at) }))).toBe(canonicalContent({ ...content(1), at }))
  })
})

describe('verifyChain', () => {
  it('accepts an intact chain and reports its length and last hash', () => {
    const entries = chain(5)
    expect(verifyChain(entries, { seq: 5, hash: entries[4].hash })).toEqual({ ok: true, count: 5, firstSeq: 1, lastSeq: 5, lastHash: entries[4].hash })
  })

  it('names a changed entry', () => {
    const entries = chain(5)
    entries[2] = { ...entries[2], summary: '改过的摘要' }
    expect(verifyChain(entries)).toEqual({ ok: false, seq: 3, reason: CHAIN_REASONS.altered })
  })

  it('names the entry after one that was changed and re-hashed', () => {
    const entries = chain(5)
    entries[2] = chainEntry(entries[1].hash, { ...content(3), summary: '伪造' })
    expect(verifyChain(entries)).toEqual({ ok: false, seq: 4, reason: CHAIN_REASONS.unlinked })
  })

  it('names the entry after a deleted one', () => {
    const entries = chain(5)
    entries.splice(1, 1)
    expect(verifyChain(entries)).toEqual({ ok: false, seq: 3, reason: CHAIN_REASONS.gap(1) })
  })

  it('notices entries cut off at the end by the chain head', () => {
    const entries = chain(5)
    expect(verifyChain(entries.slice(0, 4), { seq: 5, hash: entries[4].hash })).toEqual({ ok: false, seq: 5, reason: CHAIN_REASONS.truncated(4, 5) })
  })

  it('accepts a chain that starts after a purge recorded in the chain', () => {
    const entries = chain(6)
    const purge = chainEntry(entries[5].hash, content(7, { event: 'log-purged', details: { purgedThroughSeq: 3, checkpointHash: entries[2].hash } }))
    const kept = [...entries.slice(3), purge]
    expect(verifyChain(kept, { seq: 7, hash: purge.hash })).toMatchObject({ ok: true, count: 4, firstSeq: 4, lastSeq: 7 })
  })

  it('refuses a chain whose first entries vanished without a purge', () => {
    expect(verifyChain(chain(6).slice(3))).toEqual({ ok: false, seq: 4, reason: CHAIN_REASONS.noCheckpoint(3) })
  })

  it('accepts an empty log', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, firstSeq: null, lastSeq: null, lastHash: GENESIS_HASH })
  })
})

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    expect(toCsv(['序号', '摘要'], [[1, '含,逗号'], [2, '=HYPERLINK("x")'], [3, null]])).toBe(
      '\uFEFF序号,摘要\r\n1,"含,逗号"\r\n2,"\'=HYPERLINK(""x"")"\r\n3,\r\n',
    )
  })
})
