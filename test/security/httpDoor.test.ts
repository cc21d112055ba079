/**
 * One HTTP door (issue 11, findings 2–6, 9–11): every attack of the hostile probe against the Express server,
 * over real HTTP with raw paths. Each of these answered differently before the door was closed.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import dns from 'node:dns/promises'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, type Crew } from '../helpers/fixtures'
import type { Column, Department, User } from '../../src/payload-types'
import { freePort, multipart, raw, startServerOn, until } from './httpHelpers'
import { CROSS_SITE_REFUSED } from '../../domain/http/originPolicy'
import { DATE_REFUSED, GEO_REFUSED, ID_PARAM_REFUSED } from '../../domain/http/queryShape'
import { isForbiddenAddress, WEBHOOK_URL_OWN_ORIGIN, WEBHOOK_URL_PRIVATE } from '../../domain/http/privateAddress'
import { BODY_TOO_LARGE, INVALID_JSON_BODY, UNSUPPORTED_BODY } from '../../src/server/requestBody'
import { GRAPHQL_BUSY, GRAPHQL_TOO_COSTLY, GRAPHQL_TOO_MANY_ALIASES } from '../../src/server/graphqlHandler'
import { RESET_MAIL_SUBJECT } from '../../plugins/httpDoor/hooks/passwordResetMail'

const LOGIN_LIMITED = '登录尝试过于频繁，请15分钟后再试'
const READS_LIMITED = '请求过于频繁，请稍后再试'

let ctx: TestContext
let server: TestServer
let port: number
let department: Department
let column: Column
let crew: Crew
let admin: User
let adminToken: string
const extra: TestServer[] = []

/** A server of its own (fresh limiters) with the given numbers. */
const serverWith = async (limits: Record<string, unknown>) => {
  const own = await startServer(ctx, { limits })
  extra.push(own)
  return own
}

beforeAll(async () => {
  port = await freePort()
  ctx = await bootPayload({ PORT: String(port), PASSWORD_RESET_MAIL_INTERVAL_MS: '0' })
  server = await startServerOn(ctx, port, { limits: { publicReadsPerMinute: 1e9, loginPerWindow: 1e9 } })
  department = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { slug: 'door-col', kind: 'notice' })
  crew = await crewFor(ctx.payload, department.id)
  admin = await makeUser(ctx.payload, ['admin'], department.id)
  adminToken = await login(server.url, admin.email)
})
afterAll(async () => {
  for (const own of extra) await own.close()
  await server?.close()
  await ctx?.close()
})

const loginBody = JSON.stringify({ email: 'nobody@test.gov.cn', password: 'wrong-password' })
const loginOf = (email: string) => JSON.stringify({ email, password: 'wrong-password' })
const json = { 'content-type': 'application/json' }

describe('login limit (finding 6)', () => {
  it('counts /api/users/./login, which Payload serves as its login', async () => {
    const own = await serverWith({ loginPerWindow: 3 })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await raw(own.url, 'POST', '/api/users/./login', { headers: json, body: loginOf(`dot${i}@test.gov.cn`) })).status)
    expect(statuses).toEqual([401, 401, 401])
    const fourth = await raw(own.url, 'POST', '/api/users/%2e/login', { headers: json, body: loginOf('dot3@test.gov.cn') })
    expect(fourth.status).toBe(429)
    expect(fourth.json.errors[0].message).toBe(LOGIN_LIMITED)
  })

  it('counts every aliased loginUser mutation of one GraphQL request', async () => {
    const own = await serverWith({ loginPerWindow: 3 })
    const guesses = [1, 2, 3, 4].map((i) => `g${i}: loginUser(email: "nobody@test.gov.cn", password: "guess-${i}") { token }`).join(' ')
    const res = await raw(own.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: `mutation { ${guesses} }` }) })
    expect(res.status).toBe(429)
    expect(res.json.errors[0].message).toBe(LOGIN_LIMITED)
  })

  it('counts forgotPasswordUser mutations with the login attempts', async () => {
    const own = await serverWith({ loginPerWindow: 3 })
    for (let i = 0; i < 3; i++) expect((await raw(own.url, 'POST', '/api/users/login', { headers: json, body: loginOf(`forgot${i}@test.gov.cn`) })).status).toBe(401)
    const res = await raw(own.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: 'mutation { forgotPasswordUser(email: "nobody@test.gov.cn") }' }) })
    expect(res.status).toBe(429)
  })
})

