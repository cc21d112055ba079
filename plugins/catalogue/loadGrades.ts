/**
 * A quarter's grading of each 领域 (domain/catalogue/grades.ts) from the database: the columns bound to each 领域's 事项,
 * and the public items published in them within the quarter (Beijing days), optionally of one department. The
 * quarterly 通报 (annex 2) reads the same through `GET /api/catalogue/grades/:quarter` or this function.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { startOfLocalDay, endOfLocalDay } from '../../domain/calendar'
import { gradeDomains, type DomainFacts, type DomainGrades } from '../../domain/catalogue/grades'
import { quarterBounds, type QuarterKey } from '../../domain/inspection/model'
import { idOf, type Id } from '../../domain/ids'
import { catalogueOptions } from './options'
import { loadGradeSettings } from './settings'

type Row = Record<string, unknown> & { id: Id }

export type QuarterGrades = DomainGrades & { quarter: QuarterKey; from: string; to: string; department: Id | null; minItemsPerQuarter: number }

/** Each column's id and the 事项 it is bound to. */
export const boundColumns = async (payload: Payload, req?: PayloadRequest): Promise<Map<string, string[]>> => {
  const o = catalogueOptions(payload)
  const { docs } = await payload.find({ collection: o.columns as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, select: { [o.columnField]: true } as never, ...(req ? { req } : {}) })
  const out = new Map<string, string[]>()
  for (const c of docs as unknown as Row[]) {
    const ids = ((c[o.columnField] as unknown[]) ?? []).map((v) => String(idOf(v))).filter((v) => v !== 'null')
    if (ids.length) out.set(String(c.id), ids)
  }
  return out
}

/** `req`: read inside its transaction (a quarter frozen in one, as the demo seed does, sees the rows written in it). */
export const loadGrades = async (payload: Payload, quarter: QuarterKey, { department = null, req }: { department?: Id | null; req?: PayloadRequest } = {}): Promise<QuarterGrades> => {
  const o = catalogueOptions(payload)
  const f = o.fields
  const settings = await loadGradeSettings(payload, o.settingsGlobal, req)
  const { from, to } = quarterBounds(quarter)
  const [{ docs: domainRows }, { docs: matterRows }, columns] = await Promise.all([
    payload.find({ collection: o.domains as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, select: { name: true, order: true } as never, ...(req ? { req } : {}) }),
    payload.find({ collection: o.matters as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, select: { domain: true } as never, ...(req ? { req } : {}) }),
    boundColumns(payload, req),
  ])
  const domainOf = new Map((matterRows as unknown as Row[]).map((m) => [String(m.id), String(idOf(m.domain))]))
  const columnsOf = new Map<string, Set<string>>()
  for (const [column, matters] of columns) {
    for (const matter of matters) {
      const domain = domainOf.get(matter)
      if (!domain) continue
      if (!columnsOf.has(domain)) columnsOf.set(domain, new Set())
      columnsOf.get(domain)!.add(column)
    }
  }
  const allColumns = [...columns.keys()]
  const perColumn = new Map<string, number>()
  if (allColumns.length) {
    const where: Where[] = [
      { [f.column]: { in: allColumns } },
      { _status: { equals: 'published' } },
      { [f.disclosure]: { in: [...o.publicDisclosures] } },
      { [f.publishedAt]: { greater_than_equal: startOfLocalDay(from).toISOString() } },
      { [f.publishedAt]: { less_than_equal: endOfLocalDay(to).toISOString() } },
      ...(department !== null ? [{ [f.department]: { equals: department } }] : []),
    ]
    const { docs } = await payload.find({ collection: o.documents as CollectionSlug, where: { and: where }, pagination: false, depth: 0, overrideAccess: true, select: { [f.column]: true } as never, ...(req ? { req } : {}) })
    for (const d of docs as unknown as Row[]) {
      const column = String(idOf(d[f.column]))
      perColumn.set(column, (perColumn.get(column) ?? 0) + 1)
    }
  }
  const facts: DomainFacts[] = (domainRows as unknown as Row[]).map((d) => {
    const bound = columnsOf.get(String(d.id)) ?? new Set<string>()
    return {
      id: d.id,
      name: String(d.name),
      order: Number(d.order ?? 0),
      matters: [...domainOf.values()].filter((v) => v === String(d.id)).length,
      boundColumns: bound.size,
      published: [...bound].reduce((sum, c) => sum + (perColumn.get(c) ?? 0), 0),
    }
  })
  return { quarter, from, to, department, minItemsPerQuarter: settings.minItemsPerQuarter, ...gradeDomains(facts, settings) }
}
