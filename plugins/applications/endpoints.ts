/**
 * The register's endpoints (依申请公开 — contract, ../shared/SPEC.md):
 * - `POST /api/public/applications` (anonymous): an application through the portal (条例31 网上申请: received on the
 *   day the system confirms it), checked field by field, at most `perApplicantPerDay` per applicant (by ID number or
 *   credit code) in 24 hours → 201 `{trackingNumber, queryCode}`. The server's door limits it per IP and caps its body.
 * - `GET /api/public/applications/:trackingNumber?code=…` (anonymous): its status and dates, nothing personal; a
 *   wrong code is a 404 like an unknown number.
 * - `POST /api/{slug}/:id/actions` (the handling department, the 网站管理员): one step of the handling, checked
 *   against the clock's rules (domain/applications/clock.ts) and appended to the history with who, when and why.
 * - `GET /api/{slug}/annual-table?year=YYYY[&department=<id>]` (staff; editors and first reviewers their department):
 *   table 三 of the annual report from the register.
 */
import { createHash, randomBytes } from 'node:crypto'
import { addDataAndFileToRequest, ValidationError, type CollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { parsePublicApplication } from '../../domain/applications/applicant'
import { annualTable, tableImbalances, type TableApplication } from '../../domain/applications/annualTable'
import { clockProblems } from '../../domain/applications/clock'
import { isOutcome, type ApplicantType, type ApplicationOutcome } from '../../domain/applications/vocabulary'
import { isValidDate, localDate } from '../../domain/calendar'
import { codedError } from '../../domain/errors'
import type { ApplicationsContext } from './context'
import { clockSettings, feeSettings } from './settings'
import { itemFee, pageFee } from '../../domain/applications/fees'
import { clockEvents, registerFields, stateOf, type HistoryEntry } from './register'
import { newTrackingNumber, SYSTEM_WRITE } from './systemFields'


type Row = Record<string, unknown> & { id: string | number; history?: HistoryEntry[] | null }

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex')

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
}

const today = () => localDate(new Date())


export const publicSubmitEndpoint = (ctx: ApplicationsContext): Endpoint => ({
  path: '/public/applications',
  method: 'post',
  handler: async (req) => {
    const parsed = parsePublicApplication(await bodyOf(req))
    if (!parsed.ok) throw new ValidationError({ collection: ctx.slug, errors: parsed.problems.map((p) => ({ path: p.path, message: p.message })) }, req.t)
    const application = parsed.value
    const department = await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id: application.department, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!department) throw codedError('applications.department-unknown')
    // One applicant, by the number that identifies them, files at most so many in a day.
    const identity = application.applicantType === 'person' ? application.idNumber : application.organizationCode
    const since = new Date(Date.now() - 24 * 3_600_000).toISOString()
    const identityPath = application.applicantType === 'person' ? 'applicant.idNumber' : 'applicant.organizationCode'
    const { totalDocs } = await req.payload.count({ collection: ctx.slug as CollectionSlug, where: { and: [{ [identityPath]: { equals: identity } }, { createdAt: { greater_than: since } }, { channel: { equals: 'online' } }] }, overrideAccess: true, req })
    if (totalDocs >= ctx.perApplicantPerDay) throw codedError('applications.too-many', String(ctx.perApplicantPerDay))

    const receivedAt = today()
    const queryCode = randomBytes(6).toString('base64url')
    const { applicantType, description, purpose, delivery, department: _department, ...applicant } = application
    const data = {
      channel: 'online',
      receivedAt,
      department: department.id,
      applicantType,
      applicant,
      description,
      purpose,
      delivery,
      queryCodeHash: hashCode(queryCode),
      status: 'received',
      history: [{ type: 'received', date: receivedAt, at: new Date().toISOString(), reason: '网上申请，系统自动确认收到' }],
    }
    const calendar = await ctx.loadCalendar(req.payload, req)
    const state = stateOf(data.history as HistoryEntry[], calendar, receivedAt, await clockSettings(ctx, req))
    // A number drawn twice is refused by the unique index: draw again.
    for (let attempt = 0; ; attempt++) {
      try {
        const created = await req.payload.create({
          collection: ctx.slug as CollectionSlug,
          data: { ...data, ...registerFields(state, data.history as HistoryEntry[]), trackingNumber: newTrackingNumber(receivedAt) } as never,
          overrideAccess: true,
          context: { [SYSTEM_WRITE]: true },
          req,
        })
        const row = created as unknown as Row
        return Response.json({ trackingNumber: row.trackingNumber, queryCode, receivedAt, dueAt: row.dueAt }, { status: 201 })
      } catch (error) {
        if (attempt >= 3 || !(error instanceof ValidationError) || !JSON.stringify(error.data).includes('trackingNumber')) throw error
      }
    }
  },
})

