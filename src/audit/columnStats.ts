/**
 * Per open column: how many public items it has and when the latest was published. On SQLite and PostgreSQL one
 * GROUP BY over the documents table (indexed on column and publishedAt); on MongoDB one aggregation pipeline.
 */
import type { Payload } from 'payload'
import { PUBLIC_DISCLOSURES, type ColumnKind } from '../../domain/vocabulary'
import type { ColumnStat } from '../../domain/audit/columnRules'
import { idOf, type Id } from '../../domain/ids'

type Aggregate = Map<string, { n: number; last: Date | null }>

const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value))
  return Number.isNaN(date.getTime()) ? null : date
}

const sqlAggregate = async (payload: Payload): Promise<Aggregate | null> => {
  const adapter: object = payload.db
  const db = adapter as { drizzle?: any; tables?: Record<string, any> }
  const table = db.tables?.documents
  if (!db.drizzle || !table) return null
  const { and, count, eq, inArray, max } = await import('drizzle-orm')
  const rows: Array<{ column: Id | null; last: unknown; n: number | string }> = await db.drizzle
    .select({ column: table.column, last: max(table.publishedAt), n: count() })
    .from(table)
    .where(and(eq(table._status, 'published'), inArray(table.disclosure, [...PUBLIC_DISCLOSURES])))
    .groupBy(table.column)
  return new Map(rows.filter((r) => r.column !== null).map((r) => [String(r.column), { n: Number(r.n), last: toDate(r.last) }]))
}

const mongoAggregate = async (payload: Payload): Promise<Aggregate | null> => {
  const adapter: object = payload.db
  const model = (adapter as { collections?: Record<string, any> }).collections?.documents
  if (!model?.aggregate) return null
  const rows: Array<{ _id: unknown; n: number; last: unknown }> = await model.aggregate([
    { $match: { _status: 'published', disclosure: { $in: [...PUBLIC_DISCLOSURES] } } },
    { $group: { _id: '$column', n: { $sum: 1 }, last: { $max: '$publishedAt' } } },
  ])
  return new Map(rows.filter((r) => r._id).map((r) => [String(r._id), { n: r.n, last: toDate(r.last) }]))
}

/** Interpretation columns show the interpretations collection (which has no column of its own). */
const interpretationAggregate = async (payload: Payload) => {
  const latest = await payload.find({
    collection: 'interpretations',
    where: { _status: { equals: 'published' } },
    sort: '-linkedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { linkedAt: true, updatedAt: true },
  })
  const doc = latest.docs[0] as { linkedAt?: string; updatedAt?: string } | undefined
  return { n: latest.totalDocs, last: toDate(doc?.linkedAt ?? doc?.updatedAt ?? null) }
}

export const loadColumnStats = async (payload: Payload): Promise<ColumnStat[]> => {
  const { docs: columns } = await payload.find({
    collection: 'columns',
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, kind: true, updateCycleDays: true, department: true, parent: true },
  })
  const aggregate = (await sqlAggregate(payload)) ?? (await mongoAggregate(payload)) ?? new Map()
  const parents = new Set(columns.map((c) => idOf((c as { parent?: unknown }).parent)).filter((p) => p !== null).map(String))
  const interpretations = columns.some((c) => c.kind === 'interpretation') ? await interpretationAggregate(payload) : null
  return columns.map((c) => {
    const own = aggregate.get(String(c.id)) ?? { n: 0, last: null }
    let { n, last } = own
    if (c.kind === 'interpretation' && interpretations) {
      n += interpretations.n
      if (interpretations.last && (!last || interpretations.last > last)) last = interpretations.last
    }
    return {
      id: c.id,
      title: String(c.title),
      kind: c.kind as ColumnKind,
      updateCycleDays: (c as { updateCycleDays?: number | null }).updateCycleDays ?? null,
      department: idOf((c as { department?: unknown }).department),
      hasOpenChildren: parents.has(String(c.id)),
      publicItems: n,
      lastPublishedAt: last,
    }
  })
}
