/** The demo county: seeded once into an empty database, every demo account can sign in, the public sees only public items. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login } from '../helpers/fixtures'
import { DEMO_ACCOUNTS, demoPassword, seedDemoIfEmpty } from '../../src/seed/seedDemo'
import { runAudit } from '../../plugins/audit/runAudit'
import { localDate } from '../../domain/calendar'
import { quarterBounds, quarterOf } from '../../domain/inspection/model'
import { DEMO_DEPARTMENTS } from '../../src/seed/demoData'
import { demoPostLog, pastQuarters } from '../../src/seed/demoInspection'
import { demoShiftDays } from '../../src/seed/demoShiftDays'

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

  // 条例第二十条第（六）项: a 行政处罚决定 with a social impact is 主动公开; 依申请公开 never rests on a 条例14–16 basis.
  it('publishes the 行政处罚决定书 as 主动公开, readable by the public, and gives every 依申请公开 item its own reason', async () => {
    const { docs } = await ctx.payload.find({ collection: 'documents', limit: 0, pagination: false, depth: 0, draft: true })
    const penalties = docs.filter((d) => d.title.includes('行政处罚决定书'))
    expect(penalties.map((d) => [d.disclosure, d.nonDisclosureBasis ?? null, d._status])).toEqual([['proactive', null, 'published']])
    const publicRead = await fetch(`${server.url}/api/documents/${penalties[0]!.id}?depth=0`)
    expect(publicRead.status).toBe(200)
    const onRequest = docs.filter((d) => d.disclosure === 'on-request')
    expect(onRequest.length).toBeGreaterThan(0)
    expect(onRequest.map((d) => [d.nonDisclosureBasis ?? null, d.onRequestReason])).toEqual(onRequest.map(() => [null, 'outside-proactive-scope']))
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

  it('has two frozen past quarters whose colours tell the demo’s story, the 县财政局 editor seeing her row only', async () => {
    const [older, last] = pastQuarters(localDate(new Date()))
    const admin = api(server.url, await login(server.url, 'admin@demo.gov.cn', demoPassword()))
    const name = (key: string) => DEMO_DEPARTMENTS.find((d) => d.key === key)!.name
    const colours = async (quarter: string) => {
      const res = await admin.get(`/api/inspection/quarters/${quarter}`)
      expect(res.status).toBe(200)
      expect(res.json.frozen).toBe(true)
      expect(res.json.departments).toHaveLength(DEMO_DEPARTMENTS.length)
      return Object.fromEntries((res.json.departments as Array<{ name: string; colour: string }>).map((d) => [d.name, d.colour]))
    }
    const green = (keys: string[]) => Object.fromEntries(DEMO_DEPARTMENTS.filter((d) => !keys.includes(d.key)).map((d) => [d.name, 'green']))
    expect(await colours(older)).toEqual({ ...green(['jyj', 'sqx', 'nyncj', 'zjj', 'czj']), [name('jyj')]: 'red', [name('sqx')]: 'red', [name('nyncj')]: 'yellow', [name('zjj')]: 'yellow', [name('czj')]: 'yellow' })
    expect(await colours(last)).toEqual({ ...green(['nyncj', 'sqx', 'jyj', 'fgj', 'dcjd']), [name('nyncj')]: 'red', [name('sqx')]: 'red', [name('jyj')]: 'yellow', [name('fgj')]: 'yellow', [name('dcjd')]: 'yellow' })

    const editor = api(server.url, await login(server.url, 'editor2@demo.gov.cn', demoPassword()))
    const own = await editor.get(`/api/inspection/quarters/${older}`)
    expect((own.json.departments as Array<{ name: string; colour: string }>).map((d) => [d.name, d.colour])).toEqual([['县财政局', 'yellow']])
  })

  it('logs the new-media posts of every month since the older past quarter began, and the frozen quarter counts them', async () => {
    const now = new Date()
    const expected = demoPostLog(now, demoShiftDays(now))
    const { docs } = await ctx.payload.find({ collection: 'new-media-posts' as never, pagination: false, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(expected.length)
    const [older] = pastQuarters(localDate(now))
    const { from, to } = quarterBounds(older)
    const inQuarter = (docs as unknown as Array<{ month: string; count: number }>).filter((d) => d.month >= from.slice(0, 7) && d.month <= to.slice(0, 7))
    const snapshot = await api(server.url, await login(server.url, 'admin@demo.gov.cn', demoPassword())).get(`/api/inspection/quarters/${older}`)
    expect(snapshot.json.figures.newMedia.posts).toBe(inQuarter.reduce((sum, d) => sum + d.count, 0))
    expect(snapshot.json.figures.newMedia.posts).toBeGreaterThan(100)
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

/**
 * The quarterly inspection over the demo county (plugins/inspection): the last past quarter, frozen by the seed, and
 * the running one, computed live, against a count made here from the demo data through the Local API. The rules of
 * the count are the contract's (docs/inspection.md), written again without the plugin's code.
 */
