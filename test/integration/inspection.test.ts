/**
 * The quarterly inspection (plugins/inspection) on a real Payload: colours and scores at the rubric's boundaries from
 * audit notices, the quarter endpoint's scope, the frozen snapshot (once, immutable, reproduced after the items
 * change), the quarter's figures from published items, and the post log's CSV import. Quarters are the one before
 * the day the test runs (ended, so it can be frozen) and the one the test runs in (published items land there).
 */
import { createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { bootPayload, startServer, testDialect, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeColumn, makeDepartment, makeDocument, makeUser, PASSWORD, validationMessages } from '../helpers/fixtures'
import { endOfLocalDay, localDate, shiftDate, startOfLocalDay } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import { quarterBounds, quarterOf, type QuarterSnapshot } from '../../domain/inspection/model'
import { computeQuarter, freezeQuarter, loadInspectionSettings, loadQuarter } from '../../plugins/inspection'
import { countPublished } from '../../plugins/inspection/publishedCounts'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let payload: Payload
const today = localDate(new Date())
const current = quarterOf(today)
const previous = quarterOf(shiftDate(quarterBounds(current).from, -1))
const prev = quarterBounds(previous)
/** An instant on the `n`th day of the previous quarter, Beijing noon. */
const prevDay = (n: number) => new Date(startOfLocalDay(shiftDate(prev.from, n)).getTime() + 12 * 3_600_000).toISOString()
const afterPrev = new Date(endOfLocalDay(prev.to).getTime() + 3_600_000).toISOString()

const depts: Record<string, Department> = {}
let admin: User
let editorA: User
let editorB: User
let approver: User
const columns: Record<string, { id: number | string }> = {}

const notice = (department: Department | null, rule: string, severity: 'red' | 'yellow', detectedAt: string, resolvedAt: string | null, subject: { type: string; id: string } = { type: 'site', id: `s${Math.random()}` }) =>
  payload.db.create({
    collection: 'audit-notices',
    data: { rule, severity, subjectType: subject.type, subjectId: subject.id, subjectTitle: `${rule} 测试`, department: department?.id ?? null, message: rule, status: resolvedAt ? 'resolved' : 'open', detectedAt, lastSeenAt: detectedAt, resolvedAt, emailAttempts: 0, createdAt: detectedAt, updatedAt: detectedAt },
  })
const times = async (n: number, make: () => Promise<unknown>) => {
  for (let i = 0; i < n; i++) await make()
}
const rowOf = (snapshot: QuarterSnapshot, name: string) => snapshot.departments.find((d) => d.name === name)!
const summary = (snapshot: QuarterSnapshot) => Object.fromEntries(snapshot.departments.map((d) => [d.name, `${d.colour} ${d.score} #${d.rank}`]))
const tokens = new Map<string, Promise<string>>()
const as = async (user: User) => {
  if (!tokens.has(user.email)) tokens.set(user.email, login(server.url, user.email, PASSWORD))
  return api(server.url, await tokens.get(user.email)!)
}
const asAdmin = () => as(admin)
/** A published item written straight to the database, so that its publication day can lie in a past quarter. */
const published = (department: Department, column: { id: number | string }, publishedAt: string, extra: Record<string, unknown> = {}) =>
  payload.db.create({
    collection: 'documents',
    data: { title: `已发布${Math.random()}`, column: column.id, department: department.id, disclosure: 'proactive', _status: 'published', publishedAt, formedAt: publishedAt, createdAt: publishedAt, updatedAt: publishedAt, ...extra },
  })

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  for (const name of ['甲局', '乙局', '丙局', '丁局', '戊局', '己局', '庚局']) depts[name] = await makeDepartment(payload, { name })
  admin = await makeUser(payload, ['admin'], depts['甲局'].id)
  editorA = await makeUser(payload, ['editor'], depts['甲局'].id)
  editorB = await makeUser(payload, ['editor'], depts['乙局'].id)
  approver = await makeUser(payload, ['approver'], depts['乙局'].id)
  // The threshold at 96: 甲 and 庚 land exactly on it.
  await payload.updateGlobal({ slug: 'settings', data: { inspection: { yellowBelow: 96 } } as never })
  const resolvedIn = prevDay(20)
  await times(2, () => notice(depts['甲局'], 'column-stale', 'red', prevDay(2), resolvedIn))
  await times(2, () => notice(depts['庚局'], 'column-stale', 'red', prevDay(3), resolvedIn))
  await times(3, () => notice(depts['乙局'], 'column-stale', 'red', prevDay(4), resolvedIn))
  await notice(depts['丙局'], 'new-media-stale', 'red', prevDay(5), resolvedIn)
  await notice(depts['丁局'], 'publish-overdue', 'red', prevDay(6), afterPrev)
  await notice(depts['戊局'], 'review-stuck', 'yellow', prevDay(7), null)
  await times(6, () => notice(depts['己局'], 'column-empty', 'yellow', prevDay(8), resolvedIn))
  // Not of the quarter: resolved the day before it began, found after it ended, and a yellow warning with no points.
  await notice(depts['甲局'], 'column-stale', 'red', prevDay(-30), prevDay(-1))
  await notice(depts['甲局'], 'column-stale', 'red', afterPrev, null)
  await notice(depts['甲局'], 'interpretation-overdue', 'yellow', prevDay(9), resolvedIn)
  await notice(null, 'site-veto', 'red', prevDay(10), null)
  const a = depts['甲局']
  for (const kind of ['news', 'policy', 'guide', 'organization'] as const) columns[kind] = await makeColumn(payload, { kind, department: a.id })
  // The previous quarter's items, its last Beijing evening included, the evening before it began not.
  await published(a, columns.news, prevDay(1))
  await published(a, columns.news, new Date(endOfLocalDay(prev.to).getTime() - 30 * 60_000).toISOString())
  await published(a, columns.policy, prevDay(11), { kind: 'policy' })
  await published(a, columns.news, new Date(startOfLocalDay(prev.from).getTime() - 30 * 60_000).toISOString())
  server = await startServer(ctx)
}, 60_000)
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('colours and scores at the rubric’s boundaries', () => {
  let snapshot: QuarterSnapshot
  beforeAll(async () => {
    snapshot = await computeQuarter(payload, previous)
  })

  it('reads the threshold from the settings', async () => {
    expect((await loadInspectionSettings(payload)).yellowBelow).toBe(96)
    expect((await loadInspectionSettings(payload)).dynamicColumnKinds).toEqual(['news'])
  })

  it('scores, colours and ranks every department, equal scores sharing a rank', () => {
    expect(summary(snapshot)).toEqual({
      戊局: 'yellow 100 #1',
      丁局: 'red 98 #2',
      丙局: 'red 97 #3',
      甲局: 'green 96 #4',
      庚局: 'green 96 #4',
      乙局: 'yellow 94 #6',
      己局: 'yellow 90 #7',
    })
  })

  it('says why: a 单项否决, a red notice open at the close, a yellow one, a score below the line', () => {
    expect(rowOf(snapshot, '丙局').reasons).toEqual(['单项否决：政务新媒体'])
    expect(rowOf(snapshot, '丁局').reasons).toEqual(['季度末有 1 条红色督办通知未整改'])
    expect(rowOf(snapshot, '戊局').reasons).toEqual(['季度末有 1 条黄色预警未整改'])
    expect(rowOf(snapshot, '乙局').reasons).toEqual(['得分 94 低于 96 分'])
  })

  it('caps a deduction at the item’s points: six blank columns × 5 take 10', () => {
    expect(rowOf(snapshot, '己局').deductions).toEqual([{ item: 'column-empty', findings: 6, points: 10, notices: expect.any(Array) }])
  })

  it('keeps the site’s own 单项否决 apart from the departments', () => {
    expect(snapshot.site?.reasons).toEqual(['单项否决：网站单项否决指标'])
  })
})

