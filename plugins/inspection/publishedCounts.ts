/**
 * The quarter's published 主动公开 items, counted in the database: one GROUP BY (department, column, kind) over the
 * documents published in the window, and the same for those with a published 解读 linked by the close. On SQLite and
 * PostgreSQL through the adapter's Drizzle tables; null on any other adapter (MongoDB), where the caller reads the
 * rows instead. Over 100k documents this replaces reading ~10k rows (docs/benchmarks.md → 季度检查看板).
 */
import type { Payload, PayloadRequest } from 'payload'
import { PUBLIC_DISCLOSURES } from '../../domain/vocabulary'

export type PublishedGroup = { department: unknown; column: unknown; kind: string | null; count: number; interpreted: number }

type Drizzle = { drizzle?: any; tables?: Record<string, any>; sessions?: Record<string | number, { db?: any } | undefined> }

/**
 * The Drizzle instance of the request's transaction when it has one (as the adapter's own reads do: a freeze inside a
 * transaction — the demo seed — must see the rows written in it), else the adapter's.
 */
const drizzleOf = async (db: Drizzle, req?: PayloadRequest) => {
  const transaction = req?.transactionID ? await req.transactionID : undefined
  return (transaction !== undefined && db.sessions?.[transaction]?.db) || db.drizzle
}

export const countPublished = async (payload: Payload, slugs: { documents: string; interpretations: string }, start: Date, end: Date, req?: PayloadRequest): Promise<PublishedGroup[] | null> => {
  const adapter: object = payload.db
  const db = adapter as Drizzle
  const documents = db.tables?.[slugs.documents.replace(/-/g, '_')]
  const interpretations = db.tables?.[slugs.interpretations.replace(/-/g, '_')]
  if (!db.drizzle || !documents || !interpretations?.policy || !documents.department || !documents.column || !documents.kind) return null
  const drizzle = await drizzleOf(db, req)
  const { and, count, eq, exists, gte, inArray, isNull, lte, or } = await import('drizzle-orm')
  const inWindow = and(
    eq(documents._status, 'published'),
    inArray(documents.disclosure, [...PUBLIC_DISCLOSURES]),
    gte(documents.publishedAt, start.toISOString()),
    lte(documents.publishedAt, end.toISOString()),
  )
  const keys = { department: documents.department, column: documents.column, kind: documents.kind }
  const explained = drizzle
    .select({ one: interpretations.id })
    .from(interpretations)
    .where(and(eq(interpretations.policy, documents.id), eq(interpretations._status, 'published'), or(isNull(interpretations.linkedAt), lte(interpretations.linkedAt, end.toISOString()))))
  const [all, interpreted]: Array<Array<{ department: unknown; column: unknown; kind: unknown; n: number | string }>> = await Promise.all([
    drizzle.select({ ...keys, n: count() }).from(documents).where(inWindow).groupBy(documents.department, documents.column, documents.kind),
    drizzle.select({ ...keys, n: count() }).from(documents).where(and(inWindow, exists(explained))).groupBy(documents.department, documents.column, documents.kind),
  ])
  const key = (r: { department: unknown; column: unknown; kind: unknown }) => `${String(r.department ?? '')}|${String(r.column ?? '')}|${String(r.kind ?? '')}`
  const interpretedBy = new Map(interpreted.map((r) => [key(r), Number(r.n)]))
  return all.map((r) => ({ department: r.department ?? null, column: r.column ?? null, kind: typeof r.kind === 'string' && r.kind ? r.kind : null, count: Number(r.n), interpreted: interpretedBy.get(key(r)) ?? 0 }))
}
