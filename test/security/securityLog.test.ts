/**
 * The 安全审计日志 (GB/T 22239-2019 8.1.4.3, 8.1.5.2): what it records, append-only for everyone, read and
 * exported by the 审计管理员 alone, tamper-evident (a row changed or removed in the database is named by
 * `npm run security:verify`), one chain under concurrent writers, and a purge that keeps 180 days.
 */
import { spawn } from 'node:child_process'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, crewFor, makeColumn, makeDepartment, makeDocument, makeUser, PASSWORD, publishThroughWorkflow } from '../helpers/fixtures'
import { setSecurityClock } from '../../plugins/security/clock'
import { appendSecurityEvent, settleSecurityWork } from '../../plugins/security/actions/appendSecurityEvent'
import { verifySecurityLog } from '../../plugins/security/actions/verifySecurityLog'
import { purgeSecurityEvents } from '../../plugins/security/actions/purgeSecurityEvents'
import { AUDIT_ADMIN_ONLY } from '../../plugins/security/endpoints/securityLogEndpoints'
import { SECURITY_LOG_IMMUTABLE } from '../../plugins/security/collections/SecurityEvents'
import { CHAIN_REASONS } from '../../domain/security/hashChain'
import type { Id } from '../../domain/ids'
import type { SecurityEvent } from '../../src/payload-types'

/** A log row with the details the tests read (stored as free JSON). */
type Entry = Omit<SecurityEvent, 'details'> & { details: { changed: Record<string, unknown>; action: string; toState: string } }

type Res = { status: number; json: any; text: string; headers: Headers }

let ctx: TestContext
let server: TestServer
let dept: { id: Id }
let column: { id: Id }
const users: Record<string, any> = {}
const tokens: Record<string, string> = {}
const DAY = 86_400_000

const call = async (method: string, url: string, options: { token?: string; data?: unknown; ip?: string } = {}): Promise<Res> => {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      ...(options.data !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `JWT ${options.token}` } : {}),
      ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
    },
    body: options.data !== undefined ? JSON.stringify(options.data) : undefined,
  })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: res.status, json, text, headers: res.headers }
}

const HEADER = '序号,时间,事件,结果,操作人,账号邮箱,角色,来源地址,对象类型,对象编号,摘要,详情,上一条哈希,本条哈希'

/** The export as bytes decoded without dropping the BOM (fetch's text() strips it). */
const exportCsv = async (query = '', ip?: string) => {
  const res = await fetch(`${server.url}/api/security-events/export${query}`, { headers: { authorization: `JWT ${tokens['audit-admin']}`, ...(ip ? { 'x-forwarded-for': ip } : {}) } })
  return { status: res.status, headers: res.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) }
}