describe('GET /api/inspection/quarters/:quarter', () => {
  it('answers the office with every department, as the contract says', async () => {
    const res = await (await asAdmin()).get(`/api/inspection/quarters/${previous}`)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ quarter: previous, frozen: false })
    expect(res.json.departments).toHaveLength(7)
    expect(res.json.departments[0]).toMatchObject({ name: '戊局', colour: 'yellow', score: 100, rank: 1 })
    expect(res.json.figures.published).toEqual({ total: 3, dynamic: 2, statutory: 1 })
  })

  it('gives an editor their own department’s row only, and an approver all', async () => {
    const mine = await (await as(editorB)).get(`/api/inspection/quarters/${previous}`)
    expect(mine.json.departments.map((d: { name: string }) => d.name)).toEqual(['乙局'])
    expect(mine.json.site).toBeUndefined()
    const all = await (await as(approver)).get(`/api/inspection/quarters/${previous}`)
    expect(all.json.departments).toHaveLength(7)
  })

  it('answers a running quarter again from memory, and anew as soon as its data changes', async () => {
    const first = await (await asAdmin()).get(`/api/inspection/quarters/${current}`)
    const again = await (await asAdmin()).get(`/api/inspection/quarters/${current}`)
    expect(again.json).toEqual(first.json)
    const before = first.json.departments.find((d: { name: string }) => d.name === '庚局')
    const today = new Date().toISOString()
    await notice(depts['庚局'], 'new-media-stale', 'red', today, null, { type: 'new-media-accounts', id: `cache-${Date.now()}` })
    const after = (await (await asAdmin()).get(`/api/inspection/quarters/${current}`)).json.departments.find((d: { name: string }) => d.name === '庚局')
    expect(after.colour).toBe('red')
    expect(after.score).toBeLessThan(before.score)
    // The test's own notice is closed again through the Local API (an update, counted by its updatedAt).
    const open = await payload.find({ collection: 'audit-notices', where: { subjectId: { like: 'cache-' } }, depth: 0 })
    await payload.update({ collection: 'audit-notices', id: open.docs[0].id, data: { status: 'resolved', resolvedAt: today } as never, overrideAccess: true })
    const resolved = (await (await asAdmin()).get(`/api/inspection/quarters/${current}`)).json.departments.find((d: { name: string }) => d.name === '庚局')
    expect(resolved).not.toEqual(after)
  })

  it('refuses the anonymous and a malformed quarter, in Chinese', async () => {
    const anonymous = await api(server.url).get(`/api/inspection/quarters/${previous}`)
    expect(anonymous.status).toBe(401)
    const bad = await (await asAdmin()).get('/api/inspection/quarters/2026Q5')
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toBe(messageOf('inspection.quarter-invalid', '2026Q5'))
  })
})