describe('forgot password (finding 6)', () => {
  const outbox = () => path.join(ctx.dir, 'outbox')
  const mails = () => (fs.existsSync(outbox()) ? fs.readdirSync(outbox()) : [])

  it('answers the same 200 for a known and an unknown address', async () => {
    const user = await makeUser(ctx.payload, ['editor'], department.id)
    const known = await raw(server.url, 'POST', '/api/users/forgot-password', { headers: json, body: JSON.stringify({ email: user.email }) })
    const unknown = await raw(server.url, 'POST', '/api/users/forgot-password', { headers: json, body: JSON.stringify({ email: 'nobody-here@test.gov.cn' }) })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(known.text).toBe(unknown.text)
  })

  it('mails the known address in Chinese, with a link on this server and not on the Host header', async () => {
    const user = await makeUser(ctx.payload, ['editor'], department.id)
    const before = new Set(mails())
    const res = await raw(server.url, 'POST', '/api/users/forgot-password', {
      headers: { ...json, host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      body: JSON.stringify({ email: user.email }),
    })
    expect(res.status).toBe(200)
    // Sent after the answer; the outbox file is complete once it parses with a subject.
    const mail = await until(async () => {
      const file = mails().find((f) => !before.has(f))
      const parsed = file ? await simpleParser(fs.readFileSync(path.join(outbox(), file))) : null
      return parsed?.subject && parsed.html ? parsed : null
    }, 'the reset mail')
    expect(mail.subject).toBe(RESET_MAIL_SUBJECT)
    expect((mail.to as { text: string }).text).toBe(user.email)
    expect(mail.text).toContain('请在 1 小时内打开以下链接设置新密码')
    expect(mail.text).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/admin/reset/[0-9a-f]{40}`))
    expect(`${mail.text}${mail.html}`).not.toContain('evil.example')
  })
})

describe('who counts as staff (finding 10)', () => {
  it('keeps a client with a made-up Authorization header in the anonymous read limit', async () => {
    const own = await serverWith({ publicReadsPerMinute: 3, staffReadsPerMinute: 1000 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await raw(own.url, 'GET', '/api/departments', { headers: { authorization: 'x' } })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const forged = await raw(own.url, 'GET', '/api/departments', { headers: { authorization: 'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl' } })
    expect(forged.status).toBe(429)
    expect(forged.json.errors[0].message).toBe(READS_LIMITED)
  })

  it('gives a verified session the staff limit', async () => {
    const own = await serverWith({ publicReadsPerMinute: 1, staffReadsPerMinute: 1000 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await raw(own.url, 'GET', '/api/departments', { headers: { authorization: `JWT ${adminToken}` } })).status)
    expect(statuses).toEqual([200, 200, 200, 200])
  })
})

describe('bad input answers a Chinese 400, not a 500 (finding 10)', () => {
  it.each([
    ['where[title][near]', '/api/documents?where[title][near]=1,2', GEO_REFUSED('title', 'near')],
    ['near inside and/or', '/api/documents?where[and][0][title][near]=1,2', GEO_REFUSED('title', 'near')],
    ['malformed where JSON', '/api/documents?where=%7B%22title%22', '查询参数 where 不是有效的 JSON 对象'],
    ['a date that is not one', '/api/documents?where[publishedAt][greater_than]=garbage', DATE_REFUSED('publishedAt', 'garbage')],
    ['/api/documents/abc', '/api/documents/abc', ID_PARAM_REFUSED('abc')],
    ['/api/departments/abc', '/api/departments/abc', ID_PARAM_REFUSED('abc')],
  ])('%s', async (_name, url, message) => {
    const res = await raw(server.url, 'GET', url)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(message)
  })

  it.each([
    ['application/x-www-form-urlencoded', 'title=x&column=1'],
    ['text/plain', '{"title":"x"}'],
  ])('refuses a %s body and creates nothing', async (type, payloadBody) => {
    const before = await ctx.payload.count({ collection: 'documents', overrideAccess: true })
    const res = await raw(server.url, 'POST', '/api/documents', { headers: { 'content-type': type, authorization: `JWT ${adminToken}` }, body: payloadBody })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(UNSUPPORTED_BODY)
    expect(await ctx.payload.count({ collection: 'documents', overrideAccess: true })).toEqual(before)
  })

  it('refuses a JSON body that does not parse, on GraphQL too', async () => {
    const res = await raw(server.url, 'POST', '/api/graphql', { headers: json, body: '{"query": ' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(INVALID_JSON_BODY)
  })
})

describe('body size (finding 10)', () => {
  it('refuses a 10 MB anonymous GraphQL POST with 413', async () => {
    const padding = ' '.repeat(10 * 1024 * 1024)
    const res = await raw(server.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: `{ Departments { docs { id } } }${padding}` }) })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toBe(BODY_TOO_LARGE(64 * 1024))
  })

  it('refuses a chunked anonymous body once it passes the cap', async () => {
    const chunk = Buffer.alloc(16 * 1024, 0x20)
    const res = await raw(server.url, 'POST', '/api/users/login', {
      headers: { ...json, 'transfer-encoding': 'chunked' },
      chunks: [Buffer.from('{"email":"a@b.cn","password":"'), ...Array(8).fill(chunk), Buffer.from('"}')],
    })
    expect(res.status).toBe(413)
  })

  it('still takes a staff body larger than the anonymous cap', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    const long = '政府信息公开'.repeat(20_000)
    const res = await raw(server.url, 'PATCH', `/api/documents/${doc.id}?draft=true`, {
      headers: { ...json, authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ body: body(long) }),
    })
    expect(res.status).toBe(200)
  })
})

describe('method override (finding 10)', () => {
  const override = { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }

  it('counts a POST with X-Payload-HTTP-Method-Override: GET as a read', async () => {
    const own = await serverWith({ publicReadsPerMinute: 2 })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await raw(own.url, 'POST', '/api/departments', { headers: override, body: 'limit=1' })).status)
    expect(statuses).toEqual([200, 200, 429])
  })

  it('serves it from the anonymous cache like the GET it stands for', async () => {
    const first = await raw(server.url, 'POST', '/api/columns', { headers: override, body: 'limit=2&depth=0' })
    const second = await raw(server.url, 'POST', '/api/columns', { headers: override, body: 'limit=2&depth=0' })
    expect(first.status).toBe(200)
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.text).toBe(first.text)
  })
})

describe('cache poisoning (finding 3)', () => {
  it.each([
    ['with draft=true', (id: number | string) => `/api/documents/${id}?draft=true&x=1`],
    ['without', (id: number | string) => `/api/documents/${id}?x=2`],
  ])('never caches what a session cookie with a space in its name produced (%s)', async (_name, urlOf) => {
    const doc = await makeDocument(ctx.payload, { title: '公开的标题', column: column.id, department: department.id })
    await ctx.payload.update({ collection: 'documents', id: doc.id, draft: true, data: { title: '未审核的草稿标题' }, overrideAccess: true })
    const url = urlOf(doc.id)
    // Payload trims cookie names: `payload-token ` is its session cookie. Sec-Fetch-Site as a browser sends it.
    const poisoned = await raw(server.url, 'GET', url, { headers: { cookie: `a=b; payload-token =${adminToken}`, 'sec-fetch-site': 'same-origin' } })
    expect(poisoned.status).toBe(200)
    expect(poisoned.headers['cache-control']).toBe('private, no-store')
    const anonymous = await raw(server.url, 'GET', url)
    expect(anonymous.headers['x-cache']).not.toBe('HIT')
    expect(anonymous.text).not.toContain('未审核的草稿标题')
    expect(anonymous.json.title).toBe('公开的标题')
    expect(anonymous.json.signatures).toBeUndefined()
    expect(anonymous.json.reviewState).toBeUndefined()
  })
})

describe('Host header (finding 4)', () => {
  it.each([
    ['Host', { host: 'evil.example' }],
    ['X-Forwarded-Host', { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }],
  ])('keeps %s out of the sitemap and the RSS feed, and out of what is cached', async (_name, headers) => {
    await makeDocument(ctx.payload, { column: column.id, department: department.id })
    for (const url of ['/api/public/sitemap.xml', '/api/public/columns/door-col/feed.xml']) {
      const poisoned = await raw(server.url, 'GET', url, { headers: headers as Record<string, string> })
      expect(poisoned.status).toBe(200)
      expect(poisoned.text).not.toContain('evil.example')
      expect(poisoned.text).toContain(`http://127.0.0.1:${port}/`)
      const next = await raw(server.url, 'GET', url)
      expect(next.text).not.toContain('evil.example')
    }
  })
})

