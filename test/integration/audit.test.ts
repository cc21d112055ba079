/** The daily audit (督办) on a real database: notices deduplicated and resolved, one transaction, one run per slot. */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { bootPayload, closePayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, PASSWORD } from '../helpers/fixtures'
import type { Column, Department, NewMediaAccount } from '../../src/payload-types'
import { runAudit } from '../../plugins/audit/runAudit'
import { AUDIT_LOCK_KEY } from '../../plugins/audit/auditLock'
import { runScheduledAudit, startAuditSchedule } from '../../plugins/audit/scheduleAudit'
import { databaseRunCoordinator } from '../../plugins/scheduler/databaseRunCoordinator'
import { beijing, fixClock, holdClock, releaseClock } from '../helpers/clock'
import { fireSlot, tasksScheduledBy } from '../helpers/cronSlots'

let ctx: TestContext
let server: TestServer
let dept: Department
let other: Department
let news: Column
let empty: Column
let account: NewMediaAccount
const DAY = 86_400_000
/** Monday 2026-09-07, 10:00 in Beijing: the clock is fixed, so the findings never depend on the day the tests run. */
const start = beijing('2026-09-07', '10:00').getTime()
fixClock(start)
/** The audit "15 days from now": the news column (14-day cycle) and the account (14-day veto) are overdue. */
const later = (extraMs = 0) => new Date(start + 15 * DAY + extraMs)

const notices = async (where: Where = {}) =>
  (await ctx.payload.find({ collection: 'audit-notices', where, pagination: false, depth: 0, sort: 'id' })).docs
const outbox = () => (fs.existsSync(path.join(ctx.dir, 'outbox')) ? fs.readdirSync(path.join(ctx.dir, 'outbox')) : [])