describe('freezing a quarter', () => {
  it('is refused to an editor and for a quarter not yet ended', async () => {
    const editor = await (await as(editorA)).post(`/api/inspection/quarters/${previous}/freeze`)
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toBe('只有网站管理员可以冻结季度检查结果')
    const early = await (await asAdmin()).post(`/api/inspection/quarters/${current}/freeze`)
    expect(early.status).toBe(400)
    expect(early.json.errors[0].message).toBe(messageOf('inspection.quarter-not-ended', current, quarterBounds(current).to))
  })

  it('freezes once, and the snapshot reproduces the quarter after its notices change', async () => {
    const live = await computeQuarter(payload, previous)
    const res = await (await asAdmin()).post(`/api/inspection/quarters/${previous}/freeze`)
    expect(res.status).toBe(201)
    expect(res.json.frozen).toBe(true)
    expect(res.json.departments).toEqual(JSON.parse(JSON.stringify(live.departments)))
    expect(res.json.figures.published).toEqual({ total: 3, dynamic: 2, statutory: 1 })
    expect(res.json.figures.policies).toEqual({ total: 1, interpreted: 0 })
    const again = await (await asAdmin()).post(`/api/inspection/quarters/${previous}/freeze`)
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toMatch(new RegExp(`^${previous} 已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 冻结，冻结后的结果不能更改$`))

    // The items change: 丁局 turns out to have corrected within the quarter, 甲局 gets a late finding.
    const open = await payload.find({ collection: 'audit-notices', where: { department: { equals: depts['丁局'].id } }, depth: 0 })
    await payload.db.updateOne({ collection: 'audit-notices', id: open.docs[0].id, data: { resolvedAt: prevDay(30), status: 'resolved' } })
    await notice(depts['甲局'], 'publish-overdue', 'red', prevDay(40), prevDay(41))
    await published(depts['甲局'], columns.news, prevDay(50))
    expect(rowOf(await computeQuarter(payload, previous), '丁局').colour).toBe('green')
    const frozen = await (await asAdmin()).get(`/api/inspection/quarters/${previous}`)
    expect(frozen.json.frozen).toBe(true)
    expect(summary(frozen.json)).toEqual(summary(live))
    expect(frozen.json.figures.published.total).toBe(3)
    expect((await computeQuarter(payload, previous)).figures.published.total).toBe(4)
    expect((await loadQuarter(payload, previous)).frozenAt).toBe(res.json.frozenAt)
  })

  it('keeps the snapshot out of reach of every API write, and refuses a second freeze from the Local API', async () => {
    const docs = (await payload.find({ collection: 'inspection-snapshots' as never, depth: 0 })).docs as Array<{ id: number | string }>
    const write = await (await asAdmin()).patch(`/api/inspection-snapshots/${docs[0].id}`, { data: {} })
    expect(write.status).toBe(403)
    const remove = await (await asAdmin()).del(`/api/inspection-snapshots/${docs[0].id}`)
    expect(remove.status).toBe(403)
    await expect(freezeQuarter(payload, previous)).rejects.toThrow(/冻结后的结果不能更改/)
  })

  it('refuses a 人工扣分 for a frozen quarter', async () => {
    await expect(payload.create({ collection: 'inspection-deductions' as never, data: { quarter: previous, department: depts['甲局'].id, item: 'content-quality', findings: 1, note: '错别字' } as never })).rejects.toThrow(
      messageOf('inspection.deduction-frozen', previous),
    )
  })
})

