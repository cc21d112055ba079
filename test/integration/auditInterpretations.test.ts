/**
 * Interpretation and new-media rules on a real database with a fixed clock: a repealed policy needs no
 * interpretation, the deadline counts from 印发 (or publication, by setting), 与文件同时发布 is recorded and served,
 * the yearly quotas warn from the first day of Q3 (Beijing days), and new-media accounts are judged on 备案 and the
 * weekly update.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, crewFor, makeColumn, makeDepartment, makeDocument, makeInterpretation, type Crew } from '../helpers/fixtures'
import type { Column, Department } from '../../src/payload-types'
import { runAudit } from '../../plugins/audit/runAudit'
import { beijing, fixClock } from '../helpers/clock'

// Test data is written on 2026-06-01 (a Monday); the audits and the signatures happen at the instants they name.
fixClock(beijing('2026-06-01', '10:00'))

let ctx: TestContext
let server: TestServer
let dept: Department
let crew: Crew
let policyColumn: Column
const on = (day: string, time = '08:30') => beijing(day, time)

const setSettings = (data: Record<string, unknown>) => ctx.payload.updateGlobal({ slug: 'settings', data: data as never })

/** A policy formed (印发) on `formed` and published through the three reviews at `published` (Beijing 10:00). */
const policy = async (formed: string, published: string, data: Record<string, unknown> = {}) => {
  const doc = await makeDocument(ctx.payload, { column: policyColumn.id, department: dept.id, kind: 'policy', formedAt: beijing(formed, '09:00').toISOString(), ...data }, { draft: true })
  await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
  await act(ctx.payload, crew.reviewer, { collection: 'documents', id: doc.id, action: 'approve' })
  await act(ctx.payload, crew.secrecy, { collection: 'documents', id: doc.id, action: 'approve' })
  await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'approve', now: beijing(published, '10:00') })
  return ctx.payload.findByID({ collection: 'documents', id: doc.id, depth: 0 })
}

/** An interpretation of `policyId` whose final signature is given at `at`. */
const interpretation = async (policyId: number | string, at: Date, data: Record<string, unknown> = {}) => {
  const item = await makeInterpretation(ctx.payload, { policy: policyId, department: dept.id, ...data }, { draft: true })
  await act(ctx.payload, crew.editor, { collection: 'interpretations', id: item.id, action: 'submit' })
  await act(ctx.payload, crew.reviewer, { collection: 'interpretations', id: item.id, action: 'approve' })
  await act(ctx.payload, crew.secrecy, { collection: 'interpretations', id: item.id, action: 'approve' })
  await act(ctx.payload, crew.approver, { collection: 'interpretations', id: item.id, action: 'approve', now: at })
  return ctx.payload.findByID({ collection: 'interpretations', id: item.id, depth: 0 })
}

const overdue = async (day: string, id: unknown) =>
  (await runAudit(ctx.payload, { now: on(day), dryRun: true })).findings.filter((f) => f.rule === 'interpretation-overdue' && f.subjectId === String(id))

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  await setSettings({ annualReports: { departmentDue: '12-31', governmentDue: '12-31' } })
  dept = await makeDepartment(ctx.payload, { name: '县发展和改革局' })
  crew = await crewFor(ctx.payload, dept.id)
  policyColumn = await makeColumn(ctx.payload, { kind: 'policy', department: dept.id, updateCycleDays: 0 })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('the interpretation deadline', () => {
  it('counts 5 days from 印发 by default: 成文 06-01, published 06-03 → yellow on 06-06, red on 06-07, charged to the department', async () => {
    const doc = await policy('2026-06-01', '2026-06-03')
    expect(await overdue('2026-06-04', doc.id)).toEqual([])
    expect((await overdue('2026-06-06', doc.id)).map((f) => f.severity)).toEqual(['yellow'])
    const [red] = await overdue('2026-06-07', doc.id)
    expect([red.severity, String(red.department), red.dueAt]).toEqual(['red', String(dept.id), '2026-06-06T15:59:59.999Z'])
    expect(red.message).toContain('印发于 2026-06-01，解读时限 2026-06-06 已过 1 天')
  })

  it('counts from publication when the setting says so: the same policy is due 06-08', async () => {
    const doc = await policy('2026-06-01', '2026-06-03')
    await setSettings({ deadlines: { interpretationLinkFrom: 'published' } })
    try {
      expect(await overdue('2026-06-07', doc.id)).toEqual([])
      expect((await overdue('2026-06-09', doc.id)).map((f) => [f.severity, f.dueAt])).toEqual([['red', '2026-06-08T15:59:59.999Z']])
    } finally {
      await setSettings({ deadlines: { interpretationLinkFrom: 'formed' } })
    }
  })

  it.each(['repealed', 'expired'] as const)('never flags a policy that is %s (有效性 已废止/已失效)', async (validity) => {
    const doc = await policy('2026-06-01', '2026-06-01', { validity })
    expect(await overdue('2026-07-01', doc.id)).toEqual([])
    const valid = await policy('2026-06-01', '2026-06-01', { validity: 'valid' })
    expect((await overdue('2026-07-01', valid.id)).map((f) => f.severity)).toEqual(['red'])
  })

  it('records the link from 印发 on publication: published on the 6th day after 成文 is late', async () => {
    const doc = await policy('2026-06-01', '2026-06-03')
    const onTime = await interpretation(doc.id, beijing('2026-06-06', '23:00'))
    expect([onTime.linkDeadline, onTime.linkedLate]).toEqual(['2026-06-06T15:59:59.999Z', false])
    const late = await interpretation(doc.id, beijing('2026-06-07', '00:30'))
    expect(late.linkedLate).toBe(true)
  })
})

