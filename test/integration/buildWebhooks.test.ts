/**
 * Build webhooks: each publish/withdraw POSTs {event, collection, id, at} signed with HMAC-SHA256, after the
 * commit, retried with backoff, logged for admins; a dead or hanging target never holds up publishing.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, type Crew } from '../helpers/fixtures'
import type { Column, Department } from '../../src/payload-types'
import { verifySignature } from '../../domain/contentApi/webhookSignature'

const SECRET = 'build-hook-secret-测试'
type Received = { body: string; signature: string | undefined; event: string | undefined }

let ctx: TestContext
let server: TestServer
let department: Department
let column: Column
let crew: Crew
let adminToken: string
const good: Received[] = []
let flakyCalls = 0
const hanging: http.ServerResponse[] = []
let hangingSeen: () => void
const hangingArrived = new Promise<void>((resolve) => (hangingSeen = resolve))
const servers: http.Server[] = []
let deadUrl: string

const listen = async (handler: http.RequestListener): Promise<string> => {
  const s = http.createServer(handler)
  servers.push(s)
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`
}

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = ''
    req.on('data', (c) => (data += c))
    req.on('end', () => resolve(data))
  })

const until = async <T,>(probe: () => Promise<T | null | undefined | false>, what: string): Promise<T> => {
  for (let i = 0; i < 400; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

beforeAll(async () => {
  // The receivers listen on 127.0.0.1: private targets are refused unless allowed (test/security/httpDoor.test.ts).
  ctx = await bootPayload({ WEBHOOK_ALLOW_PRIVATE: 'true' })
  server = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9 } })
  department = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload)
  crew = await crewFor(ctx.payload, department.id)
  const admin = await makeUser(ctx.payload, ['admin'], department.id)
  adminToken = await login(server.url, admin.email)
  const goodUrl = await listen(async (req, res) => {
    good.push({ body: await readBody(req), signature: req.headers['x-gongkai-signature'] as string, event: req.headers['x-gongkai-event'] as string })
    res.end('ok')
  })
  const flakyUrl = await listen(async (req, res) => {
    await readBody(req)
    flakyCalls += 1
    res.statusCode = flakyCalls === 1 ? 503 : 204
    res.end()
  })
  const hangingUrl = await listen((_req, res) => {
    hanging.push(res)
    hangingSeen()
  })
  const dead = http.createServer()
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve))
  deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`
  await new Promise((resolve) => dead.close(resolve))
  await ctx.payload.updateGlobal({
    slug: 'settings',
    data: {
      webhooks: {
        enabled: true,
        secret: SECRET,
        urls: [{ url: `${goodUrl}/hook` }, { url: `${flakyUrl}/hook` }, { url: `${hangingUrl}/hook` }, { url: `${deadUrl}/hook` }],
        maxAttempts: 3,
        retryBaseSeconds: 0.1,
        timeoutSeconds: 30,
      },
    },
  })
})
afterAll(async () => {
  for (const res of hanging) res.destroy()
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((resolve) => s.close(resolve))
  }
  await server?.close()
  await ctx?.close()
})

const deliveries = async (itemId: number | string) =>
  (await ctx.payload.find({ collection: 'webhook-deliveries', where: { itemId: { equals: String(itemId) } }, overrideAccess: true, limit: 100 })).docs

describe('build webhooks', () => {
  let docId: number | string

  it('posts a signed publish notice to every target once the publication has committed', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id })
    docId = doc.id
    const received = await until(async () => good.find((r) => JSON.parse(r.body).id === doc.id), 'the publish notice')
    const body = JSON.parse(received.body)
    expect(body).toEqual({ event: 'publish', collection: 'documents', id: doc.id, at: expect.any(String) })
    expect(received.event).toBe('publish')
    expect(verifySignature(SECRET, received.body, received.signature)).toBe(true)
    expect(verifySignature('another-secret', received.body, received.signature)).toBe(false)
  })

  it('returns from publishing while a target hangs, and sends the withdrawal notice meanwhile', async () => {
    await hangingArrived
    const openBefore = hanging.filter((res) => !res.writableEnded).length
    expect(openBefore).toBeGreaterThan(0)
    const approverToken = await login(server.url, crew.approver.email)
    const res = await api(server.url, approverToken).post(`/api/documents/${docId}/workflow`, { action: 'withdraw', reason: '内容有误' })
    expect(res.status).toBe(200)
    // The hanging target still has not answered: the withdrawal did not wait for it.
    expect(hanging.filter((r) => !r.writableEnded).length).toBeGreaterThanOrEqual(openBefore)
    const withdrawn = await until(async () => good.find((r) => JSON.parse(r.body).id === docId && JSON.parse(r.body).event === 'withdraw'), 'the withdraw notice')
    expect(verifySignature(SECRET, withdrawn.body, withdrawn.signature)).toBe(true)
  })

  it('retries a failing target with backoff and records the outcome of each delivery', async () => {
    const rows = await until(async () => {
      const list = await deliveries(docId)
      const flaky = list.filter((d) => d.url.includes(new URL(servers[1].address() ? `http://127.0.0.1:${(servers[1].address() as AddressInfo).port}` : '').host))
      const dead = list.filter((d) => d.url.startsWith(deadUrl))
      return flaky.every((d) => d.status === 'delivered') && dead.length === 2 && dead.every((d) => d.status === 'failed') ? list : null
    }, 'retries to settle')
    const flaky = rows.filter((d) => d.url.includes(String((servers[1].address() as AddressInfo).port)))
    expect(flaky.map((d) => d.attempts).sort()).toEqual([1, 2])
    const dead = rows.filter((d) => d.url.startsWith(deadUrl))
    expect(dead.map((d) => d.attempts)).toEqual([3, 3])
    expect(dead[0].lastError).toMatch(/ECONNREFUSED|fetch failed/)
    expect(rows.filter((d) => d.url.startsWith(`http://127.0.0.1:${(servers[0].address() as AddressInfo).port}`)).every((d) => d.status === 'delivered')).toBe(true)
  })

  it('enqueues nothing for a change that was rolled back', async () => {
    const other = await makeColumn(ctx.payload)
    const before = (await deliveries(other.id)).length
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({ collection: 'columns', id: other.id, data: { status: 'closed' }, req })
    await killTransaction(req)
    expect((await deliveries(other.id)).length).toBe(before)
  })

  it('shows the delivery log to admins only', async () => {
    expect((await api(server.url).get('/api/webhook-deliveries')).status).toBe(403)
    const res = await api(server.url, adminToken).get('/api/webhook-deliveries?limit=100')
    expect(res.status).toBe(200)
    expect(res.json.totalDocs).toBeGreaterThan(0)
    const editorToken = await login(server.url, crew.editor.email)
    expect((await api(server.url, editorToken).get('/api/webhook-deliveries')).status).toBe(403)
    expect((await api(server.url).get('/api/globals/settings')).status).toBe(403)
  })
})