describe('the year’s result (GET /api/inspection/years/:year, 年终考核成绩)', () => {
  const year = Number(previous.slice(0, 4))
  type YearRow = { name: string; quarters: Record<string, number | null>; daily: number | null; yearEnd: number | null; result: number | null; rank: number | null }
  const yearRow = (body: { departments: YearRow[] }, name: string) => body.departments.find((d) => d.name === name)!
  const enter = (department: Department, score: number, y: number = year) =>
    payload.create({ collection: 'inspection-year-scores' as never, data: { year: y, department: department.id, score, note: '年终考核' } as never })

  it('weighs the frozen quarters’ average (40 %) with the year-end score (60 %) and ranks by the result', async () => {
    const frozen = (await (await asAdmin()).get(`/api/inspection/quarters/${previous}`)).json as QuarterSnapshot
    expect(frozen.frozen).toBe(true)
    const scoreOf = (name: string) => rowOf(frozen, name).score
    await enter(depts['甲局'], 90)
    await enter(depts['乙局'], 100)
    const res = await (await asAdmin()).get(`/api/inspection/years/${year}`)
    expect(res.status).toBe(200)
    expect(res.json.weights).toEqual({ daily: 0.4, yearEnd: 0.6 })
    expect(res.json.quarters).toEqual([1, 2, 3, 4].map((q) => ({ quarter: `${year}Q${q}`, frozen: `${year}Q${q}` === previous })))
    expect(res.json.departments).toHaveLength(7)
    const a = yearRow(res.json, '甲局')
    expect(a.quarters[previous]).toBe(scoreOf('甲局'))
    expect(a.daily).toBe(scoreOf('甲局'))
    expect(a.yearEnd).toBe(90)
    expect(a.result).toBeCloseTo(scoreOf('甲局') * 0.4 + 90 * 0.6, 2)
    const b = yearRow(res.json, '乙局')
    expect(b.result).toBeCloseTo(scoreOf('乙局') * 0.4 + 100 * 0.6, 2)
    // Ranked by result; a department without its year-end score has no result and no rank yet.
    const ranked = [a, b].sort((x, y) => y.result! - x.result!)
    expect(ranked[0].rank).toBe(1)
    expect(ranked[1].rank).toBe(ranked[0].result === ranked[1].result ? 1 : 2)
    expect(yearRow(res.json, '丙局')).toMatchObject({ daily: scoreOf('丙局'), yearEnd: null, result: null, rank: null })
    // The running quarter is not counted while it runs.
    if (current.startsWith(String(year))) expect(a.quarters[current]).toBeNull()
  })

  it('follows the weights in the settings, and refuses weights that do not sum to 1 next to the field', async () => {
    const before = await payload.findGlobal({ slug: 'settings', depth: 0 })
    const inspection = (before as unknown as { inspection: Record<string, unknown> }).inspection
    await expect(payload.updateGlobal({ slug: 'settings', data: { inspection: { ...inspection, dailyWeight: 0.5, yearEndWeight: 0.6 } } as never })).rejects.toMatchObject({
      data: { errors: [{ path: 'inspection.yearEndWeight', message: messageOf('inspection.weights-sum') }] },
    })
    await payload.updateGlobal({ slug: 'settings', data: { inspection: { ...inspection, dailyWeight: 0.5, yearEndWeight: 0.5 } } as never })
    try {
      const res = await (await asAdmin()).get(`/api/inspection/years/${year}`)
      const a = yearRow(res.json, '甲局')
      expect(res.json.weights).toEqual({ daily: 0.5, yearEnd: 0.5 })
      expect(a.result).toBeCloseTo(a.daily! * 0.5 + 90 * 0.5, 2)
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { inspection } as never })
    }
  })

  it('refuses a second score for the same year, a score beyond the full score and a malformed year, each at its field', async () => {
    expect(await validationMessages(enter(depts['甲局'], 80))).toEqual({ department: messageOf('inspection.year-score-duplicate', String(year)) })
    expect(await validationMessages(enter(depts['丙局'], 100.5))).toEqual({ score: messageOf('inspection.year-score-range', '100') })
    expect(await validationMessages(enter(depts['丙局'], -1))).toEqual({ score: messageOf('inspection.year-score-range', '100') })
    expect(await validationMessages(enter(depts['丙局'], 90, 1999))).toEqual({ year: messageOf('inspection.year-score-year', '1999') })
    // The next year's score of the same department is another record.
    await expect(enter(depts['甲局'], 80, year + 1)).resolves.toMatchObject({ score: 80 })
  })

  it('lets only the office enter scores, gives an editor their own row, and refuses the anonymous and a malformed year', async () => {
    const editor = await (await as(editorA)).post('/api/inspection-year-scores', { year, department: depts['丁局'].id, score: 99 })
    expect(editor.status).toBe(403)
    const mine = await (await as(editorB)).get(`/api/inspection/years/${year}`)
    expect(mine.json.departments.map((d: YearRow) => d.name)).toEqual(['乙局'])
    expect(mine.json.departments[0].rank).not.toBeNull()
    const anonymous = await api(server.url).get(`/api/inspection/years/${year}`)
    expect(anonymous.status).toBe(401)
    const bad = await (await asAdmin()).get('/api/inspection/years/20x6')
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toBe(messageOf('inspection.year-invalid', '20x6'))
  })
})