beforeAll(async () => {
  ctx = await bootPayload({ AUDIT_SECRET: 'audit-secret-for-tests' })
  server = await startServer(ctx)
  // Annual reports are due at the end of the year and no interpretation quota applies here, so those rules stay quiet
  // in these tests (see the unit tests and auditInterpretations.test.ts).
  await ctx.payload.updateGlobal({ slug: 'settings', data: { annualReports: { departmentDue: '12-31', governmentDue: '12-31' }, interpretationQuotas: { yearly: 0, byPrincipal: 0 } } })
  dept = await makeDepartment(ctx.payload, { noticeEmails: [{ email: 'web@dept.gov.cn' }] })
  other = await makeDepartment(ctx.payload, { noticeEmails: [{ email: 'office@other.gov.cn' }] })
  news = await makeColumn(ctx.payload, { kind: 'news', department: dept.id })
  empty = await makeColumn(ctx.payload, { kind: 'notice', department: other.id })
  await makeDocument(ctx.payload, { column: news.id, department: dept.id, formedAt: new Date(start).toISOString() })
  account = await ctx.payload.create({
    collection: 'new-media-accounts',
    data: { name: '测试发布', platform: 'weibo', department: dept.id, status: 'active', filedAt: new Date(start).toISOString(), lastPostAt: new Date(start).toISOString() },
  })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('a run', () => {
  it('dry run › reports the findings and writes nothing', async () => {
    const result = await runAudit(ctx.payload, { now: later(), dryRun: true })
    const keys = result.findings.map((f) => `${f.rule}:${f.subjectId}:${f.severity}`)
    expect(keys).toEqual(expect.arrayContaining([`column-stale:${news.id}:red`, `column-empty:${empty.id}:yellow`, `new-media-stale:${account.id}:red`]))
    expect(await notices()).toHaveLength(0)
    expect(outbox()).toHaveLength(0)
  })

  it('records one open notice per rule and subject and mails one digest per department', async () => {
    const result = await runAudit(ctx.payload, { now: later() })
    expect(result.errors).toEqual([])
    const open = await notices({ status: { equals: 'open' } })
    expect(open.map((n) => `${n.rule}:${n.subjectId}`).sort()).toEqual([`column-empty:${empty.id}`, `column-stale:${news.id}`, `new-media-stale:${account.id}`].sort())
    expect(open.every((n) => n.emailedAt && n.emailAttempts === 1 && !n.lastEmailError)).toBe(true)
    expect(result.emails!.map((e) => [e.to, e.status]).sort()).toEqual([[['office@other.gov.cn'], 'sent'], [['web@dept.gov.cn'], 'sent']])
    expect(outbox()).toHaveLength(2)
  })

  it('deduplicates: the next run updates lastSeenAt, creates nothing and mails no one', async () => {
    const before = await notices()
    const result = await runAudit(ctx.payload, { now: later(3600_000) })
    const after = await notices()
    expect(after.map((n) => n.id)).toEqual(before.map((n) => n.id))
    expect(after.every((n) => new Date(n.lastSeenAt!).getTime() === later(3600_000).getTime())).toBe(true)
    expect(result.notices).toMatchObject({ created: 0, resolved: 0, unchanged: 3 })
    expect(result.emails).toEqual([])
    expect(outbox()).toHaveLength(2)
  })

  it('resolves a notice when its cause goes away, and keeps it as history', async () => {
    await ctx.payload.update({ collection: 'new-media-accounts', id: account.id, data: { lastPostAt: later(-DAY).toISOString() } })
    const result = await runAudit(ctx.payload, { now: later(7200_000) })
    expect(result.notices!.resolved).toBe(1)
    const [resolved] = await notices({ rule: { equals: 'new-media-stale' } })
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: later(7200_000).toISOString() })
  })

  it('a crash before the commit leaves no half-written state; the next run completes', async () => {
    const fresh = await makeColumn(ctx.payload, { kind: 'news', department: other.id })
    const before = await notices()
    await expect(runAudit(ctx.payload, { now: later(3 * 3600_000), beforeCommit: () => { throw new Error('进程中断') } })).rejects.toThrow('进程中断')
    expect(await notices()).toEqual(before)
    expect((await ctx.payload.find({ collection: 'audit-digests', where: { status: { equals: 'pending' } } })).totalDocs).toBe(0)
    const result = await runAudit(ctx.payload, { now: later(4 * 3600_000) })
    expect(result.notices!.created).toBe(1)
    expect((await notices({ subjectId: { equals: String(fresh.id) } }))[0]).toMatchObject({ rule: 'column-empty', status: 'open' })
  })

  it('a crash after the commit but before sending: the next run supersedes the pending digest and mails its notices', async () => {
    const column = await makeColumn(ctx.payload, { kind: 'notice', title: '崩溃后待发的栏目', department: dept.id })
    const at = later(4.5 * 3600_000).toISOString()
    // What a run that died between its commit and its SMTP call leaves behind: an unmailed notice and a pending digest.
    const notice = await ctx.payload.db.create({ collection: 'audit-notices', data: { rule: 'column-empty', severity: 'yellow', subjectType: 'columns', subjectId: String(column.id), subjectTitle: column.title, department: dept.id, message: '空白栏目', status: 'open', detectedAt: at, lastSeenAt: at, emailAttempts: 0, createdAt: at, updatedAt: at } })
    const pending = await ctx.payload.db.create({ collection: 'audit-digests', data: { key: 'crashed-run|x', runKey: 'crashed-run', department: dept.id, notices: [notice.id], status: 'pending', attempts: 0, createdAt: at, updatedAt: at } })
    const mails = outbox().length
    const result = await runAudit(ctx.payload, { now: later(4.6 * 3600_000) })
    expect(result.notices!.created).toBe(0)
    expect((await ctx.payload.findByID({ collection: 'audit-digests', id: pending.id })).status).toBe('superseded')
    expect((await ctx.payload.findByID({ collection: 'audit-notices', id: notice.id })).emailedAt).toBeTruthy()
    expect(result.emails!.filter((e) => e.status === 'sent')).toHaveLength(1)
    expect(outbox().length - mails).toBe(1)
  })

  it('refuses a second audit while one is running, and retakes a crashed one’s stale claim', async () => {
    const claim = await ctx.payload.create({ collection: 'scheduler-runs', data: { key: AUDIT_LOCK_KEY, task: 'audit-lock', status: 'running', instance: 'X', startedAt: new Date().toISOString() } })
    await expect(runAudit(ctx.payload, { now: later(5 * 3600_000) })).rejects.toThrow('另一次巡检正在进行中')
    await ctx.payload.update({ collection: 'scheduler-runs', id: claim.id, data: { startedAt: new Date(Date.now() - 2 * 3600_000).toISOString() } })
    await expect(runAudit(ctx.payload, { now: later(5 * 3600_000) })).resolves.toMatchObject({ errors: [] })
    expect((await ctx.payload.find({ collection: 'scheduler-runs', where: { key: { equals: AUDIT_LOCK_KEY } } })).totalDocs).toBe(0)
  })
})

