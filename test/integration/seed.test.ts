/** The demo county: seeded once into an empty database, every demo account can sign in, the public sees only public items. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login } from '../helpers/fixtures'
import { DEMO_ACCOUNTS, demoPassword, seedDemoIfEmpty } from '../../src/seed/seedDemo'
import { runAudit } from '../../plugins/audit/runAudit'
import { localDate } from '../../domain/calendar'

const DAY = 86_400_000

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('demo data', () => {
  it('seeds an empty database', async () => {
    expect(await seedDemoIfEmpty(ctx.payload)).toBe(true)
    for (const collection of ['departments', 'columns', 'documents', 'interpretations', 'new-media-accounts', 'sensitive-terms', 'applications'] as const) {
      expect((await ctx.payload.count({ collection })).totalDocs).toBeGreaterThan(0)
    }
  })

  it('does not seed twice', async () => {
    const before = (await ctx.payload.count({ collection: 'documents' })).totalDocs
    expect(await seedDemoIfEmpty(ctx.payload)).toBe(false)
    expect((await ctx.payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('has documents of every disclosure attribute, each with an index number', async () => {
    const { docs } = await ctx.payload.find({ collection: 'documents', limit: 0, draft: true })
    expect(new Set(docs.map((d) => d.disclosure))).toEqual(new Set(['proactive', 'partial', 'on-request', 'withheld']))
    expect(docs.every((d) => /^[0-9A-Z]{9,18}\/\d{4}-\d{5}$/.test(String(d.indexNumber)))).toBe(true)
  })

  // Seeded on whatever day the tests run (the date runs of `npm test -- dates` move the machine's clock).
  it('is dated in the weeks before the day it is seeded: nothing in the future, the newest publication days old', async () => {
    const now = Date.now()
    const { docs } = await ctx.payload.find({ collection: 'documents', limit: 0, pagination: false, depth: 0, draft: true })
    const formed = docs.map((d) => Date.parse(d.formedAt))
    const published = docs.filter((d) => d.publishedAt).map((d) => Date.parse(d.publishedAt!))
    expect(Math.max(...formed, ...published)).toBeLessThan(now)
    expect(now - Math.max(...published)).toBeLessThan(21 * DAY)
    expect(now - Math.min(...formed)).toBeLessThan(366 * DAY)
  })

  it('gives the daily audit on the day it is seeded overdue policies and stale columns to report (as the browser test shows)', async () => {
    const result = await runAudit(ctx.payload, { dryRun: true })
    expect(result.errors).toEqual([])
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['interpretation-overdue', 'column-stale', 'new-media-stale']))
  })

  it('holds a year of 依申请公开 applications: table 三 of this year and the last balances, recent ones still open, one close to its last day', async () => {
    const { docs } = await ctx.payload.find({ collection: 'applications', pagination: false, depth: 0, overrideAccess: true })
    expect(docs.length).toBeGreaterThanOrEqual(100)
    const today = localDate(new Date())
    expect(docs.every((d) => d.receivedAt <= today && (d.history ?? []).every((e) => e.date <= today))).toBe(true)
    expect([...new Set(docs.map((d) => d.status))]).toEqual(expect.arrayContaining(['answered', 'awaiting-correction', 'consulting', 'in-progress', 'received']))
    const token = await login(server.url, 'admin@demo.gov.cn', demoPassword())
    const year = Number(today.slice(0, 4))
    for (const y of [year - 1, year]) {
      const table = await api(server.url, token).get(`/api/applications/annual-table?year=${y}`)
      expect(table.json.imbalances).toEqual([])
      expect(table.json.rows.new.total + table.json.rows['carried-in'].total).toBeGreaterThan(0)
    }
    const result = await runAudit(ctx.payload, { dryRun: true })
    expect(result.findings.filter((f) => f.rule === 'application-deadline').map((f) => f.severity)).toContain('yellow')
  })

  it('has the column tree of a county site', async () => {
    const { docs } = await ctx.payload.find({ collection: 'columns', limit: 0 })
    const titles = docs.map((c) => c.title)
    for (const title of ['工作动态', '通知公告', '政策文件', '政策解读', '人事信息', '规划计划', '公开指南', '年度报告', '机构概况', '领导信息', '财政预决算', '重大建设项目', '公共资源交易', '社会救助', '义务教育', '涉农补贴']) {
      expect(titles).toContain(title)
    }
  })

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.roles] as const))('lets %s sign in with roles %j', async (email, roles) => {
    const token = await login(server.url, email, demoPassword())
    const me = await api(server.url, token).get('/api/users/me')
    expect(me.json.user.roles).toEqual(roles)
  })

  it('puts editor2 in 县财政局 and the others in 县人民政府办公室', async () => {
    const { docs } = await ctx.payload.find({ collection: 'users', depth: 1, limit: 0 })
    const departmentOf = (email: string) => (docs.find((u) => u.email === email)?.department as { name: string }).name
    expect(departmentOf('editor2@demo.gov.cn')).toBe('县财政局')
    expect(departmentOf('editor@demo.gov.cn')).toBe('县人民政府办公室')
  })

  it('shows anonymous readers only proactive and partial published items', async () => {
    const publicCount = await ctx.payload.count({ collection: 'documents', where: { and: [{ _status: { equals: 'published' } }, { disclosure: { in: ['proactive', 'partial'] } }] } })
    const res = await api(server.url).get('/api/documents?limit=0')
    expect(res.json.totalDocs).toBe(publicCount.totalDocs)
    expect(res.json.docs.every((d: { disclosure: string }) => ['proactive', 'partial'].includes(d.disclosure))).toBe(true)
  })
})
