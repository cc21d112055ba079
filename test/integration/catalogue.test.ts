/**
 * The 目录 metadata, the 有效期 and the 基层政务公开标准目录 on a real Payload: the catalogue seeded on first start, a
 * column bound to 事项, the audit applying a 事项's 时限 on the working-day calendar (injected clock), the quarter's
 * grades endpoint, the new metadata filterable by staff (REST) and by the public (content API), and expiry turning
 * 有效性 into 已失效 with its flag. Every date is fixed: nothing depends on the day the tests run.
 */
import type { Payload } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeColumn, makeDepartment, makeDocument, makeUser, PASSWORD } from '../helpers/fixtures'
import { messageOf } from '../../domain/errors'
import { runAudit } from '../../plugins/audit'
import { seedCatalogue, STANDARD_CATALOGUE } from '../../plugins/catalogue'
import { expireItems } from '../../plugins/expiry'
import { computeQuarter } from '../../plugins/inspection'
import { bulletinAnnexes } from '../../domain/inspection/bulletinAnnexes'
import { domainsParagraph } from '../../domain/inspection/bulletin'
import { scopedSnapshot } from '../../domain/inspection/scope'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let payload: Payload
let dept: Department
let other: Department
let admin: User
let editor: User
const beijing = (day: string, time = '12:00') => new Date(`${day}T${time}:00+08:00`)
const matterNamed = async (title: string) => (await payload.find({ collection: 'catalogue-matters', where: { title: { equals: title } }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]!
const domainNamed = async (name: string) => (await payload.find({ collection: 'catalogue-domains', where: { name: { equals: name } }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]!
const asAdmin = async () => api(server.url, await login(server.url, admin.email, PASSWORD))
/** A published item written straight to the database, so that its publication day can lie in a fixed quarter. */
const published = (column: { id: number | string }, publishedAt: string, department: Department = dept) =>
  payload.db.create({
    collection: 'documents',
    data: { title: `已发布${Math.random()}`, column: column.id, department: department.id, disclosure: 'proactive', _status: 'published', publishedAt, formedAt: publishedAt, createdAt: publishedAt, updatedAt: publishedAt },
  })

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  server = await startServer(ctx)
  dept = await makeDepartment(payload, { name: '县发展和改革局' })
  other = await makeDepartment(payload, { name: '县财政局' })
  admin = await makeUser(payload, ['admin'], dept.id)
  editor = await makeUser(payload, ['editor'], other.id)
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('the seeded catalogue', () => {
  it('holds the 26 领域 and their 事项 after the first start, each 时限 parsed', async () => {
    expect((await payload.count({ collection: 'catalogue-domains' })).totalDocs).toBe(26)
    expect((await payload.count({ collection: 'catalogue-matters' })).totalDocs).toBe(STANDARD_CATALOGUE.reduce((n, d) => n + d.matters.length, 0))
    const approval = await matterNamed('审批结果')
    expect(approval.deadline).toEqual({ kind: 'working-days', days: 7, annualDate: null })
    expect((await matterNamed('招标公告')).deadline).toMatchObject({ kind: 'immediate', days: null })
  })

  it('is seeded once: a second start keeps the county’s edits', async () => {
    const domain = await domainNamed('救灾')
    await payload.update({ collection: 'catalogue-domains', id: domain.id, data: { aliases: '防灾减灾救灾' } })
    expect(await seedCatalogue(payload)).toBe(false)
    expect((await domainNamed('救灾')).aliases).toBe('防灾减灾救灾')
  })

  it('an edited 时限 is parsed again', async () => {
    const matter = await matterNamed('临时救助办事指南')
    const updated = await payload.update({ collection: 'catalogue-matters', id: matter.id, data: { timeLimit: '信息形成之日起十个工作日内' } })
    expect(updated.deadline).toEqual({ kind: 'working-days', days: 10, annualDate: null })
  })

  it('is staff-only: the public reads neither 领域 nor 事项', async () => {
    expect((await api(server.url).get('/api/catalogue-domains')).status).toBe(403)
    expect((await api(server.url).get('/api/catalogue-matters')).status).toBe(403)
  })
})

describe('a column bound to 事项 and the audit of their 时限', () => {
  it('flags an unpublished item past the 事项’s 7 working days, not before (2026-06-01 → 2026-06-10)', async () => {
    const approval = await matterNamed('审批结果')
    const column = await makeColumn(payload, { title: '项目审批结果', department: dept.id, catalogueMatters: [approval.id] } as never)
    expect(((await payload.findByID({ collection: 'columns', id: column.id, depth: 0 })) as { catalogueMatters?: unknown[] }).catalogueMatters).toEqual([approval.id])
    const item = await makeDocument(payload, { title: '某项目核准批复', column: column.id, department: dept.id, formedAt: beijing('2026-06-01', '09:00').toISOString() }, { draft: true })
    const findings = async (day: string) =>
      (await runAudit(payload, { now: beijing(day, '10:00'), dryRun: true })).findings.filter((f) => f.rule === 'catalogue-deadline' && f.subjectId === String(item.id))
    expect(await findings('2026-06-10')).toEqual([])
    const late = await findings('2026-06-11')
    expect(late).toHaveLength(1)
    expect(late[0]).toMatchObject({ severity: 'red', department: dept.id, subjectType: 'documents', dueAt: new Date('2026-06-10T23:59:59.999+08:00').toISOString() })
    expect(late[0]!.message).toBe('“某项目核准批复”属标准目录事项“审批结果”（公开时限：自作出行政决定之日起7个工作日内），自 2026-06-01 起 7 个工作日内应公开（2026-06-10 前），至今未公开')
  })

  it('counts working days across National Day 2026 (2026-09-28 + 7 → 2026-10-13)', async () => {
    const approval = await matterNamed('审批结果')
    const column = await makeColumn(payload, { title: '项目审批结果二', department: dept.id, catalogueMatters: [approval.id] } as never)
    const item = await makeDocument(payload, { title: '国庆前的批复', column: column.id, department: dept.id, formedAt: beijing('2026-09-28', '09:00').toISOString() }, { draft: true })
    const severity = async (day: string) =>
      (await runAudit(payload, { now: beijing(day, '10:00'), dryRun: true })).findings.find((f) => f.rule === 'catalogue-deadline' && f.subjectId === String(item.id))?.severity ?? null
    expect([await severity('2026-10-13'), await severity('2026-10-14')]).toEqual([null, 'red'])
  })
})

describe('GET /api/catalogue/grades/:quarter', () => {
  it('grades each 领域 较好 / 数量不足 / 未更新 from the items published in its columns in the quarter', async () => {
    const big = await makeColumn(payload, { title: '重大建设项目栏目', department: dept.id, catalogueMatters: [(await matterNamed('征收土地信息')).id] } as never)
    const trade = await makeColumn(payload, { title: '公共资源交易栏目', department: dept.id, catalogueMatters: [(await matterNamed('审批核准信息')).id] } as never)
    // 3 in Q3 2026 (the first and last instants of the quarter count), 1 in another quarter that does not.
    await published(big, beijing('2026-07-01', '00:00').toISOString())
    await published(big, beijing('2026-08-15').toISOString())
    await published(big, new Date('2026-09-30T23:59:59.000+08:00').toISOString(), other)
    await published(big, beijing('2026-10-01', '00:00').toISOString())
    await published(trade, beijing('2026-08-01').toISOString())
    const client = await asAdmin()
    const response = await client.get('/api/catalogue/grades/2026Q3')
    expect(response.status).toBe(200)
    const byName = Object.fromEntries(response.json.rows.map((r: { name: string; label: string; published: number }) => [r.name, `${r.label} ${r.published}`]))
    expect(byName['重大建设项目']).toBe('较好 3')
    expect(byName['公共资源交易']).toBe('数量不足 1')
    expect(byName['财政预决算']).toBe('未更新 0')
    expect(response.json.totals).toEqual({ good: 1, insufficient: 1, stale: 24 })
    expect(response.json.minItemsPerQuarter).toBe(3)
    // One department's figures: 县财政局 published one of the three.
    const own = await client.get(`/api/catalogue/grades/2026Q3?department=${other.id}`)
    expect(own.json.rows.find((r: { name: string }) => r.name === '重大建设项目')).toMatchObject({ published: 1, grade: 'insufficient' })
  })

  it('follows the setting: a minimum of 4 makes 3 items 数量不足', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { catalogue: { minItemsPerQuarter: 4 } } as never })
    const response = await (await asAdmin()).get('/api/catalogue/grades/2026Q3')
    expect(response.json.rows.find((r: { name: string }) => r.name === '重大建设项目')).toMatchObject({ published: 3, label: '数量不足' })
    await payload.updateGlobal({ slug: 'settings', data: { catalogue: { minItemsPerQuarter: 3 } } as never })
  })

  it('grades the 领域 in the quarter’s inspection too: its snapshot, and the 通报’s annex 2 and 基本情况', async () => {
    const snapshot = await computeQuarter(payload, '2026Q3', { now: beijing('2026-10-05') })
    expect(snapshot.domains).toHaveLength(26)
    expect(snapshot.domains!.find((d) => d.name === '重大建设项目')).toEqual({ name: '重大建设项目', published: 3, grade: 'good', label: '较好' })
    const annex = bulletinAnnexes(snapshot, '2026年第三季度')[1]
    expect(annex.header).toEqual(['序号', '领域', '本季度公开信息（条）', '情况'])
    expect(annex.rows.find((r) => r[1] === '公共资源交易')).toEqual([expect.any(Number), '公共资源交易', 1, '数量不足'])
    expect(annex.rows.at(-1)).toEqual(['', '合计', 4, '较好1个，数量不足1个，未更新24个'])
    expect(domainsParagraph(snapshot.domains!)).toBe('基层政务公开标准目录26个领域中，公开情况较好的1个，公开数量不足的1个，未更新的24个（见附件2）。')
    // An editor's view of the quarter does not carry the county's 领域.
    expect(scopedSnapshot(snapshot, other.id).domains).toBeUndefined()
  })

  it('refuses a malformed quarter, anonymous readers, and gives an editor their own department only', async () => {
    const bad = await (await asAdmin()).get('/api/catalogue/grades/2026Q5')
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toBe(messageOf('catalogue.quarter-invalid', '2026Q5'))
    expect((await api(server.url).get('/api/catalogue/grades/2026Q3')).status).toBe(401)
    const mine = await api(server.url, await login(server.url, editor.email, PASSWORD)).get(`/api/catalogue/grades/2026Q3?department=${dept.id}`)
    expect(mine.json.department).toBe(other.id)
    expect(mine.json.rows.find((r: { name: string }) => r.name === '重大建设项目')).toMatchObject({ published: 1 })
  })
})

describe('目录信息要素 and 有效期', () => {
  let policy: { id: number | string }
  let column: { id: number | string }

  beforeAll(async () => {
    column = await makeColumn(payload, { title: '规范性文件', kind: 'policy', department: dept.id })
    policy = await makeDocument(payload, {
      title: '关于优化营商环境的若干措施',
      column: column.id,
      department: dept.id,
      formedAt: beijing('2026-03-02').toISOString(),
      keywords: '营商环境、惠企',
      genre: 'notice',
      disclosureForms: ['website', 'gazette'],
      responsibleDepartment: other.id,
      source: '县发展和改革局',
      byline: '张三',
      effectiveUntil: '2026-06-30',
      requiresInterpretation: false,
    } as never)
  })

  it('staff search and filter on them (admin REST)', async () => {
    const client = await asAdmin()
    const ids = async (query: string) => (await client.get(`/api/documents?depth=0&${query}`)).json.docs.map((d: { id: unknown }) => d.id)
    expect(await ids('where[keywords][like]=营商')).toEqual([policy.id])
    expect(await ids('where[genre][equals]=notice')).toEqual([policy.id])
    expect(await ids(`where[responsibleDepartment][equals]=${other.id}`)).toEqual([policy.id])
    expect(await ids('where[disclosureForms][in]=gazette')).toEqual([policy.id])
    expect(await ids('where[byline][equals]=张三')).toEqual([policy.id])
    expect(await ids('where[genre][equals]=decision')).toEqual([])
  })

  it('the public reads and filters them through the content API', async () => {
    const anonymous = api(server.url)
    const found = await anonymous.get(`/api/documents?depth=0&where[source][equals]=${encodeURIComponent('县发展和改革局')}&where[effectiveUntil][less_than_equal]=2026-12-31`)
    expect(found.status).toBe(200)
    expect(found.json.docs.map((d: { id: unknown }) => d.id)).toEqual([policy.id])
    expect(found.json.docs[0]).toMatchObject({ keywords: '营商环境、惠企', genre: 'notice', disclosureForms: ['website', 'gazette'], responsibleDepartment: other.id, byline: '张三', effectiveUntil: '2026-06-30', validity: 'valid' })
  })

  it('expiry › valid through 有效期至, 已失效 from the next day (Beijing), the other fields kept', async () => {
    expect(await expireItems(payload, { now: new Date('2026-06-30T23:59:00+08:00') })).toEqual([])
    expect(await expireItems(payload, { now: beijing('2026-07-01', '00:05') })).toEqual([policy.id])
    const row = await payload.findByID({ collection: 'documents', id: policy.id, depth: 0 })
    expect(row).toMatchObject({ validity: 'expired', validityChangedAt: new Date('2026-07-01T00:00:00+08:00').toISOString(), keywords: '营商环境、惠企', disclosureForms: ['website', 'gazette'], _status: 'published' })
    // The admin (newest version) shows the same, so a later edit does not bring 有效 back.
    const draft = await payload.findByID({ collection: 'documents', id: policy.id, depth: 0, draft: true })
    expect(draft).toMatchObject({ validity: 'expired', keywords: '营商环境、惠企', disclosureForms: ['website', 'gazette'] })
    expect(await expireItems(payload, { now: beijing('2026-07-02') })).toEqual([])
    const publicRow = await api(server.url).get(`/api/documents/${policy.id}?depth=0`)
    expect(publicRow.json.validity).toBe('expired')
  })

  it('expired information still online is flagged: yellow from 2026-07-01, red after 20 working days (2026-07-29)', async () => {
    const flag = async (day: string) => (await runAudit(payload, { now: beijing(day, '10:00'), dryRun: true })).findings.find((f) => f.rule === 'information-expired-online' && f.subjectId === String(policy.id))
    expect(await flag('2026-06-30')).toBeUndefined()
    expect(await flag('2026-07-01')).toMatchObject({ severity: 'yellow', department: dept.id })
    expect((await flag('2026-07-29'))?.severity).toBe('yellow')
    const red = await flag('2026-07-30')
    expect(red?.severity).toBe('red')
    expect(red?.message).toBe('“关于优化营商环境的若干措施”已于 2026-07-01 失效，超过 20 个工作日仍在网站公开：请撤回，或经审核标明“失效后继续公开”')
  })

  it('the change log announces the expired item again for static sites', async () => {
    const entry = async () =>
      ((await api(server.url).get('/api/public/changes?since=2000-01-01T00:00:00Z&limit=100')).json.items as Array<{ id: unknown; collection: string; op: string; at: string }>).find(
        (i) => i.collection === 'documents' && String(i.id) === String(policy.id),
      )
    const item = await makeDocument(payload, { title: '有效期至六月底的通知', column: column.id, department: dept.id, formedAt: beijing('2026-03-02').toISOString(), effectiveUntil: '2026-06-30', requiresInterpretation: false } as never)
    policy = item
    const before = await entry()
    expect(before?.op).toBe('upsert')
    expect(await expireItems(payload, { now: beijing('2026-07-01', '00:05') })).toEqual([item.id])
    const after = await entry()
    expect(after?.op).toBe('upsert')
    expect(after!.at > before!.at).toBe(true)
  })
})
