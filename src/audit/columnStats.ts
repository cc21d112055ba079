/**
 * Per open column: how many public items it has, when the latest was published, who answers for it and under which
 * top-level column it lies. On SQLite and PostgreSQL one
 * GROUP BY over the documents table (indexed on column and publishedAt); on MongoDB one aggregation pipeline.
 */
import type { Payload } from 'payload'
import { PUBLIC_DISCLOSURES, type ColumnKind } from '../../domain/vocabulary'
import type { ColumnStat } from '../../domain/audit/columnRules'
import { idOf, type Id } from '../../domain/ids'
import { columnPlaces } from '../../domain/audit/columnScopes'

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

/**
 * Interpretation columns show the interpretations collection, which has no column of its own: an interpretation
 * belongs to the 政策解读 columns of its 解读机构 (the columns that department answers for, see columnScopes), so a
 * department's 政策解读 column counts its own interpretations and the county's counts the county office's.
 */
const interpretationAggregate = async (payload: Payload): Promise<Aggregate> => {
  const adapter: object = payload.db
  const db = adapter as { drizzle?: any; tables?: Record<string, any> }
  const table = db.tables?.interpretations
  if (db.drizzle && table) {
    const { count, eq, max } = await import('drizzle-orm')
    const rows: Array<{ department: Id | null; linked: unknown; updated: unknown; n: number | string }> = await db.drizzle
      .select({ department: table.department, linked: max(table.linkedAt), updated: max(table.updatedAt), n: count() })
      .from(table)
      .where(eq(table._status, 'published'))
      .groupBy(table.department)
    return new Map(rows.filter((r) => r.department !== null).map((r) => [String(r.department), { n: Number(r.n), last: toDate(r.linked) ?? toDate(r.updated) }]))
  }
  const { docs } = await payload.find({
    collection: 'interpretations',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { department: true, linkedAt: true, updatedAt: true },
  })
  const out: Aggregate = new Map()
  for (const doc of docs as Array<{ department?: unknown; linkedAt?: string | null; updatedAt?: string }>) {
    const key = String(idOf(doc.department))
    const at = toDate(doc.linkedAt ?? doc.updatedAt ?? null)
    const row = out.get(key) ?? { n: 0, last: null }
    row.n++
    if (at && (!row.last || at > row.last)) row.last = at
    out.set(key, row)
  }
  return out
}

export const loadColumnStats = async (payload: Payload): Promise<ColumnStat[]> => {
  // Every column (closed ones too): a closed parent still passes on its 保障单位 and is still the top of its subtree.
  const { docs: all } = await payload.find({
    collection: 'columns',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, kind: true, updateCycleDays: true, department: true, parent: true, status: true },
  })
  const { docs: departments } = await payload.find({ collection: 'departments', pagination: false, depth: 0, overrideAccess: true, select: { name: true, kind: true } })
  const office = departments.find((d) => d.kind === 'office')?.id ?? null
  const names = new Map(departments.map((d) => [String(d.id), String(d.name)]))
  const places = columnPlaces(
    all.map((c) => ({ id: c.id, title: String(c.title), parent: idOf((c as { parent?: unknown }).parent), department: idOf((c as { department?: unknown }).department) })),
    office,
  )
  const columns = all.filter((c) => (c as { status?: string }).status === 'open')
  const aggregate = (await sqlAggregate(payload)) ?? (await mongoAggregate(payload)) ?? new Map()
  const parents = new Set(columns.map((c) => idOf((c as { parent?: unknown }).parent)).filter((p) => p !== null).map(String))
  const interpretations = columns.some((c) => c.kind === 'interpretation') ? await interpretationAggregate(payload) : null
  return columns.map((c) => {
    const place = places.get(String(c.id))!
    const own = aggregate.get(String(c.id)) ?? { n: 0, last: null }
    let { n, last } = own
    const theirs = c.kind === 'interpretation' && place.department !== null ? interpretations?.get(String(place.department)) : undefined
    if (theirs) {
      n += theirs.n
      if (theirs.last && (!last || theirs.last > last)) last = theirs.last
    }
    return {
      id: c.id,
      title: String(c.title),
      kind: c.kind as ColumnKind,
      updateCycleDays: (c as { updateCycleDays?: number | null }).updateCycleDays ?? null,
      department: place.department,
      departmentName: place.department === null ? null : (names.get(String(place.department)) ?? null),
      root: place.root,
      hasOpenChildren: parents.has(String(c.id)),
      publicItems: n,
      lastPublishedAt: last,
    }
  })
}