describe('CSRF (finding 5)', () => {
  const crossSite = (cookieToken: string, extraHeaders: Record<string, string> = {}) => ({
    cookie: `payload-token=${cookieToken}`,
    origin: 'https://evil.example',
    referer: 'https://evil.example/page.html',
    'sec-fetch-site': 'cross-site',
    ...extraHeaders,
  })

  it('refuses a cross-site form POST with the reviewer\'s cookie that would sign 初审', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    const reviewerToken = await login(server.url, crew.reviewer.email)
    const form = multipart({ _payload: JSON.stringify({ action: 'approve', opinion: '同意' }) })
    const res = await raw(server.url, 'POST', `/api/documents/${doc.id}/workflow`, { headers: { ...crossSite(reviewerToken), 'content-type': form.contentType }, body: form.body })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(CROSS_SITE_REFUSED)
    expect((await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true, overrideAccess: true })).reviewState).toBe('submitted')
  })

  it('refuses a cross-site form POST that would create a document', async () => {
    const before = await ctx.payload.count({ collection: 'documents', overrideAccess: true })
    const form = multipart({ _payload: JSON.stringify({ title: '跨站创建', column: column.id, department: department.id, formedAt: '2026-10-01T00:00:00.000Z', disclosure: 'proactive' }) })
    const res = await raw(server.url, 'POST', '/api/documents', { headers: { ...crossSite(adminToken), 'content-type': form.contentType }, body: form.body })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(CROSS_SITE_REFUSED)
    expect(await ctx.payload.count({ collection: 'documents', overrideAccess: true })).toEqual(before)
  })

  it('refuses a cookie-carrying POST whose only hint is Sec-Fetch-Site: cross-site (a forced logout)', async () => {
    const victim = await makeUser(ctx.payload, ['editor'], department.id)
    const token = await login(server.url, victim.email)
    const res = await raw(server.url, 'POST', '/api/users/logout', { headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'cross-site' } })
    expect(res.status).toBe(403)
    expect((await raw(server.url, 'GET', '/api/users/me', { headers: { authorization: `JWT ${token}` } })).json.user?.email).toBe(victim.email)
  })

  it('accepts the same request from this site', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    const reviewerToken = await login(server.url, crew.reviewer.email)
    const res = await raw(server.url, 'POST', `/api/documents/${doc.id}/workflow`, {
      headers: { ...json, cookie: `payload-token=${reviewerToken}`, origin: server.url, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ action: 'approve', opinion: '同意' }),
    })
    expect(res.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true, overrideAccess: true })).reviewState).toBe('first-reviewed')
  })

  it('sets the session cookie SameSite=Lax', async () => {
    const res = await raw(server.url, 'POST', '/api/users/login', { headers: json, body: JSON.stringify({ email: admin.email, password: 'Test@2026-pass' }) })
    expect(res.status).toBe(200)
    const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; HttpOnly/)
  })
})