const signIn = async (email: string, ip = '10.20.0.1') => {
  const res = await call('POST', '/api/users/login', { data: { email, password: PASSWORD }, ip })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`)
  return res.json.token as string
}

/** Entries after `seq`, oldest first, straight from the database. */
const entriesAfter = async (seq: number) => {
  await settleSecurityWork()
  return (await ctx.payload.db.find<Entry>({ collection: 'security-events', where: { seq: { greater_than: seq } }, sort: 'seq', limit: 0, pagination: false }))
    .docs
}
const lastSeq = async () => {
  await settleSecurityWork()
  const { docs } = await ctx.payload.db.find<SecurityEvent>({ collection: 'security-events', sort: '-seq', limit: 1, pagination: false })
  return Number(docs[0]?.seq ?? 0)
}

/** `npm run security:verify` on the test database (asynchronously: a blocked event loop would drop the server's kept-alive sockets). */
const verifyCli = (): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/securityVerify.ts'], {
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=development', LOG_LEVEL: 'fatal' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill(), 180_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })

beforeAll(async () => {
  ctx = await bootPayload()
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload)
  server = await startServer(ctx, { limits: { loginPerWindow: 100000 } })
  for (const role of ['admin', 'system-admin', 'security-admin', 'audit-admin', 'editor'] as const) {
    users[role] = await makeUser(ctx.payload, [role], dept.id)
    tokens[role] = await signIn(users[role].email)
  }
})
afterAll(async () => {
  setSecurityClock(null)
  await settleSecurityWork()
  await server?.close()
  await ctx?.close()
})

describe('what it records (8.1.4.3 a, b)', () => {
  it('records a login, a failed login and a logout with who, when, from where and the outcome', async () => {
    const user = await makeUser(ctx.payload, ['editor'], dept.id)
    const before = await lastSeq()
    const started = Date.now()
    const token = await signIn(user.email, '10.20.0.7')
    await call('POST', '/api/users/login', { data: { email: user.email, password: 'Wrong-pass-1' }, ip: '10.20.0.8' })
    await call('POST', '/api/users/logout', { token, ip: '10.20.0.7' })
    const entries = (await entriesAfter(before)).filter((e) => e.actorEmail === user.email)
    expect(entries.map((e) => [e.event, e.outcome, e.actorId, e.ip])).toEqual([
      ['login', 'success', String(user.id), '10.20.0.7'],
      ['login-failed', 'failure', String(user.id), '10.20.0.8'],
      ['logout', 'success', String(user.id), '10.20.0.7'],
    ])
    for (const e of entries) expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(started - 1000)
    expect(entries[1].details).toEqual({ reason: 'wrong-password' })
  })

  it('records a failed login for an email no account has, with the email typed', async () => {
    const before = await lastSeq()
    await call('POST', '/api/users/login', { data: { email: 'Intruder@Example.com ', password: 'Wrong-pass-1' }, ip: '10.20.0.9' })
    expect((await entriesAfter(before)).map((e) => [e.event, e.actorEmail, e.actorId, e.details])).toEqual([
      ['login-failed', 'intruder@example.com', null, { reason: 'unknown-account' }],
    ])
  })

  it('records a new account, role and department changes with before and after, and a password reset', async () => {
    const before = await lastSeq()
    const created = await call('POST', '/api/users', {
      token: tokens['system-admin'],
      data: { name: '新同事', email: 'colleague@test.gov.cn', password: 'Colleague-2026', roles: ['editor'], department: dept.id },
    })
    const other = await makeDepartment(ctx.payload)
    await call('PATCH', `/api/users/${created.json.doc.id}`, { token: tokens['system-admin'], data: { roles: ['editor', 'reviewer'], department: other.id } })
    await call('PATCH', `/api/users/${created.json.doc.id}`, { token: tokens['system-admin'], data: { password: 'Reset-pass-2026' } })
    const entries = (await entriesAfter(before)).filter((e) => e.targetCollection === 'users')
    expect(entries.map((e) => [e.event, e.actorId, e.targetId])).toEqual([
      ['user-created', String(users['system-admin'].id), String(created.json.doc.id)],
      ['roles-changed', String(users['system-admin'].id), String(created.json.doc.id)],
      ['department-changed', String(users['system-admin'].id), String(created.json.doc.id)],
      ['password-reset', String(users['system-admin'].id), String(created.json.doc.id)],
    ])
    expect(entries[1].details).toEqual({ from: ['editor'], to: ['editor', 'reviewer'] })
    expect(entries[2].details).toEqual({ from: String(dept.id), to: String(other.id) })
  })

  it('records changes of the system settings and of the security settings', async () => {
    const before = await lastSeq()
    expect((await call('POST', '/api/globals/settings', { token: tokens['system-admin'], data: { reassessmentDays: 300 } })).status).toBe(200)
    expect((await call('POST', '/api/globals/security-settings', { token: tokens['security-admin'], data: { session: { idleMinutes: 20 } } })).status).toBe(200)
    const entries = (await entriesAfter(before)).filter((e) => e.event === 'settings-changed')
    expect(entries.map((e) => [e.targetCollection, e.actorId])).toEqual([
      ['settings', String(users['system-admin'].id)],
      ['security-settings', String(users['security-admin'].id)],
    ])
    expect(entries[0].details.changed.reassessmentDays).toEqual({ from: 365, to: 300 })
    expect(entries[1].details.changed.session).toEqual({ from: { idleMinutes: 30 }, to: { idleMinutes: 20 } })
    await call('POST', '/api/globals/security-settings', { token: tokens['security-admin'], data: { session: { idleMinutes: 30 } } })
  })

  it('records a deletion', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '待删除的稿件' }, { draft: true })
    const before = await lastSeq()
    expect((await call('DELETE', `/api/documents/${doc.id}`, { token: tokens.admin })).status).toBe(200)
    expect((await entriesAfter(before)).map((e) => [e.event, e.actorId, e.targetCollection, e.targetId, e.summary])).toEqual([
      ['record-deleted', String(users.admin.id), 'documents', String(doc.id), `${users.admin.name} 删除了政府信息“待删除的稿件”`],
    ])
  })

  it('records every workflow action, and nothing for a refused one', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id }, { draft: true })
    const before = await lastSeq()
    await publishThroughWorkflow(ctx.payload, 'documents', doc.id, dept.id)
    const crew = await crewFor(ctx.payload, dept.id)
    await expect(act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'withdraw', reason: '编辑无权撤回' })).rejects.toThrow()
    const entries = (await entriesAfter(before)).filter((e) => e.event === 'workflow')
    expect(entries.map((e) => [e.event, e.targetId, e.details.action, e.details.toState])).toEqual([
      ['workflow', String(doc.id), 'submit', 'submitted'],
      ['workflow', String(doc.id), 'approve', 'first-reviewed'],
      ['workflow', String(doc.id), 'approve', 'secrecy-reviewed'],
      ['workflow', String(doc.id), 'approve', 'published'],
    ])
    expect(entries.map((e) => e.actorId)).toEqual([crew.editor, crew.reviewer, crew.secrecy, crew.approver].map((u) => String(u.id)))
  })
})

describe('append-only (8.1.4.3 c)', () => {
  it('refuses creating, changing or deleting an entry over REST, GraphQL and the Local API with overrideAccess', async () => {
    const [first] = await entriesAfter(0)
    for (const token of [tokens['audit-admin'], tokens.admin]) {
      expect((await call('PATCH', `/api/security-events/${first.id}`, { token, data: { summary: '改写' } })).status).toBe(403)
      expect((await call('DELETE', `/api/security-events/${first.id}`, { token })).status).toBe(403)
      expect((await call('POST', '/api/security-events', { token, data: { seq: 999999, event: 'login', summary: '伪造', at: new Date().toISOString() } })).status).toBe(403)
    }
    const gql = await call('POST', '/api/graphql', { token: tokens['audit-admin'], data: { query: `mutation { deleteSecurityEvent(id: ${JSON.stringify(first.id)}) { id } }` } })
    expect(gql.json.errors?.length).toBeGreaterThan(0)
    await expect(ctx.payload.update({ collection: 'security-events', id: first.id, data: { summary: '改写' }, overrideAccess: true })).rejects.toThrow(SECURITY_LOG_IMMUTABLE)
    await expect(ctx.payload.delete({ collection: 'security-events', id: first.id, overrideAccess: true })).rejects.toThrow(SECURITY_LOG_IMMUTABLE)
    await expect(ctx.payload.create({ collection: 'security-events', data: { seq: 999999, event: 'login', at: new Date().toISOString() }, overrideAccess: true })).rejects.toThrow(SECURITY_LOG_IMMUTABLE)
    expect((await entriesAfter(0))[0]).toEqual(first)
  })
})

describe('read and exported by the 审计管理员 alone (8.1.5.2)', () => {
  it.each(['admin', 'system-admin', 'security-admin', 'editor'])('keeps the log from %s', async (role) => {
    expect((await call('GET', '/api/security-events', { token: tokens[role] })).status).toBe(403)
    const exported = await call('GET', '/api/security-events/export', { token: tokens[role] })
    expect([exported.status, exported.json.errors[0].message]).toEqual([403, AUDIT_ADMIN_ONLY])
    const gql = await call('POST', '/api/graphql', { token: tokens[role], data: { query: '{ SecurityEvents { docs { summary } } }' } })
    expect(gql.json.data?.SecurityEvents?.docs ?? []).toEqual([])
  })

  it('keeps it from anonymous readers', async () => {
    expect((await call('GET', '/api/security-events')).status).toBe(403)
    expect((await call('GET', '/api/security-events/export')).status).toBe(403)
  })

  it('lets the 审计管理员 read it', async () => {
    const res = await call('GET', '/api/security-events?limit=5', { token: tokens['audit-admin'] })
    expect(res.status).toBe(200)
    expect(res.json.totalDocs).toBe(await lastSeq())
  })

  it('exports CSV with a BOM for Excel and WPS, and logs the export', async () => {
    const count = await lastSeq()
    const res = await exportCsv('', '10.20.0.30')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true)
    expect(res.text.trimEnd().split('\r\n')).toHaveLength(count + 1)
    const [logged] = await entriesAfter(count)
    expect([logged.event, logged.actorId, logged.ip, logged.details]).toEqual(['log-exported', String(users['audit-admin'].id), '10.20.0.30', { count, from: null, to: null }])
  })

  it('exports a date range', async () => {
    const res = await exportCsv(`?from=${encodeURIComponent(new Date(Date.now() + DAY).toISOString())}`)
    expect(res.text).toBe(`\uFEFF${HEADER}\r\n`)
    expect((await call('GET', '/api/security-events/export?from=yesterday', { token: tokens['audit-admin'] })).status).toBe(400)
  })
})

describe('tamper evidence (8.1.4.3 c)', () => {
  it('reports OK with the count (npm run security:verify)', async () => {
    const count = await lastSeq()
    const run = await verifyCli()
    expect(run.stderr).not.toContain('校验失败')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`安全审计日志校验通过：共 ${count} 条（第 1–${count} 条）`)
  })

  it('names a row changed directly in the database', async () => {
    const target = (await entriesAfter(2))[0]
    await ctx.payload.db.updateOne({ collection: 'security-events', id: target.id, data: { summary: '被篡改的摘要' } })
    expect(await verifySecurityLog(ctx.payload)).toEqual({ ok: false, seq: target.seq, reason: CHAIN_REASONS.altered })
    const run = await verifyCli()
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`安全审计日志校验失败：第 ${target.seq} 条记录内容与其哈希不符（记录被修改）`)
    await ctx.payload.db.updateOne({ collection: 'security-events', id: target.id, data: { summary: target.summary } })
    expect(await verifySecurityLog(ctx.payload)).toMatchObject({ ok: true })
  })

  it('names the row after one deleted directly in the database, and a row cut off at the end', async () => {
    const [target] = await entriesAfter(4)
    await ctx.payload.db.deleteOne({ collection: 'security-events', where: { id: { equals: target.id } } })
    expect(await verifySecurityLog(ctx.payload)).toEqual({ ok: false, seq: target.seq + 1, reason: CHAIN_REASONS.gap(target.seq - 1) })
    await ctx.payload.db.create({ collection: 'security-events', data: { ...target } })
    expect(await verifySecurityLog(ctx.payload)).toMatchObject({ ok: true })
    const last = (await entriesAfter((await lastSeq()) - 1))[0]
    await ctx.payload.db.deleteOne({ collection: 'security-events', where: { id: { equals: last.id } } })
    expect(await verifySecurityLog(ctx.payload)).toEqual({ ok: false, seq: last.seq, reason: CHAIN_REASONS.truncated(last.seq - 1, last.seq) })
    await ctx.payload.db.create({ collection: 'security-events', data: { ...last } })
    expect(await verifySecurityLog(ctx.payload)).toMatchObject({ ok: true })
  })

  it('keeps one chain when many writers append at once', async () => {
    const before = await lastSeq()
    const logins = Array.from({ length: 4 }, (_, i) => call('POST', '/api/users/login', { data: { email: `parallel${i}@test.gov.cn`, password: 'Wrong-pass-1' }, ip: `10.20.1.${i}` }))
    const appends = Array.from({ length: 30 }, (_, i) => appendSecurityEvent(ctx.payload, { event: 'login-alert', summary: `并发写入 ${i}`, details: { i } }))
    await Promise.all([...logins, ...appends])
    const entries = await entriesAfter(before)
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 34 }, (_, i) => before + i + 1))
    expect(entries.slice(1).every((e, i) => e.prevHash === entries[i].hash)).toBe(true)
    expect(await verifySecurityLog(ctx.payload)).toMatchObject({ ok: true, count: before + 34 })
  })
})

describe('retention: at least 180 days (网络安全法 第二十一条)', () => {
  it('refuses a retention under 180 days', async () => {
    const res = await call('POST', '/api/globals/security-settings', { token: tokens['security-admin'], data: { log: { retentionDays: 30 } } })
    expect(res.status).toBe(400)
  })

  it('purges only entries older than the retention, records the purge, and the chain still verifies', async () => {
    const old = await lastSeq()
    // 200 days on: everything so far is older than 180 days; two entries are written on that day.
    const later = new Date(Date.now() + 200 * DAY)
    setSecurityClock(() => later)
    await appendSecurityEvent(ctx.payload, { event: 'login-alert', summary: '保存期内的记录一' })
    await appendSecurityEvent(ctx.payload, { event: 'login-alert', summary: '保存期内的记录二' })
    expect(await purgeSecurityEvents(ctx.payload)).toEqual({ purged: old, throughSeq: old, retentionDays: 180 })
    const kept = await entriesAfter(0)
    expect(kept.map((e) => [e.seq, e.event])).toEqual([
      [old + 1, 'login-alert'],
      [old + 2, 'login-alert'],
      [old + 3, 'log-purged'],
    ])
    expect(kept[2].details).toMatchObject({ purgedFromSeq: 1, purgedThroughSeq: old, purgedCount: old, checkpointHash: kept[0].prevHash })
    expect(await verifySecurityLog(ctx.payload)).toEqual({ ok: true, count: 3, firstSeq: old + 1, lastSeq: old + 3, lastHash: kept[2].hash })
    // Nothing newer than the retention is touched, and a second run removes nothing.
    expect(await purgeSecurityEvents(ctx.payload)).toEqual({ purged: 0, throughSeq: null, retentionDays: 180 })
    expect(await verifySecurityLog(ctx.payload)).toMatchObject({ ok: true, count: 3 })
    const run = await verifyCli()
    expect(run.stdout).toContain(`安全审计日志校验通过：共 3 条（第 ${old + 1}–${old + 3} 条）`)
  })
})
