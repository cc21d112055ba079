/** The Express server: health and readiness, security headers, rate limits, Chinese by default, first user. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api } from '../helpers/fixtures'
import { publishDueItems } from '../../plugins/workflow/actions/publishDueItems'

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx, { limits: { loginPerWindow: 3, publicReadsPerMinute: 20 } })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('health', () => {
  it('answers /healthz', async () => {
    const res = await api(server.url).get('/healthz')
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ status: 'ok' })
  })

  it('answers /readyz after asking the database', async () => {
    const res = await api(server.url).get('/readyz')
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ status: 'ok', database: 'ok' })
  })
})

describe('first user', () => {
  it('a scheduled-publishing pass with nothing due on a new installation makes no account (the first-user screen stays open)', async () => {
    const summary = await publishDueItems(ctx.payload)
    expect(summary.published).toEqual([])
    expect((await ctx.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('makes the account created on the first-user screen an admin', async () => {
    const res = await api(server.url).post('/api/users/first-register', { name: '管理员', email: 'first@test.gov.cn', password: 'First@2026-pass', confirmPassword: 'First@2026-pass' })
    expect(res.status).toBe(200)
    const user = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'first@test.gov.cn' } } })
    expect(user.docs[0].roles).toEqual(['admin'])
  })

  it('refuses a second first-register', async () => {
    const res = await api(server.url).post('/api/users/first-register', { name: 'x', email: 'second@test.gov.cn', password: 'First@2026-pass', confirmPassword: 'First@2026-pass' })
    expect(res.status).toBe(403)
  })
})

describe('security headers', () => {
  it.each([
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'SAMEORIGIN'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
  ])('sends %s', async (name, value) => {
    const res = await api(server.url).get('/api/departments')
    expect(res.headers.get(name)).toBe(value)
  })

  it('forbids scripts and framing on API responses', async () => {
    const res = await api(server.url).get('/api/departments')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('x-powered-by')).toBeNull()
  })
})

describe('language', () => {
  it('answers in Chinese to an English browser that has not chosen a language', async () => {
    const res = await fetch(`${server.url}/api/documents/999999`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    const json = (await res.json()) as { errors: Array<{ message: string }> }
    expect(json.errors[0].message).toBe('未找到')
  })

  it('answers in English to a user who chose English', async () => {
    const res = await fetch(`${server.url}/api/documents/999999`, { headers: { cookie: 'payload-lng=en', 'accept-language': 'en' } })
    const json = (await res.json()) as { errors: Array<{ message: string }> }
    expect(json.errors[0].message).toBe('Not Found')
  })
})

describe('rate limits', () => {
  it('stops the fourth login attempt in the window with 429 and a Chinese message', async () => {
    const attempt = () => api(server.url).post('/api/users/login', { email: 'nobody@test.gov.cn', password: 'wrong' })
    const statuses = [(await attempt()).status, (await attempt()).status, (await attempt()).status]
    expect(statuses.every((s) => s !== 429)).toBe(true)
    const fourth = await attempt()
    expect(fourth.status).toBe(429)
    expect(fourth.json.errors[0].message).toBe('登录尝试过于频繁，请15分钟后再试')
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('limits anonymous API reads per client', async () => {
    const own = await startServer(ctx, { limits: { publicReadsPerMinute: 5 } })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await api(own.url).get('/api/columns')).status)
    await own.close()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
  })

  it('counts signed-in staff separately from anonymous readers', async () => {
    const res = await fetch(`${server.url}/api/columns`, { headers: { authorization: 'JWT not-a-real-token' } })
    expect(res.status).not.toBe(429)
  })
})