describe('the quarter’s figures', () => {
  it('counts published 主动公开 items (动态 / 法定), policies and their 解读, 依申请, new media and the column matrix', async () => {
    const a = depts['甲局']
    const now = new Date().toISOString()
    // Through the workflow: a news item; the rest written as published (a policy with its 解读, one without).
    await makeDocument(payload, { column: columns.news.id, department: a.id })
    const p1 = await published(a, columns.policy, now, { kind: 'policy' })
    await payload.db.create({ collection: 'interpretations', data: { title: '解读', policy: p1.id, department: a.id, form: 'text', _status: 'published', linkedAt: now, createdAt: now, updatedAt: now } })
    const draftOnly = await published(a, columns.policy, now, { kind: 'policy' })
    await payload.db.create({ collection: 'interpretations', data: { title: '未发布的解读', policy: draftOnly.id, department: a.id, form: 'text', _status: 'draft', createdAt: now, updatedAt: now } })
    await published(a, columns.news, now, { disclosure: 'partial' })
    // A policy by its column's kind alone (its own kind left empty).
    await published(a, columns.policy, now)
    await published(a, columns.guide, now)
    await published(a, columns.news, now, { disclosure: 'withheld' })
    await makeDocument(payload, { column: columns.news.id, department: a.id }, { draft: true })
    await published(depts['乙局'], columns.news, now)
    await notice(a, 'column-stale', 'red', now, null, { type: 'columns', id: String(columns.organization.id) })
    const account = (name: string, platform: string, accountId: string, status: string) =>
      payload.create({ collection: 'new-media-accounts', data: { name, platform, accountId, department: a.id, status } as never, overrideAccess: true })
    const good = await account('账号a1', 'wechat', 'a1', 'active')
    const stale = await account('账号a2', 'weibo', 'a2', 'active')
    await account('账号a3', 'douyin', 'a3', 'closing')
    await notice(a, 'new-media-stale', 'red', now, null, { type: 'new-media-accounts', id: String(stale.id) })
    await payload.create({ collection: 'new-media-posts' as never, data: { account: good.id, month: today.slice(0, 7), count: 42 } as never, overrideAccess: true })
    await payload.create({ collection: 'new-media-posts' as never, data: { account: stale.id, month: prev.from.slice(0, 7), count: 7 } as never, overrideAccess: true })
    for (const [receivedAt, answeredAt] of [[today, today], [today, null], [prev.to, today]] as const) {
      await payload.db.create({
        collection: 'applications',
        data: { trackingNumber: `YSQ${Math.random()}`, channel: 'letter', receivedAt, answeredAt, status: answeredAt ? 'answered' : 'received', department: a.id, applicantType: 'person', applicant: { name: '张三' }, description: '测试' },
      })
    }

    const snapshot = await computeQuarter(payload, current)
    const row = rowOf(snapshot, '甲局')
    expect(row.figures.published).toEqual({ total: 6, dynamic: 2, statutory: 4 })
    expect(row.figures.policies).toEqual({ total: 3, interpreted: 1 })
    expect(row.figures.applications).toEqual({ received: 2, answered: 2 })
    expect(row.figures.newMedia).toEqual({ posts: 42, accounts: 3, qualified: 1, unqualified: 1, closing: 1, passRate: 0.5 })
    expect(row.figures.columns).toMatchObject({ guide: 'fresh', organization: 'stale', leaders: 'missing', 'annual-report': 'missing' })
    expect(snapshot.figures.published).toEqual({ total: 7, dynamic: 3, statutory: 4 })
    // Counted in the database (GROUP BY) or read row by row (as on MongoDB): the same quarter.
    expect(await computeQuarter(payload, current, { countInDatabase: false })).toEqual(snapshot)
    const groups = await countPublished(payload, { documents: 'documents', interpretations: 'interpretations' }, startOfLocalDay(quarterBounds(current).from), endOfLocalDay(quarterBounds(current).to))
    if (testDialect() !== 'mongodb') {
      expect(groups).not.toBeNull()
      expect(groups!.filter((g) => String(g.department) === String(a.id)).reduce((n, g) => n + g.count, 0)).toBe(6)
    }
  })

  it('counts inside the request’s transaction: a freeze made in one (the demo seed) sees the rows written in it', async () => {
    const total = async (req?: PayloadRequest) => rowOf(await computeQuarter(payload, current, req ? { req } : {}), '丙局').figures.published.total
    const before = await total()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await payload.db.create({
        collection: 'documents',
        data: { title: '事务中发布', column: columns.news.id, department: depts['丙局'].id, disclosure: 'proactive', _status: 'published', publishedAt: new Date().toISOString(), createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
        req,
      })
      expect(await total(req)).toBe(before + 1)
      expect(rowOf(await computeQuarter(payload, current, { req, countInDatabase: false }), '丙局').figures.published.total).toBe(before + 1)
    } finally {
      await killTransaction(req)
    }
    expect(await total()).toBe(before)
  })

  it('counts a 解读 linked after the quarter’s close as missing for that quarter, both ways of counting alike', async () => {
    const a = depts['甲局']
    const before = rowOf(await computeQuarter(payload, previous), '甲局').figures.policies
    const policy = await published(a, columns.policy, prevDay(60), { kind: 'policy' })
    await payload.db.create({ collection: 'interpretations', data: { title: '迟到的解读', policy: policy.id, department: a.id, form: 'text', _status: 'published', linkedAt: afterPrev, createdAt: afterPrev, updatedAt: afterPrev } })
    const onTime = await published(a, columns.policy, prevDay(61), { kind: 'policy' })
    await payload.db.create({ collection: 'interpretations', data: { title: '按时的解读', policy: onTime.id, department: a.id, form: 'text', _status: 'published', linkedAt: prevDay(62), createdAt: prevDay(62), updatedAt: prevDay(62) } })
    const after = await computeQuarter(payload, previous)
    expect(rowOf(after, '甲局').figures.policies).toEqual({ total: before.total + 2, interpreted: before.interpreted + 1 })
    expect(await computeQuarter(payload, previous, { countInDatabase: false })).toEqual(after)
  })

  it('takes a 人工扣分 of the running quarter off the department’s score', async () => {
    const before = rowOf(await computeQuarter(payload, current), '乙局').score
    await payload.create({ collection: 'inspection-deductions' as never, data: { quarter: current, department: depts['乙局'].id, item: 'content-quality', findings: 2, note: '信息有错别字' } as never })
    expect(rowOf(await computeQuarter(payload, current), '乙局').score).toBe(before - 2)
    expect(await validationMessages(payload.create({ collection: 'inspection-deductions' as never, data: { quarter: current, department: depts['乙局'].id, item: 'column-update', findings: 1, note: 'x' } as never }))).toEqual({
      item: messageOf('inspection.deduction-item', 'column-update'),
    })
  })
})

