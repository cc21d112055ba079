/** The quarter's results: computed live from the audit notices and the items, or read from its frozen snapshot. */
import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest, Where } from 'payload'
import { endOfLocalDay, localDate, startOfLocalDay } from '../../domain/calendar'
import { codedError } from '../../domain/errors'
import { idOf, type Id } from '../../domain/ids'
import { quarterFigures, type PublishedItem, type SubjectNotice } from '../../domain/inspection/figures'
import { quarterBounds, type InspectionSettings, type QuarterKey, type QuarterSnapshot } from '../../domain/inspection/model'
import { judgeDepartment, rankOf, inQuarter, type ManualFinding } from '../../domain/inspection/scoring'
import { inspectionSettingsFrom } from '../../domain/inspection/settings'
import { PUBLIC_DISCLOSURES } from '../../domain/vocabulary'
import { formatBeijing } from '../../domain/beijingTime'
import { inspectionOptions, type ResolvedInspectionOptions } from './options'
import { SETTINGS_GROUP } from './settings'
import { countPublished } from './publishedCounts'

type Row = Record<string, unknown>
type Options = {
  now?: Date
  req?: PayloadRequest
  /** false: read the quarter's items row by row, as on MongoDB, even where the database could count them (tests compare both). */
  countInDatabase?: boolean
}

/**
 * The rows a quarter is counted from, read straight from the database adapter: the counting needs stored values only
 * (ids, dates, kinds), never what read hooks add, and over 100k documents the hooks were most of the dashboard's wait
 * (docs/benchmarks.md → 季度检查看板).
 */