describe('workflow rules on real items', () => {
  it('finds items stuck in review, force-published items and information not published in time', async () => {
    const d = await makeDepartment(ctx.payload, { noticeEmails: [{ email: 'd@dept.gov.cn' }] })
    const column = await makeColumn(ctx.payload, { kind: 'notice', department: d.id })
    const crew = await crewFor(ctx.payload, d.id)
    const admin = await makeUser(ctx.payload, ['admin'], d.id)
    const stuck = await makeDocument(ctx.payload, { column: column.id, department: d.id, formedAt: new Date(start - 10 * DAY).toISOString() }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: stuck.id, action: 'submit' })
    const forced = await makeDocument(ctx.payload, { column: column.id, department: d.id, formedAt: new Date(start).toISOString() }, { draft: true })
    await act(ctx.payload, admin, { collection: 'documents', id: forced.id, action: 'force-publish', reason: '紧急发布' })
    const result = await runAudit(ctx.payload, { now: later(), dryRun: true })
    const of = (id: unknown) => result.findings.filter((f) => f.subjectType === 'documents' && f.subjectId === String(id)).map((f) => `${f.rule}:${f.severity}`)
    expect(of(stuck.id)).toEqual(expect.arrayContaining(['review-stuck:red', 'publish-overdue:yellow']))
    expect(of(forced.id)).toEqual(['force-publish-unapproved:red'])
    await act(ctx.payload, crew.approver, { collection: 'documents', id: forced.id, action: 'approve' })
    expect((await runAudit(ctx.payload, { now: later(), dryRun: true })).findings.filter((f) => f.subjectType === 'documents' && f.subjectId === String(forced.id))).toEqual([])
  })
})