describe('GraphQL cost (finding 2)', () => {
  const heavy = 'docs { id title body bodyHtml column { title slug } interpretations { docs { id title bodyHtml } } }'

  it('refuses 24 aliases of Documents(limit: 0) from an anonymous client', async () => {
    const aliases = Array.from({ length: 24 }, (_, i) => `a${i}: Documents(limit: 0) { ${heavy} }`).join(' ')
    const res = await raw(server.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: `{ ${aliases} }` }) })
    // A validation error: nothing ran (GraphQL over HTTP answers 200 to an application/json client).
    expect(res.json.data).toBeUndefined()
    expect(res.json.errors.map((e: { message: string }) => e.message)).toContain(GRAPHQL_TOO_MANY_ALIASES(10))
  })

  it('counts limit: 0 and an unbounded join as full pages', async () => {
    const res = await raw(server.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: `{ Documents(limit: 0) { ${heavy} } }` }) })
    expect(res.json.data).toBeUndefined()
    expect(res.json.errors[0].message).toMatch(/^查询代价过高（\d+，上限 3000）/)
    expect(res.json.errors[0].message).toBe(GRAPHQL_TOO_COSTLY(3000, Number(/（(\d+)，/.exec(res.json.errors[0].message)![1])))
  })

  it('answers a bounded page of the same fields', async () => {
    const res = await raw(server.url, 'POST', '/api/graphql', {
      headers: json,
      body: JSON.stringify({ query: '{ Documents(limit: 20) { docs { id title bodyHtml column { title } interpretations(limit: 3) { docs { id title } } } } }' }),
    })
    expect(res.status).toBe(200)
    expect(res.json.errors).toBeUndefined()
  })

  it('cuts an anonymous limit: 0 to the largest public page, in REST and GraphQL alike', async () => {
    for (let i = 0; i < 4; i++) await makeDocument(ctx.payload, { column: column.id, department: department.id })
    process.env.PUBLIC_MAX_LIMIT = '3'
    try {
      const rest = await raw(server.url, 'GET', '/api/documents?limit=0&depth=0&y=limit0')
      expect(rest.json.docs).toHaveLength(3)
      // (With the default cost limit GraphQL refuses limit: 0 outright; the cap is the wall behind it.)
      const generous = { maxAliases: 10, maxDepth: 8, maxTokens: 1000, maxCost: 1e9 }
      const own = await serverWith({ graphql: { anonymous: generous, staff: generous } })
      const gql = await raw(own.url, 'POST', '/api/graphql', { headers: json, body: JSON.stringify({ query: '{ Documents(limit: 0) { docs { id } } }' }) })
      expect(gql.json.data.Documents.docs).toHaveLength(3)
      const staff = await raw(server.url, 'GET', '/api/documents?limit=0&depth=0', { headers: { authorization: `JWT ${adminToken}` } })
      expect(staff.json.docs.length).toBeGreaterThan(3)
    } finally {
      delete process.env.PUBLIC_MAX_LIMIT
    }
  })

  it('answers 503 in Chinese when anonymous GraphQL has waited its turn too long', async () => {
    // One slot, no waiting, and room for an operation long enough (a join per document) to overlap on PostgreSQL.
    const generous = { maxAliases: 10, maxDepth: 8, maxTokens: 1000, maxCost: 1e9 }
    const own = await serverWith({ anonymousGraphqlConcurrency: 1, anonymousGraphqlQueueMs: 0, publicReadsPerMinute: 1e9, graphql: { anonymous: generous, staff: generous } })
    const query = JSON.stringify({ query: '{ Documents(limit: 100) { docs { id title body bodyHtml column { title } department { name } interpretations(limit: 5) { docs { id title bodyHtml } } } } }' })
    const results = await Promise.all(Array.from({ length: 30 }, () => raw(own.url, 'POST', '/api/graphql', { headers: json, body: query })))
    const busy = results.filter((r) => r.status === 503)
    expect(results.every((r) => r.status === 200 || r.status === 503)).toBe(true)
    for (const refused of busy) expect(refused.json.errors[0].message).toBe(GRAPHQL_BUSY)
    expect(results.some((r) => r.status === 200)).toBe(true)
    // SQLite answers without ever yielding, so operations never overlap there; PostgreSQL's do, and wait in line.
    if (ctx.dialect === 'postgres') expect(busy.length).toBeGreaterThan(0)
  })
})

