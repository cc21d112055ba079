/**
 * The daily audit across the year boundary on a real database, with the clock fixed: while next year's holidays
 * are unknown no rule stops, each decides what the known days decide, the web office is asked for the notice and
 * gets one finding listing what only the unknown year can decide; entering the year decides them.
 */
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { act, crewFor, makeColumn, makeDepartment, makeDocument, type Crew } from '../helpers/fixtures'
import type { Column, Department, Document } from '../../src/payload-types'
import { runAudit } from '../../plugins/audit/runAudit'
import { beijing, fixClock } from '../helpers/clock'

// The test data is written on 2026-12-30 (成文日期 may not lie more than 30 days ahead of the clock), the audits run
// on the dates they name.
fixClock(beijing('2026-12-30', '10:00'))

let ctx: TestContext
let crew: Crew
let dept: Department
let policyColumn: Column
let novemberDraft: Document
let decemberDraft: Document
let policy: Awaited<ReturnType<typeof act>>

/** The audit at 08:30 Beijing time on a calendar date. */
const at = (date: string) => new Date(`${date}T08:30:00+08:00`)
/** The findings of the working-day rules (the notice column is empty, which is beside the point). */
const keys = (findings: Array<{ rule: string; subjectId: string; severity: string }>) =>
  findings.filter((f) => !f.rule.startsWith('column-')).map((f) => `${f.rule}:${f.subjectId}:${f.severity}`).sort()

beforeAll(async () => {
  ctx = await bootPayload()
  // Annual reports, stale columns and the yearly interpretation quota are beside the point here: due at the end of
  // the year, no cycle, no quota. The policy's deadline counts from its publication (12-29), so that it runs into 2027.
  await ctx.payload.updateGlobal({
    slug: 'settings',
    data: { annualReports: { departmentDue: '12-31', governmentDue: '12-31' }, deadlines: { publishWorkingDays: 20, reviewStuckWorkingDays: 5, interpretationLinkDays: 5, interpretationLinkDayType: 'working', interpretationLinkFrom: 'published' }, interpretationQuotas: { yearly: 0, byPrincipal: 0 } },
  })
  dept = await makeDepartment(ctx.payload)
  crew = await crewFor(ctx.payload, dept.id)
  const notices = await makeColumn(ctx.payload, { kind: 'notice', department: dept.id, updateCycleDays: 0 })
  policyColumn = await makeColumn(ctx.payload, { kind: 'policy', department: dept.id, updateCycleDays: 0 })
  // Formed 2026-11-20: the 20th working day is 2026-12-18. Formed 2026-12-10: the 15th is 12-31, the 20th in 2027.
  novemberDraft = await makeDocument(ctx.payload, { column: notices.id, department: dept.id, title: '十一月成文的通知', formedAt: '2026-11-20T02:00:00.000Z' }, { draft: true })
  decemberDraft = await makeDocument(ctx.payload, { column: notices.id, department: dept.id, title: '十二月成文的通知', formedAt: '2026-12-10T02:00:00.000Z' }, { draft: true })
  // A policy issued 2026-12-29 that needs its interpretation within 5 working days: the deadline is in 2027.
  const doc = await makeDocument(ctx.payload, { column: policyColumn.id, department: dept.id, kind: 'policy', title: '年末印发的政策文件', formedAt: '2026-12-25T02:00:00.000Z' }, { draft: true })
  await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
  await act(ctx.payload, crew.reviewer, { collection: 'documents', id: doc.id, action: 'approve' })
  await act(ctx.payload, crew.secrecy, { collection: 'documents', id: doc.id, action: 'approve' })
  policy = await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'approve', now: new Date('2026-12-29T02:00:00.000Z') })
})
afterAll(async () => ctx?.close())