describe('who may see and run it', () => {
  it('POST /api/audits/run › 401 anonymous, 403 for an editor, 200 for an admin or the bearer secret', async () => {
    const anonymous = await api(server.url).post('/api/audits/run', { dryRun: true })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toContain('请先登录')
    const editor = await makeUser(ctx.payload, ['editor'], dept.id)
    const editorCall = await api(server.url, await login(server.url, editor.email, PASSWORD)).post('/api/audits/run', { dryRun: true })
    expect(editorCall.status).toBe(403)
    expect(editorCall.json.errors[0].message).toBe('只有网站管理员可以手动运行巡检')
    const admin = await makeUser(ctx.payload, ['admin'], dept.id)
    const adminCall = await api(server.url, await login(server.url, admin.email, PASSWORD)).post('/api/audits/run', { dryRun: true, now: later().toISOString() })
    expect(adminCall.status).toBe(200)
    expect(adminCall.json.findings.length).toBeGreaterThan(0)
    const bearer = await fetch(`${server.url}/api/audits/run`, { method: 'POST', headers: { authorization: 'Bearer audit-secret-for-tests', 'content-type': 'application/json' }, body: JSON.stringify({ dryRun: true }) })
    expect(bearer.status).toBe(200)
    const wrong = await fetch(`${server.url}/api/audits/run`, { method: 'POST', headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    const badDate = await api(server.url, await login(server.url, admin.email, PASSWORD)).post('/api/audits/run', { now: '明天' })
    expect(badDate.status).toBe(400)
  })

  it('notices are never anonymous, and editors read only their own department’s', async () => {
    const anonymous = await api(server.url).get('/api/audit-notices')
    expect(anonymous.status).toBe(403)
    const editor = await makeUser(ctx.payload, ['editor'], dept.id)
    const mine = await api(server.url, await login(server.url, editor.email, PASSWORD)).get('/api/audit-notices?limit=100&depth=0')
    expect(mine.status).toBe(200)
    expect(mine.json.docs.length).toBeGreaterThan(0)
    expect(mine.json.docs.every((n: { department: unknown }) => String(n.department) === String(dept.id))).toBe(true)
    const write = await api(server.url, await login(server.url, editor.email, PASSWORD)).patch(`/api/audit-notices/${mine.json.docs[0].id}`, { status: 'resolved' })
    expect(write.status).toBe(403)
  })
})

describe('three instances on one database', () => {
  let instances: Payload[] = []
  afterAll(async () => {
    for (const p of instances) if (p !== ctx.payload) await closePayload(p)
  })

  it('run a slot fired on all three exactly once, with one set of emails', async () => {
    // SQLite is single-instance by design (docs/operations.md): there the three schedulers share the process's Payload.
    const { getPayload } = await import('payload')
    instances = ctx.dialect === 'sqlite' ? [ctx.payload, ctx.payload, ctx.payload] : [ctx.payload, await getPayload({ config: ctx.config, key: 'audit-b' }), await getPayload({ config: ctx.config, key: 'audit-c' })]
    await makeColumn(ctx.payload, { kind: 'policy', department: dept.id })
    const mailsBefore = outbox().length
    const slot = new Date(Math.ceil(later(8 * 3600_000).getTime() / 60_000) * 60_000)
    const results = await Promise.all(instances.map((p, i) => runScheduledAudit(p, databaseRunCoordinator(p, `instance-${i}`), slot, `instance-${i}`)))
    expect(results.filter(Boolean)).toHaveLength(1)
    const runs = await ctx.payload.find({ collection: 'scheduler-runs', where: { key: { equals: `daily-audit:${slot.toISOString()}` } } })
    expect(runs.docs.map((r) => r.status)).toEqual(['done'])
    const digests = await ctx.payload.find({ collection: 'audit-digests', where: { runKey: { equals: `daily-audit:${slot.toISOString()}` } }, depth: 0 })
    expect(digests.docs.length).toBeGreaterThanOrEqual(1)
    expect(digests.docs.every((d) => d.status === 'sent')).toBe(true)
    const departments = digests.docs.map((d) => String(d.department))
    expect(new Set(departments).size).toBe(departments.length)
    expect(outbox().length - mailsBefore).toBe(digests.docs.length)
  })

  it('node-cron on three instances: each fired slot has one run record, completed with its summary', async () => {
    // The clock stands still and the test fires each per-second slot, after the previous slot's audit has ended.
    holdClock()
    try {
      const { started: schedules, tasks } = await tasksScheduledBy('daily-audit', () =>
        Promise.all(instances.map((p, i) => startAuditSchedule(p, { cron: '* * * * * *', instance: `cron-${i}` }))),
      )
      expect(tasks).toHaveLength(3)
      for (let slot = 0; slot < 2; slot++) expect(await fireSlot(tasks)).toEqual(['execution:finished', 'execution:skipped', 'execution:skipped'])
      await Promise.all(schedules.map((s) => s.stop()))
    } finally {
      releaseClock()
    }
    const runs = (await ctx.payload.find({ collection: 'scheduler-runs', where: { task: { equals: 'daily-audit' } }, pagination: false, depth: 0 })).docs
    const fired = runs.filter((r) => r.instance?.startsWith('cron-'))
    expect(fired).toHaveLength(2)
    expect(new Set(fired.map((r) => r.key)).size).toBe(fired.length)
    expect(fired.every((r) => r.status === 'done' && r.summary && typeof (r.summary as { findings?: unknown }).findings === 'number')).toBe(true)
  }, 60_000)
})