describe('the post log’s CSV import (POST /api/new-media-posts/import)', () => {
  const upload = async (user: User | null, csv: string) => {
    const token = user ? await (tokens.get(user.email) ?? login(server.url, user.email, PASSWORD)) : null
    const form = new FormData()
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'export.csv')
    const res = await fetch(`${server.url}/api/new-media-posts/import`, { method: 'POST', headers: token ? { authorization: `JWT ${token}` } : {}, body: form })
    return { status: res.status, json: (await res.json()) as any }
  }
  const logged = async () => (await payload.find({ collection: 'new-media-posts' as never, where: { month: { like: '2025-' } }, depth: 0, sort: 'month' })).docs.map((d: any) => `${d.month}:${d.count}:${d.source}`)

  it('imports the export’s rows of the editor’s own accounts, and updates them on a second import', async () => {
    const first = await upload(editorA, '\uFEFF账号名称,账号ID,平台,统计月份,发文数\n账号a1,a1,微信,2025-01,12\n账号a2,a2,微博,2025-02,3\n')
    expect(first).toEqual({ status: 200, json: { rows: 2, created: 2, updated: 0 } })
    const second = await upload(editorA, '账号ID,平台,统计月份,发文数\na1,微信,2025-01,15\n')
    expect(second.json).toEqual({ rows: 1, created: 0, updated: 1 })
    expect(await logged()).toEqual(['2025-01:15:imported', '2025-02:3:imported'])
  })

  it('changes nothing when any row is bad, naming each row in Chinese', async () => {
    const res = await upload(editorA, '账号ID,平台,统计月份,发文数\na1,微信,2025-03,5\na2,微博,25-03,x\nzz,微信,2025-03,1\n')
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(messageOf('inspection.import-rows', '第 3 行：统计月份“25-03”应写作 yyyy-MM；发文数“x”应为不小于 0 的整数'))
    const unknown = await upload(editorA, '账号ID,平台,统计月份,发文数\na1,微信,2025-03,5\nzz,微信,2025-03,1\n')
    expect(unknown.json.errors[0].message).toBe(messageOf('inspection.import-rows', '第 3 行：找不到微信账号“zz”'))
    expect(await logged()).toEqual(['2025-01:15:imported', '2025-02:3:imported'])
  })

  it('refuses another department’s account, a missing header and the anonymous', async () => {
    const other = await upload(editorB, '账号ID,平台,统计月份,发文数\na1,微信,2025-04,5\n')
    expect(other.json.errors[0].message).toBe(messageOf('inspection.import-rows', '第 2 行：账号“a1”不属于本部门'))
    const header = await upload(editorA, '账号,平台,月份,发文数\na1,微信,2025-04,5\n')
    expect(header.json.errors[0].message).toBe(messageOf('inspection.import-header', '账号ID、统计月份'))
    expect((await upload(null, '账号ID,平台,统计月份,发文数\n')).status).toBe(401)
    expect(await logged()).toEqual(['2025-01:15:imported', '2025-02:3:imported'])
  })

  it('refuses an entered row for another department’s account, and a second row for the same month', async () => {
    const accounts = await payload.find({ collection: 'new-media-accounts', where: { accountId: { equals: 'a1' } }, depth: 0 })
    const asB = await (await as(editorB)).post('/api/new-media-posts', { account: accounts.docs[0].id, month: '2025-05', count: 1 })
    expect(asB.status).toBe(400)
    expect(asB.json.errors[0].data.errors[0]).toMatchObject({ path: 'account', message: '只能登记本部门账号的发文记录' })
    const twice = await (await as(editorA)).post('/api/new-media-posts', { account: accounts.docs[0].id, month: '2025-01', count: 1 })
    expect(twice.json.errors[0].data.errors[0]).toMatchObject({ path: 'month', message: messageOf('inspection.post-duplicate', '账号a1', '2025-01') })
  })
})

