/**
 * A draft's report, recomputed: the documents of the department (section 二), the register's applications (section 三
 * through domain/applications/annualTable.ts, and the 信息处理费 of section 六), and what the draft holds.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { annualTable, type TableApplication } from '../../domain/applications/annualTable'
import { isOutcome, type ApplicantType } from '../../domain/applications/vocabulary'
import type { EnteredActiveDisclosure } from '../../domain/annualReport/activeDisclosure'
import { DECISION_ROWS, DOCUMENT_ROWS } from '../../domain/annualReport/categories'
import { documentFact } from '../../domain/annualReport/documentFact'
import { processingFees } from '../../domain/annualReport/processingFees'
import { buildReport, type AnnualReportModel } from '../../domain/annualReport/report'
import type { StoredReviewCells } from '../../domain/annualReport/reviews'
import { idOf, type Id } from '../../domain/ids'
import type { AnnualReportContext } from './context'
import { loadCategories, loadGovernmentName } from './settings'

export type Draft = Record<string, unknown> & {
  id: Id
  year: number
  department?: unknown
  publisher?: unknown
  figures?: Record<string, { value?: number | null; enteredBy?: unknown; enteredAt?: string | null } | null> | null
  reviews?: StoredReviewCells
  document?: unknown
}

type Row = Record<string, unknown> & { id: Id }
type HistoryEntry = { type?: unknown; date?: unknown; outcome?: unknown }

/** The draft as the user may read it, or null (absent, or another department's). */
export const readDraft = async (ctx: AnnualReportContext, req: PayloadRequest, id: string): Promise<Draft | null> =>
  (await req.payload
    .findByID({ collection: ctx.slug as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)) as Draft | null

const departmentName = async (ctx: AnnualReportContext, req: PayloadRequest, id: Id): Promise<string> => {
  const department = (await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, req })) as { name?: string } | null
  return department?.name ?? String(id)
}

export const issuerOf = async (ctx: AnnualReportContext, req: PayloadRequest, draft: Draft): Promise<string> => {
  const department = idOf(draft.department)
  return department === null ? loadGovernmentName(ctx, req) : departmentName(ctx, req, department)
}

const userNames = async (ctx: AnnualReportContext, req: PayloadRequest, ids: Id[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({ collection: ctx.users.slug as CollectionSlug, where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, req })
  return new Map((docs as unknown as Row[]).map((u) => [String(u.id), String(u.name || u.email || u.id)]))
}

export const loadReport = async (ctx: AnnualReportContext, req: PayloadRequest, draft: Draft): Promise<AnnualReportModel> => {
  const year = Number(draft.year)
  const department = idOf(draft.department)
  const inDepartment: Where[] = department === null ? [] : [{ department: { equals: department } }]
  const categories = await loadCategories(ctx, req)
  const counted = categories.filter((c) => (DOCUMENT_ROWS as readonly string[]).includes(c.row)).map((c) => c.value)

  // Published documents of the department in a counted category (a draft or an item under review is not yet issued).
  const documents = counted.length
    ? ((
        await req.payload.find({
          collection: ctx.documents as CollectionSlug,
          where: { and: [{ [ctx.fields.category]: { in: counted } }, { _status: { equals: 'published' } }, ...inDepartment] },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs as unknown as Row[])
    : []

  const { docs: applications } = await req.payload.find({
    collection: ctx.applications as CollectionSlug,
    where: { and: [{ receivedAt: { less_than_equal: `${year}-12-31` } }, ...inDepartment] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rows = applications as unknown as Row[]
  const tableRows: TableApplication[] = rows.map((row) => {
    const history = (Array.isArray(row.history) ? row.history : []) as HistoryEntry[]
    const closing = history.find((entry) => entry.type === 'answered' || entry.type === 'abandoned')
    return {
      applicantType: row.applicantType as ApplicantType,
      receivedAt: String(row.receivedAt),
      concludedAt: typeof closing?.date === 'string' ? closing.date : null,
      outcome: isOutcome(row.outcome) ? row.outcome : null,
    }
  })

  const stored = draft.figures ?? {}
  const names = await userNames(
    ctx,
    req,
    [...DECISION_ROWS, 'fee'].map((row) => idOf(stored[row]?.enteredBy)).filter((id): id is Id => id !== null),
  )
  const figures: EnteredActiveDisclosure = Object.fromEntries(
    [...DECISION_ROWS, 'fee'].map((row) => {
      const figure = stored[row]
      const by = idOf(figure?.enteredBy)
      return [row, figure ? { value: figure.value ?? null, by: by === null ? null : (names.get(String(by)) ?? String(by)), at: figure.enteredAt ?? null } : null]
    }),
  )

  return buildReport({
    year,
    issuer: await issuerOf(ctx, req, draft),
    texts: { overview: draft.overview as string | null, improvements: draft.improvements as string | null, other: draft.other as string | null },
    documents: documents.map((doc) => documentFact(doc, categories, ctx.fields)),
    figures,
    requests: annualTable(year, tableRows),
    reviews: draft.reviews,
    fees: processingFees(year, rows.map((row) => (Array.isArray(row.history) ? row.history : null))),
  })
}