describe('与文件同时发布 (seed 000)', () => {
  it('is true on the policy’s Beijing day, false on the next, and the public API serves it', async () => {
    const doc = await policy('2026-06-01', '2026-06-02')
    const same = await interpretation(doc.id, beijing('2026-06-02', '23:59'))
    const next = await interpretation(doc.id, beijing('2026-06-03', '00:00'))
    expect([same.publishedWithPolicy, next.publishedWithPolicy]).toEqual([true, false])
    const served = await api(server.url).get(`/api/interpretations/${same.id}?depth=0`)
    expect(served.status).toBe(200)
    expect(served.json.publishedWithPolicy).toBe(true)
  })
})

describe('yearly quotas (寻乌县: 6 a year, 3 by the 主要负责人)', () => {
  it('records the 解读人 and whether they are the 主要负责人, and warns a department behind from 07-01 (Beijing) on, not on 06-30', async () => {
    const quota = async (now: Date) =>
      (await runAudit(ctx.payload, { now, dryRun: true })).findings.filter((f) => f.rule === 'interpretation-quota' && f.subjectId === String(dept.id))
    const doc = await policy('2026-06-01', '2026-06-01')
    const byHead = await interpretation(doc.id, beijing('2026-06-01', '11:00'), { interpreter: '县发展和改革局局长 李明', byPrincipal: true })
    expect([byHead.interpreter, byHead.byPrincipal]).toEqual(['县发展和改革局局长 李明', true])
    expect(await quota(on('2026-06-30', '23:59'))).toEqual([])
    // 2026-07-01 00:30 in Beijing is still 06-30 in UTC: the Beijing day decides.
    const [warned] = await quota(beijing('2026-07-01', '00:30'))
    expect([warned.severity, String(warned.department), warned.subjectType]).toEqual(['yellow', String(dept.id), 'departments'])
    // Published this year by the department: 2 from the deadline tests, 2 from 同时发布, and this one (by the head).
    expect(warned.message).toBe('县发展和改革局 2026 年已发布政策解读 5 篇，全年应不少于 6 篇；主要负责人解读 1 篇，全年应不少于 3 篇')
  })

  it('stops warning when the quotas are met (settings)', async () => {
    await setSettings({ interpretationQuotas: { yearly: 5, byPrincipal: 1, warnFrom: '07-01' } })
    const found = (await runAudit(ctx.payload, { now: on('2026-07-01'), dryRun: true })).findings.filter((f) => f.rule === 'interpretation-quota' && f.subjectId === String(dept.id))
    expect(found).toEqual([])
    await setSettings({ interpretationQuotas: { yearly: 6, byPrincipal: 3, warnFrom: '07-01' } })
  })
})

describe('new-media accounts', () => {
  const accountFindings = async (day: string, id: unknown) =>
    (await runAudit(ctx.payload, { now: on(day), dryRun: true })).findings.filter((f) => f.subjectType === 'new-media-accounts' && f.subjectId === String(id)).map((f) => [f.rule, f.severity, String(f.department)])

  it('flags an account in operation without a 备案 date, and not once it is filed', async () => {
    const account = await ctx.payload.create({ collection: 'new-media-accounts', data: { name: '发改发布', platform: 'wechat', department: dept.id, status: 'active', lastPostAt: on('2026-06-01').toISOString() } })
    expect(await accountFindings('2026-06-02', account.id)).toEqual([['new-media-unfiled', 'yellow', String(dept.id)]])
    await ctx.payload.update({ collection: 'new-media-accounts', id: account.id, data: { filedAt: on('2026-05-20').toISOString() } })
    expect(await accountFindings('2026-06-02', account.id)).toEqual([])
  })

  it('a week without posts is yellow by default and red when the setting says so; 6 days is nothing', async () => {
    const account = await ctx.payload.create({ collection: 'new-media-accounts', data: { name: '发改微博', platform: 'weibo', department: dept.id, status: 'active', filedAt: on('2026-05-01').toISOString(), lastPostAt: on('2026-06-01').toISOString() } })
    expect(await accountFindings('2026-06-07', account.id)).toEqual([])
    expect(await accountFindings('2026-06-08', account.id)).toEqual([['new-media-stale', 'yellow', String(dept.id)]])
    await setSettings({ newMedia: { updateSeverity: 'red' } })
    try {
      expect(await accountFindings('2026-06-07', account.id)).toEqual([])
      expect(await accountFindings('2026-06-08', account.id)).toEqual([['new-media-stale', 'red', String(dept.id)]])
    } finally {
      await setSettings({ newMedia: { updateSeverity: 'yellow' } })
    }
  })
})