export const publicStatusEndpoint = (ctx: ApplicationsContext): Endpoint => ({
  path: '/public/applications/:trackingNumber',
  method: 'get',
  handler: async (req) => {
    const number = String(req.routeParams?.trackingNumber ?? '')
    const code = typeof req.query?.code === 'string' ? req.query.code : ''
    const { docs } = await req.payload.find({
      collection: ctx.slug as CollectionSlug,
      where: { trackingNumber: { equals: number } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    const row = docs[0] as unknown as Row | undefined
    if (!row || !code || row.queryCodeHash !== hashCode(code)) throw codedError('applications.query-refused')
    return Response.json({ trackingNumber: row.trackingNumber, status: row.status, receivedAt: row.receivedAt, dueAt: row.dueAt ?? null, answeredAt: row.answeredAt ?? null })
  },
})

type ActionInput = Record<string, unknown>
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

const lastFeeNotice = (history: readonly HistoryEntry[]) => [...history].reverse().find((entry) => entry.type === 'fee-notice')

/**
 * The 收费通知 (国办函〔2020〕109号): by item (按件), the fee of the applicant's nth application to this department in the
 * calendar month of its receipt, counted in the order received; by quantity (按量), the fee of the pages provided.
 * Never both. A fee of nothing is refused: applying is free up to the thresholds.
 */
const feeNotice = async (ctx: ApplicationsContext, req: PayloadRequest, row: Row, body: ActionInput): Promise<Pick<HistoryEntry, 'amount' | 'method' | 'pages' | 'reason'>> => {
  const settings = await feeSettings(ctx, req)
  if (body.method === 'page') {
    const pages = body.pages
    if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 1) throw codedError('applications.fee-pages')
    const amount = pageFee(pages, settings)
    if (amount === 0) throw codedError('applications.fee-none', `按量计收：${pages} 页`)
    return { method: 'page', pages, amount, reason: str(body.reason) ?? `按量计收：提供信息 ${pages} 页，计 ${amount} 元` }
  }
  if (body.method !== 'item') throw codedError('applications.fee-method')
  const applicant = (row.applicant ?? {}) as Record<string, unknown>
  const person = row.applicantType === 'person'
  const identity = str(person ? applicant.idNumber : applicant.organizationCode)
  if (!identity) throw codedError('applications.fee-identity')
  const month = String(row.receivedAt).slice(0, 7)
  const { docs } = await req.payload.find({
    collection: ctx.slug as CollectionSlug,
    where: {
      and: [
        { [person ? 'applicant.idNumber' : 'applicant.organizationCode']: { equals: identity } },
        { department: { equals: row.department } },
        { receivedAt: { greater_than_equal: `${month}-01` } },
        { receivedAt: { less_than_equal: `${month}-31` } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const order = (docs as unknown as Row[]).sort((a, b) => String(a.receivedAt).localeCompare(String(b.receivedAt)) || String(a.createdAt).localeCompare(String(b.createdAt)) || String(a.id).localeCompare(String(b.id)))
  const nth = order.findIndex((doc) => String(doc.id) === String(row.id)) + 1
  const amount = itemFee(nth, settings)
  if (amount === 0) throw codedError('applications.fee-none', `按件计收：该申请人 ${month} 第 ${nth} 件申请`)
  return { method: 'item', pages: null, amount, reason: str(body.reason) ?? `按件计收：该申请人 ${month} 第 ${nth} 件申请，计 ${amount} 元` }
}

/** The history entry an action makes, or the refusal. `date` is the day of the step (default: today). */
const entryFor = (ctx: ApplicationsContext, req: PayloadRequest, body: ActionInput, state: ReturnType<typeof stateOf> & { history: readonly HistoryEntry[] }, day: string): HistoryEntry & { department?: unknown } => {
  const action = String(body.action ?? '')
  const reason = str(body.reason)
  const base = { date: day, by: req.user?.id, at: new Date().toISOString(), reason }
  const needReason = (what: string) => {
    if (!reason) throw codedError('applications.reason-required', what)
  }
  switch (action) {
    case 'request-correction':
      needReason('需要补正的事项')
      return { ...base, type: 'correction-requested', days: typeof body.days === 'number' ? body.days : null }
    case 'receive-correction':
      return { ...base, type: 'correction-received' }
    case 'extend':
      if (!ctx.actors.hasRole(req.user, 'admin', 'approver')) throw codedError('applications.extend-forbidden')
      needReason('延期理由')
      return { ...base, type: 'extended', days: typeof body.days === 'number' ? body.days : NaN }
    case 'consult-third-party':
    case 'consult-agency':
      needReason('征求意见的事项')
      return { ...base, type: 'consultation-started', party: action === 'consult-third-party' ? 'third-party' : 'agency' }
    case 'third-party-replied':
    case 'agency-replied':
      return { ...base, type: 'consultation-ended', party: action === 'third-party-replied' ? 'third-party' : 'agency' }
    case 'delay':
      needReason('延迟答复的理由（条例第三十五条）')
      return { ...base, type: 'delayed', until: str(body.until) }
    case 'transfer': {
      needReason('转办理由')
      const department = body.department
      if (typeof department !== 'string' && typeof department !== 'number') throw codedError('applications.department-unknown')
      return { ...base, type: 'transferred', department }
    }
    case 'reply':
      if (!isOutcome(body.outcome)) throw codedError('applications.outcome-required')
      return { ...base, type: 'answered', outcome: body.outcome }
    case 'close-abandoned':
      if (state.phase !== 'abandoned') throw codedError('applications.not-lapsed')
      return { ...base, type: 'abandoned', outcome: 'other:no-correction', reason: reason ?? '申请人无正当理由逾期不补正，不再处理（条例第三十条）' }
    case 'fee-paid':
      return { ...base, type: 'fee-paid', amount: lastFeeNotice(state.history)?.amount ?? null }
    case 'close-unpaid':
      if (state.phase !== 'unpaid') throw codedError('applications.not-lapsed-fee')
      return { ...base, type: 'abandoned', outcome: 'other:unpaid-fee', reason: reason ?? '申请人逾期未缴纳信息处理费，视为放弃申请（国办函〔2020〕109号）' }
    default:
      throw codedError('applications.unknown-action', action || '（空）')
  }
}

export const actionsEndpoint = (ctx: ApplicationsContext): Endpoint => ({
  path: '/:id/actions',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    const id = String(req.routeParams?.id ?? '')
    // Read with the user's own access: another department's application is not found.
    const row = (await req.payload
      .findByID({ collection: ctx.slug as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
      .catch(() => null)) as Row | null
    if (!row) throw codedError('applications.missing')
    const body = await bodyOf(req)
    const now = today()
    const day = body.date === undefined ? now : String(body.date)
    if (!isValidDate(day)) throw codedError('applications.date-invalid')
    if (day > now) throw codedError('applications.future-date')
    const calendar = await ctx.loadCalendar(req.payload, req)
    const settings = await clockSettings(ctx, req)
    const history = (row.history ?? []) as HistoryEntry[]
    const before = stateOf(history, calendar, now, settings)
    if (history.some((entry) => entry.type === 'abandoned')) throw codedError('applications.refused', '申请已办结，不能再办理')
    const { department, ...entry } =
      body.action === 'fee-notice'
        ? { ...(await feeNotice(ctx, req, row, body)), type: 'fee-notice', date: day, by: req.user?.id, at: new Date().toISOString(), department: undefined }
        : entryFor(ctx, req, body, { ...before, history }, day)
    const next = [...history, entry]
    const problems = clockProblems(clockEvents(next), settings)
    if (problems.length > 0) throw codedError('applications.refused', problems.join('；'))
    if (department !== undefined) {
      const target = await req.payload.findByID({ collection: ctx.departments as CollectionSlug, id: department as string, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (!target) throw codedError('applications.department-unknown')
      entry.fromDepartment = row.department
    }
    const after = stateOf(next, calendar, now, settings)
    const outcome = entry.type === 'answered' || entry.type === 'abandoned' ? (entry.outcome as ApplicationOutcome) : (row.outcome ?? null)
    const answeredAt = entry.type === 'abandoned' ? day : registerFields(after, next).answeredAt
    const updated = (await req.payload.update({
      collection: ctx.slug as CollectionSlug,
      id: row.id,
      data: { history: next, ...registerFields(after, next), answeredAt, outcome, ...(department !== undefined ? { department } : {}) } as never,
      overrideAccess: true,
      depth: 0,
      context: { [SYSTEM_WRITE]: true },
      req,
    })) as unknown as Row
    return Response.json({ id: updated.id, status: updated.status, dueAt: updated.dueAt ?? null, answeredAt: updated.answeredAt ?? null, outcome: updated.outcome ?? null, late: after.late })
  },
})

export const annualTableEndpoint = (ctx: ApplicationsContext): Endpoint => ({
  path: '/annual-table',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !ctx.actors.isStaff(req)) throw codedError('auth.required')
    const year = Number(req.query?.year)
    if (!Number.isInteger(year) || year < 1000 || year > 9999) throw codedError('applications.year-invalid')
    const department = req.query?.department
    const where: Where = {
      and: [{ receivedAt: { less_than_equal: `${year}-12-31` } }, ...(typeof department === 'string' && department ? [{ department: { equals: department } }] : [])],
    }
    // The user's own access: editors and first reviewers count their own department's applications only.
    const { docs } = await req.payload.find({ collection: ctx.slug as CollectionSlug, where, pagination: false, depth: 0, overrideAccess: false, user: req.user, req })
    const rows: TableApplication[] = (docs as unknown as Row[]).map((row) => {
      const closing = ((row.history ?? []) as HistoryEntry[]).find((entry) => entry.type === 'answered' || entry.type === 'abandoned')
      return {
        applicantType: row.applicantType as ApplicantType,
        receivedAt: String(row.receivedAt),
        concludedAt: closing?.date ?? null,
        outcome: (row.outcome as ApplicationOutcome | null) ?? null,
      }
    })
    const table = annualTable(year, rows)
    return Response.json({ ...table, imbalances: tableImbalances(table) })
  },
})