describe('build-webhook SSRF (finding 9)', () => {
  const saveUrl = (url: string) =>
    raw(server.url, 'POST', '/api/globals/settings', {
      headers: { ...json, authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ webhooks: { enabled: false, urls: [{ url }] } }),
    })

  it.each([
    'http://127.0.0.1:3000/hook',
    'http://0x7f000001/hook',
    'http://2130706433/hook',
    'http://017700000001/hook',
    'http://127.1/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost:8080/hook',
    'http://build.localhost/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/hook',
    'http://172.20.0.1/hook',
    'http://192.168.1.10/hook',
    'http://[fd00::1]/hook',
    'http://[fe80::1]/hook',
    'http://0.0.0.0/hook',
    'http://224.0.0.1/hook',
  ])('refuses %s on the field, in Chinese', async (url) => {
    const res = await saveUrl(url)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'webhooks.urls.0.url', message: WEBHOOK_URL_PRIVATE })
  })

  it("refuses the app's own API even where private receivers are allowed", async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    try {
      const res = await saveUrl(`http://127.0.0.1:${port}/api/users`)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'webhooks.urls.0.url', message: WEBHOOK_URL_OWN_ORIGIN })
    } finally {
      delete process.env.WEBHOOK_ALLOW_PRIVATE
    }
  })

  it('accepts a public receiver', async () => {
    expect((await saveUrl('https://build.example.gov.cn/hooks/gongkai')).status).toBe(200)
  })

  it('refuses at delivery a name that resolves to this machine (DNS rebinding), and never connects', async () => {
    const names = [os.hostname(), ...fs.readFileSync('/etc/hosts', 'utf8').split('\n').flatMap((line) => line.replace(/#.*/, '').trim().split(/\s+/).slice(1))]
    let name: string | undefined
    for (const candidate of names) {
      if (!candidate || /localhost/i.test(candidate) || candidate.includes(':')) continue
      const addresses = await dns.lookup(candidate, { all: true }).catch(() => [])
      if (addresses.length > 0 && addresses.every((a) => isForbiddenAddress(a.address))) {
        name = candidate
        break
      }
    }
    if (!name) {
      console.warn('skipped: no host name on this machine resolves to a loopback address')
      return
    }
    let hits = 0
    const receiver = http.createServer((_req, res) => {
      hits += 1
      res.end('ok')
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const url = `http://${name}:${(receiver.address() as AddressInfo).port}/hook`
    try {
      expect((await saveUrl(url)).status).toBe(200)
      await ctx.payload.updateGlobal({ slug: 'settings', data: { webhooks: { enabled: true, secret: 's', urls: [{ url }], maxAttempts: 3, retryBaseSeconds: 0.1, timeoutSeconds: 5 } } })
      const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id })
      const delivery = await until(async () => {
        const { docs } = await ctx.payload.find({ collection: 'webhook-deliveries', where: { itemId: { equals: String(doc.id) } }, overrideAccess: true })
        return docs.find((d) => d.status === 'failed')
      }, 'the refused delivery')
      expect(delivery.attempts).toBe(1)
      expect(delivery.lastError).toContain(WEBHOOK_URL_PRIVATE)
      expect(hits).toBe(0)
    } finally {
      await ctx.payload.updateGlobal({ slug: 'settings', data: { webhooks: { enabled: false, urls: [] } } })
      await new Promise((resolve) => receiver.close(resolve))
    }
  })
})

describe('one door', () => {
  it('serves no Payload REST or GraphQL route from Next, where the door would not stand', () => {
    const routes: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/^route\.(t|j)sx?$/.test(entry.name)) routes.push(full)
      }
    }
    walk(path.resolve('src/app'))
    const reaching = routes.filter((file) => /\b(REST_(GET|POST|PATCH|PUT|DELETE)|GRAPHQL_POST)\b/.test(fs.readFileSync(file, 'utf8')))
    expect(reaching).toEqual([])
  })

  it('does not hand a differently spelled API path to Payload', async () => {
    const upper = await raw(server.url, 'POST', '/API/users/login', { headers: json, body: loginBody })
    expect(upper.status).toBe(404)
    const doubled = await raw(server.url, 'POST', '//api/users/login', { headers: json, body: loginBody })
    expect(doubled.status).toBe(404)
  })
})