const rows = async (payload: Payload, collection: string, where: Where, select: Record<string, true>, req?: PayloadRequest): Promise<Row[]> => {
  const found = await payload.db.find({ collection: collection as CollectionSlug, where, select, limit: 0, pagination: false, ...(req ? { req } : {}) })
  return found.docs as unknown as Row[]
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

export const loadInspectionSettings = async (payload: Payload, req?: PayloadRequest): Promise<InspectionSettings> => {
  const stored = (await payload.findGlobal({ slug: inspectionOptions(payload).settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })) as unknown as Row
  return inspectionSettingsFrom(stored?.[SETTINGS_GROUP] as Row | undefined)
}

type KindOf = Map<string, string | null>

/** The quarter's published items as groups counted in the database (SQLite, PostgreSQL); null on other adapters. */
const countedItems = async (payload: Payload, o: ResolvedInspectionOptions, start: Date, end: Date, isPolicy: (d: Row) => boolean, kindOf: KindOf, req?: PayloadRequest): Promise<PublishedItem[] | null> => {
  const groups = await countPublished(payload, o, start, end, req)
  if (!groups) return null
  return groups.flatMap((g) => {
    const base = { department: idOf(g.department), columnKind: kindOf.get(String(idOf(g.column))) ?? null, isPolicy: isPolicy({ kind: g.kind, column: g.column }) }
    return [
      { ...base, interpreted: false, count: g.count - g.interpreted },
      { ...base, interpreted: true, count: g.interpreted },
    ].filter((item) => item.count > 0)
  })
}

/** The quarter's published items read row by row (any adapter: MongoDB, or a host whose tables are not Drizzle's). */
const readItems = async (payload: Payload, o: ResolvedInspectionOptions, start: Date, end: Date, isPolicy: (d: Row) => boolean, kindOf: KindOf, req?: PayloadRequest): Promise<PublishedItem[]> => {
  const documents = await rows(
    payload,
    o.documents,
    { and: [{ _status: { equals: 'published' } }, { disclosure: { in: [...PUBLIC_DISCLOSURES] } }, { publishedAt: { greater_than_equal: start.toISOString() } }, { publishedAt: { less_than_equal: end.toISOString() } }] },
    { department: true, column: true, kind: true, publishedAt: true },
    req,
  )
  const policyIds = documents.filter(isPolicy).map((d) => d.id as Id)
  const interpretations = policyIds.length
    ? await rows(payload, o.interpretations, { and: [{ policy: { in: policyIds } }, { _status: { equals: 'published' } }] }, { policy: true, linkedAt: true }, req)
    : []
  const interpreted = new Set(interpretations.filter((i) => !i.linkedAt || new Date(String(i.linkedAt)) <= end).map((i) => String(idOf(i.policy))))
  return documents.map((d) => ({
    department: idOf(d.department),
    publishedDay: localDate(String(d.publishedAt)),
    columnKind: kindOf.get(String(idOf(d.column))) ?? null,
    isPolicy: isPolicy(d),
    interpreted: interpreted.has(String(d.id)),
  }))
}

const loadInputs = async (payload: Payload, o: ResolvedInspectionOptions, bounds: { from: string; to: string }, start: Date, end: Date, req?: PayloadRequest, countInDatabase = true) => {
  const columns = await rows(payload, o.columns, {}, { kind: true, department: true, status: true }, req)
  const kindOf = new Map(columns.map((c) => [String(c.id), text(c.kind)]))
  // 政策文件: the item's own kind, or (left empty) its column's.
  const isPolicy = (d: Row) => (text(d.kind) ?? kindOf.get(String(idOf(d.column)))) === 'policy'
  const items = (countInDatabase ? await countedItems(payload, o, start, end, isPolicy, kindOf, req) : null) ?? (await readItems(payload, o, start, end, isPolicy, kindOf, req))
  const applications = o.register
    ? await rows(payload, o.register, { or: [{ and: [{ receivedAt: { greater_than_equal: bounds.from } }, { receivedAt: { less_than_equal: bounds.to } }] }, { and: [{ answeredAt: { greater_than_equal: bounds.from } }, { answeredAt: { less_than_equal: bounds.to } }] }] }, { department: true, receivedAt: true, answeredAt: true }, req)
    : null
  const accounts = await rows(payload, o.newMediaAccounts, {}, { department: true, status: true }, req)
  const posts = await rows(payload, o.posts, { and: [{ month: { greater_than_equal: bounds.from.slice(0, 7) } }, { month: { less_than_equal: bounds.to.slice(0, 7) } }] }, { department: true, month: true, count: true }, req)
  const notices = await rows(payload, o.notices, { or: [{ status: { equals: 'open' } }, { resolvedAt: { greater_than_equal: start.toISOString() } }] }, { rule: true, severity: true, department: true, subjectType: true, subjectId: true, detectedAt: true, resolvedAt: true, status: true, createdAt: true }, req)
  return {
    columns,
    figureInputs: {
      items,
      applications: applications?.map((a) => ({ department: idOf(a.department), receivedAt: text(a.receivedAt), answeredAt: text(a.answeredAt) })) ?? null,
      accounts: accounts.map((a) => ({ id: a.id as Id, department: idOf(a.department), status: String(a.status ?? '') })),
      posts: posts.map((p) => ({ department: idOf(p.department), month: String(p.month), count: Number(p.count ?? 0) })),
      columns: columns.filter((c) => c.status !== 'closed' && text(c.kind)).map((c) => ({ id: c.id as Id, department: idOf(c.department), kind: String(c.kind) })),
      notices: notices.map(
        (n): SubjectNotice => ({
          id: n.id as Id,
          rule: String(n.rule),
          severity: n.severity === 'red' ? 'red' : 'yellow',
          department: idOf(n.department),
          detectedAt: String(n.detectedAt ?? n.createdAt),
          // A notice resolved without a time (never by the audit) counts as resolved when it was found.
          resolvedAt: n.resolvedAt ? String(n.resolvedAt) : n.status === 'resolved' ? String(n.detectedAt ?? n.createdAt) : null,
          subject: n.subjectType === o.columns ? 'column' : n.subjectType === o.newMediaAccounts ? 'account' : 'other',
          subjectId: String(n.subjectId ?? ''),
        }),
      ),
    },
  }
}

export const computeQuarter = async (payload: Payload, quarter: QuarterKey, options: Options = {}): Promise<QuarterSnapshot> => {
  const o = inspectionOptions(payload)
  const settings = await loadInspectionSettings(payload, options.req)
  const bounds = quarterBounds(quarter)
  const start = startOfLocalDay(bounds.from)
  const end = endOfLocalDay(bounds.to)
  const now = options.now ?? new Date()
  const window = { start, close: new Date(Math.min(now.getTime(), end.getTime())) }
  const departments = await rows(payload, o.departments, {}, { name: true }, options.req)
  const { figureInputs } = await loadInputs(payload, o, bounds, start, end, options.req, options.countInDatabase !== false)
  const manual = (await rows(payload, o.deductions, { quarter: { equals: quarter } }, { item: true, department: true, findings: true }, options.req)).map(
    (m): ManualFinding => ({ id: m.id as Id, item: String(m.item), department: idOf(m.department) as Id, findings: Number(m.findings ?? 0) }),
  )
  const figures = quarterFigures(figureInputs, departments.map((d) => d.id as Id), bounds, window, settings)
  const judged = departments.map((d) => {
    const mine = (department: Id | null) => department !== null && String(department) === String(d.id)
    return { department: d, verdict: judgeDepartment(figureInputs.notices.filter((n) => mine(n.department)), manual.filter((m) => mine(m.department)), window, settings) }
  })
  const ranks = rankOf(judged.map((j) => j.verdict.score))
  const results = judged
    .map(({ department, verdict }, i) => ({
      id: department.id as Id,
      name: String(department.name ?? ''),
      colour: verdict.colour,
      reasons: verdict.reasons,
      score: verdict.score,
      rank: ranks[i],
      deductions: verdict.deductions,
      figures: figures.byDepartment.get(String(department.id))!,
      notices: verdict.notices,
    }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'))
  const site = figureInputs.notices.filter((n) => n.department === null && inQuarter(n, window))
  const domains = o.domainGrades ? await o.domainGrades(payload, quarter, options.req) : null
  const vetoRules = new Set(settings.rubric.filter((item) => item.veto).flatMap((item) => item.auditRules))
  return {
    quarter,
    ...bounds,
    frozen: false,
    frozenAt: null,
    figures: figures.total,
    departments: results,
    site: {
      notices: site.map((n) => n.id),
      reasons: [...new Set(site.filter((n) => n.severity === 'red' && vetoRules.has(n.rule)).map((n) => `单项否决：${settings.rubric.find((item) => item.auditRules.includes(n.rule))?.label ?? n.rule}`))],
    },
    ...(domains?.length ? { domains } : {}),
  }
}

const snapshotOf = async (payload: Payload, quarter: QuarterKey, req?: PayloadRequest): Promise<Row | null> => {
  const found = await payload.find({ collection: inspectionOptions(payload).snapshots as CollectionSlug, where: { quarter: { equals: quarter } }, limit: 1, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return (found.docs[0] as unknown as Row | undefined) ?? null
}

/**
 * What a live quarter is computed from, as one string: per source collection its count and latest `updatedAt`, the
 * settings' `updatedAt`, and the Beijing day. Any create, change or deletion there changes it; a few indexed reads.
 */
const dataVersion = async (payload: Payload, now: Date, req?: PayloadRequest): Promise<string> => {
  const o = inspectionOptions(payload)
  const sources = [o.documents, o.interpretations, o.columns, o.departments, o.newMediaAccounts, o.posts, o.notices, o.deductions, ...(o.register ? [o.register] : [])]
  const parts = await Promise.all(
    sources.map(async (slug) => {
      const collection = slug as CollectionSlug
      const [latest, count] = await Promise.all([
        payload.db.find({ collection, sort: '-updatedAt', limit: 1, pagination: false, select: { updatedAt: true }, ...(req ? { req } : {}) }),
        payload.db.count({ collection, ...(req ? { req } : {}) }),
      ])
      return `${count.totalDocs}@${String((latest.docs[0] as Row | undefined)?.updatedAt ?? '')}`
    }),
  )
  const settings = (await payload.findGlobal({ slug: o.settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, select: { updatedAt: true } as never, ...(req ? { req } : {}) })) as unknown as Row
  return [...parts, String(settings?.updatedAt ?? ''), localDate(now.toISOString())].join('|')
}

/**
 * Live quarters already computed, per Payload instance: reused while the data they were computed from is unchanged
 * (`dataVersion`), so that the dashboard answers from memory instead of counting 100k documents on every load, and
 * concurrent loads share one computation.
 */
const liveQuarters = new WeakMap<Payload, Map<QuarterKey, { version: string; snapshot: Promise<QuarterSnapshot> }>>()

/** The frozen snapshot of the quarter when there is one, else the live computation (reused while nothing changed). */
export const loadQuarter = async (payload: Payload, quarter: QuarterKey, options: Options = {}): Promise<QuarterSnapshot> => {
  const frozen = await snapshotOf(payload, quarter, options.req)
  if (frozen) return frozen.data as QuarterSnapshot
  const version = await dataVersion(payload, options.now ?? new Date(), options.req)
  let cache = liveQuarters.get(payload)
  if (!cache) liveQuarters.set(payload, (cache = new Map()))
  const hit = cache.get(quarter)
  if (hit && hit.version === version) return hit.snapshot
  const snapshot = computeQuarter(payload, quarter, options)
  cache.set(quarter, { version, snapshot })
  // A failed computation is not kept.
  snapshot.catch(() => cache.get(quarter)?.snapshot === snapshot && cache.delete(quarter))
  return snapshot
}

/** Freezes an ended quarter, once: its snapshot is what every later 通报 and chart of the quarter reads. */
export const freezeQuarter = async (payload: Payload, quarter: QuarterKey, options: Options = {}): Promise<QuarterSnapshot> => {
  const o = inspectionOptions(payload)
  const now = options.now ?? new Date()
  const { to } = quarterBounds(quarter)
  if (now.getTime() <= endOfLocalDay(to).getTime()) throw codedError('inspection.quarter-not-ended', quarter, to)
  const existing = await snapshotOf(payload, quarter, options.req)
  if (existing) throw codedError('inspection.already-frozen', quarter, formatBeijing(String(existing.frozenAt)))
  const snapshot: QuarterSnapshot = { ...(await computeQuarter(payload, quarter, options)), frozen: true, frozenAt: now.toISOString() }
  const user = options.req?.user
  const frozenBy = user && user.collection === o.users.slug ? user.id : undefined
  await payload.create({
    collection: o.snapshots as CollectionSlug,
    data: { quarter, from: snapshot.from, to: snapshot.to, frozenAt: snapshot.frozenAt, ...(frozenBy === undefined ? {} : { frozenBy }), data: snapshot } as never,
    overrideAccess: true,
    ...(options.req ? { req: options.req } : {}),
  })
  payload.logger.info({ quarter, frozenBy }, `季度检查结果已冻结：${quarter}`)
  return snapshot
}