describe('2027 not yet known to the calendar', () => {
  it('on 2026-12-15 (the hand-run audit of the issue) every rule runs and the 20-working-day rule reports', async () => {
    const result = await runAudit(ctx.payload, { now: at('2026-12-15'), dryRun: true })
    expect(result.errors).toEqual([])
    expect(keys(result.findings)).toEqual([`calendar-missing:calendar-2027:red`, `publish-overdue:${novemberDraft.id}:yellow`].sort())
  })

  it('on 2026-11-02 the calendar notice is yellow, and nothing is pending', async () => {
    const result = await runAudit(ctx.payload, { now: at('2026-11-02'), dryRun: true })
    expect(result.errors).toEqual([])
    expect(result.findings.find((f) => f.rule === 'calendar-missing')).toMatchObject({ severity: 'yellow', department: null })
    expect(result.findings.some((f) => f.rule === 'calendar-pending')).toBe(false)
  })

  it('on 2026-12-31 the December item is a certain warning, never red, and nothing is pending', async () => {
    const result = await runAudit(ctx.payload, { now: at('2026-12-31'), dryRun: true })
    expect(result.errors).toEqual([])
    expect(keys(result.findings.filter((f) => f.rule === 'publish-overdue'))).toEqual([`publish-overdue:${novemberDraft.id}:red`, `publish-overdue:${decemberDraft.id}:yellow`].sort())
    expect(result.findings.some((f) => f.rule === 'calendar-pending' || f.rule === 'interpretation-overdue')).toBe(false)
  })

  it('on 2027-01-11 only what 2027 decides goes into one finding for the web office', async () => {
    const result = await runAudit(ctx.payload, { now: at('2027-01-11'), dryRun: true })
    expect(result.errors).toEqual([])
    const pending = result.findings.filter((f) => f.rule === 'calendar-pending')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ severity: 'yellow', subjectType: 'site', department: null })
    expect(pending[0].message).toContain('2 项时限跨入尚未录入节假日安排的 2027 年')
    expect(pending[0].message).toContain('“十二月成文的通知”（信息形成后未按时公开')
    expect(pending[0].message).toContain('“年末印发的政策文件”（政策文件未按时解读')
    // What the known days decide is still reported: the November item is late, the December one at least yellow.
    expect(keys(result.findings.filter((f) => f.rule === 'publish-overdue'))).toEqual([`publish-overdue:${novemberDraft.id}:red`, `publish-overdue:${decemberDraft.id}:yellow`].sort())
    expect(result.findings.find((f) => f.rule === 'calendar-missing')).toMatchObject({ severity: 'red', subjectId: 'calendar-2027' })
  })
})

describe('2027 entered by the web office', () => {
  beforeAll(async () => {
    await ctx.payload.create({ collection: 'calendar-days', data: { date: '2027-01-01', kind: 'holiday', note: '元旦' } })
  })

  it('decides every item: nothing pending, no calendar notice', async () => {
    const result = await runAudit(ctx.payload, { now: at('2027-01-11'), dryRun: true })
    expect(result.errors).toEqual([])
    // December item: due 2027-01-08, late on 01-11. The policy: due 2027-01-06 (12-30, 12-31, 1.4, 1.5, 1.6).
    expect(keys(result.findings)).toEqual(
      [`publish-overdue:${novemberDraft.id}:red`, `publish-overdue:${decemberDraft.id}:red`, `interpretation-overdue:${policy.id}:red`].sort(),
    )
  })

  it('a recorded run resolves the pending notice once the year is known', async () => {
    await ctx.payload.delete({ collection: 'calendar-days', where: { date: { equals: '2027-01-01' } } })
    await runAudit(ctx.payload, { now: at('2027-01-11'), runKey: 'boundary-1' })
    const open = await ctx.payload.find({ collection: 'audit-notices', where: { rule: { equals: 'calendar-pending' }, status: { equals: 'open' } } })
    expect(open.totalDocs).toBe(1)
    await ctx.payload.create({ collection: 'calendar-days', data: { date: '2027-01-01', kind: 'holiday', note: '元旦' } })
    await runAudit(ctx.payload, { now: at('2027-01-12'), runKey: 'boundary-2' })
    const after = await ctx.payload.find({ collection: 'audit-notices', where: { rule: { in: ['calendar-pending', 'calendar-missing'] } }, depth: 0 })
    expect(after.docs.map((n) => n.status)).toEqual(['resolved', 'resolved'])
  })
})