describe('the inspection’s figures, counted again over the demo data', () => {
  type Figures = { published: { total: number; dynamic: number; statutory: number }; policies: { total: number; interpreted: number }; applications: { received: number; answered: number }; newMedia: { posts: number; accounts: number; closing: number } }
  const beijingDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10)

  const countAgain = async (quarter: string, departmentName?: string): Promise<Figures> => {
    const { from, to } = quarterBounds(quarter as `${number}Q1`)
    const end = Date.parse(`${to}T23:59:59.999+08:00`)
    const department = departmentName ? (await ctx.payload.find({ collection: 'departments', where: { name: { equals: departmentName } } })).docs[0].id : null
    const ours = (d: unknown) => department === null || String(typeof d === 'object' && d ? (d as { id: unknown }).id : d) === String(department)
    const within = (day: string | null | undefined) => Boolean(day) && day! >= from && day! <= to
    const documents = (await ctx.payload.find({ collection: 'documents', where: { _status: { equals: 'published' } }, pagination: false, depth: 1, overrideAccess: true })).docs.filter(
      (d) => ['proactive', 'partial'].includes(String(d.disclosure)) && d.publishedAt && within(beijingDay(d.publishedAt)) && ours(d.department),
    )
    const columnKind = (d: (typeof documents)[number]) => (typeof d.column === 'object' ? d.column.kind : null)
    const dynamic = documents.filter((d) => columnKind(d) === 'news').length
    const policies = documents.filter((d) => (d.kind ?? columnKind(d)) === 'policy')
    const interpretations = (await ctx.payload.find({ collection: 'interpretations', where: { _status: { equals: 'published' } }, pagination: false, depth: 0, overrideAccess: true })).docs
    const interpreted = policies.filter((p) => interpretations.some((i) => String(i.policy) === String(p.id) && (!i.linkedAt || Date.parse(i.linkedAt) <= end))).length
    const applications = (await ctx.payload.find({ collection: 'applications', pagination: false, depth: 0, overrideAccess: true })).docs.filter((a) => ours(a.department))
    const posts = ((await ctx.payload.find({ collection: 'new-media-posts' as never, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Array<{ month: string; count: number; department: unknown }>).filter(
      (p) => ours(p.department) && p.month >= from.slice(0, 7) && p.month <= to.slice(0, 7),
    )
    const accounts = (await ctx.payload.find({ collection: 'new-media-accounts', pagination: false, depth: 0, overrideAccess: true })).docs.filter((a) => ours(a.department) && !['closed', 'suspended'].includes(String(a.status)))
    return {
      published: { total: documents.length, dynamic, statutory: documents.length - dynamic },
      policies: { total: policies.length, interpreted },
      applications: { received: applications.filter((a) => within(a.receivedAt)).length, answered: applications.filter((a) => within(a.answeredAt)).length },
      newMedia: { posts: posts.reduce((sum, p) => sum + p.count, 0), accounts: accounts.length, closing: accounts.filter((a) => a.status === 'closing').length },
    }
  }
  const comparable = (f: Figures) => ({ published: f.published, policies: f.policies, applications: f.applications, newMedia: { posts: f.newMedia.posts, accounts: f.newMedia.accounts, closing: f.newMedia.closing } })

  it('freezes the last past quarter with the figures counted again, in total and for 县财政局', async () => {
    const [, last] = pastQuarters(localDate(new Date()))
    const { loadQuarter } = await import('../../plugins/inspection')
    const snapshot = await loadQuarter(ctx.payload, last)
    expect(snapshot.frozen).toBe(true)
    const again = await countAgain(last)
    expect(again.published.total).toBeGreaterThan(0)
    expect(comparable(snapshot.figures as Figures)).toEqual(again)
    expect(comparable(snapshot.departments.find((d) => d.name === '县财政局')!.figures as Figures)).toEqual(await countAgain(last, '县财政局'))
  })

  it('computes the running quarter live with the figures counted again', async () => {
    const { computeQuarter } = await import('../../plugins/inspection')
    const quarter = quarterOf(localDate(new Date()))
    const live = await computeQuarter(ctx.payload, quarter)
    expect(live.frozen).toBe(false)
    const again = await countAgain(quarter)
    expect(again.published.total).toBeGreaterThan(0)
    expect(comparable(live.figures as Figures)).toEqual(again)
    expect(live.departments.reduce((sum, d) => sum + d.figures.published.total, 0)).toBeLessThanOrEqual(again.published.total)
  })
})
