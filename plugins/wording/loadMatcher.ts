/**
 * The pre-check's wording matcher, built from both lists and rebuilt when either changed (checked at every run by
 * count and newest update, so several instances stay in step).
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { buildWordingMatcher, type WordingEntry, type WordingKind, type WordingMatcher } from '../../domain/precheck'

type Row = { wrong?: string; correct?: string; level?: string; note?: string | null; category?: string | null; updatedAt?: string }

const cache = new Map<string, { stamp: string; matcher: WordingMatcher }>()

export const loadWordingMatcher = async (req: PayloadRequest, lists: ReadonlyArray<{ slug: string; kind: WordingKind }>): Promise<WordingMatcher> => {
  const stamps = await Promise.all(
    lists.map(async ({ slug }) => {
      const newest = await req.payload.find({ collection: slug as CollectionSlug, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, req })
      return `${newest.totalDocs}:${(newest.docs[0] as Row | undefined)?.updatedAt ?? ''}`
    }),
  )
  const key = lists.map((l) => l.slug).join('|')
  const stamp = stamps.join('|')
  const cached = cache.get(key)
  if (cached?.stamp === stamp) return cached.matcher
  const entries: WordingEntry[] = []
  for (const { slug, kind } of lists) {
    const { docs } = await req.payload.find({ collection: slug as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, req })
    for (const row of docs as unknown as Row[]) {
      const note = [row.category, row.note].filter(Boolean).join('：') || null
      entries.push({ wrong: row.wrong ?? '', correct: row.correct ?? '', kind, level: row.level, note })
    }
  }
  const matcher = buildWordingMatcher(entries)
  cache.set(key, { stamp, matcher })
  return matcher
}
