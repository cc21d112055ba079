/**
 * 政策解读 ↔ 政策文件: which policy an interpretation may name, never public before its policy, the link deadline on
 * the working-day calendar, the join in both directions for anonymous readers (REST and GraphQL), the withdrawal
 * cascade, and the overdue query the audit calls.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeInterpretation, makeUser, publishThroughWorkflow } from '../helpers/fixtures'
import { findOverduePolicies, overduePolicyBatches } from '../../plugins/interpretations/actions/overduePolicies'
import { publishDueItems } from '../../plugins/workflow/actions/publishDueItems'
import type { RelationshipField, Where } from 'payload'


/** The interpretation's policy field as the admin picker calls it: its filterOptions answers the eligible policies. */
type PolicyField = { filterOptions: (args: { req: { context: object } }) => Where }
let ctx: TestContext
let server: TestServer
let dept: { id: number | string }
let policyColumn: { id: number | string }
let newsColumn: { id: number | string }
let crew: Awaited<ReturnType<typeof crewFor>>
let anon: ReturnType<typeof api>
let editorApi: ReturnType<typeof api>
let adminApi: ReturnType<typeof api>

const payload = () => ctx.payload

/**
 * Settings for the link deadline; every test that changes them sets them explicitly. These tests count from the
 * policy's publication (`published`), whose instant the workflow's `now` sets; counting from 印发 (the default) is
 * tested in auditInterpretations.test.ts.
 */
const setLinkRule = (interpretationLinkDays: number, interpretationLinkDayType: 'calendar' | 'working', interpretationLinkFrom: 'formed' | 'published' = 'published') =>
  payload().updateGlobal({
    slug: 'settings',
    data: { deadlines: { publishWorkingDays: 20, reviewStuckWorkingDays: 5, interpretationLinkDays, interpretationLinkDayType, interpretationLinkFrom } },
  })

/** A policy taken through the three reviews, the last signature given at `at` (its 发布日期). */
const policyPublishedAt = async (at: string, data: Record<string, unknown> = {}) => {
  const doc = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy', ...data }, { draft: true })
  await act(payload(), crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
  await act(payload(), crew.reviewer, { collection: 'documents', id: doc.id, action: 'approve' })
  await act(payload(), crew.secrecy, { collection: 'documents', id: doc.id, action: 'approve' })
  await act(payload(), crew.approver, { collection: 'documents', id: doc.id, action: 'approve', now: new Date(at) })
  return payload().findByID({ collection: 'documents', id: doc.id, depth: 0 }) as Promise<Record<string, any>>
}

/** An interpretation taken through the reviews, the last signature at `at`. */
const interpretationPublishedAt = async (policy: number | string, at: string) => {
  const item = await makeInterpretation(payload(), { policy, department: dept.id }, { draft: true })
  await act(payload(), crew.editor, { collection: 'interpretations', id: item.id, action: 'submit' })
  await act(payload(), crew.reviewer, { collection: 'interpretations', id: item.id, action: 'approve' })
  await act(payload(), crew.secrecy, { collection: 'interpretations', id: item.id, action: 'approve' })
  await act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve', now: new Date(at) })
  return payload().findByID({ collection: 'interpretations', id: item.id, depth: 0 }) as Promise<Record<string, any>>
}

const refusal = async (call: Promise<unknown>): Promise<{ status: number; message: string }> => {
  try {
    await call
  } catch (error) {
    const e = error as { status?: number; message: string; data?: { errors?: Array<{ message: string }> } }
    return { status: e.status ?? 0, message: e.data?.errors?.[0]?.message ?? e.message }
  }
  throw new Error('expected a refusal, but the call succeeded')
}

beforeAll(async () => {
  ctx = await bootPayload()
  dept = await makeDepartment(payload(), { name: '县发展和改革局' })
  policyColumn = await makeColumn(payload(), { kind: 'policy' })
  newsColumn = await makeColumn(payload(), { kind: 'news' })
  crew = await crewFor(payload(), dept.id)
  const admin = await makeUser(payload(), ['admin'], dept.id)
  server = await startServer(ctx)
  anon = api(server.url)
  editorApi = api(server.url, await login(server.url, crew.editor.email))
  adminApi = api(server.url, await login(server.url, admin.email))
  await setLinkRule(5, 'calendar')
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('which policy an interpretation may name', () => {
  it('accepts a public policy and a policy still in review (drafted together, 三同步)', async () => {
    const publicPolicy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' })
    const draftPolicy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' }, { draft: true })
    for (const policy of [publicPolicy.id, draftPolicy.id]) {
      const response = await editorApi.post('/api/interpretations?draft=true', { title: '解读', form: 'text', policy, department: dept.id, _status: 'draft' })
      expect(response.status).toBe(201)
    }
  })

  it.each([
    ['a document that is not a policy', { kind: 'news', column: 'news' }, '政策解读只能关联信息类别为“政策文件”的信息'],
    ['an on-request policy', { disclosure: 'on-request', onRequestReason: 'outside-proactive-scope', nonDisclosureReason: '不属于主动公开范围' }, '该政策文件不属于主动公开或部分公开，不能为其关联政策解读'],
    ['a withheld policy', { disclosure: 'withheld', nonDisclosureBasis: 'art14-state-secret', nonDisclosureReason: '涉密' }, '该政策文件不属于主动公开或部分公开，不能为其关联政策解读'],
  ])('refuses %s over REST with a Chinese message and saves nothing', async (_label, data, message) => {
    const { column, ...rest } = data as Record<string, unknown>
    const target = await makeDocument(payload(), {
      column: column === 'news' ? newsColumn.id : policyColumn.id,
      department: dept.id,
      kind: 'policy',
      ...rest,
    })
    const before = await payload().count({ collection: 'interpretations', overrideAccess: true })
    const response = await editorApi.post('/api/interpretations?draft=true', { title: '被拒绝的解读', form: 'text', policy: target.id, department: dept.id, _status: 'draft' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'policy', message })])
    expect((await payload().count({ collection: 'interpretations', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a withdrawn policy, and refuses re-pointing an existing interpretation at one', async () => {
    const withdrawn = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' })
    await act(payload(), crew.approver, { collection: 'documents', id: withdrawn.id, action: 'withdraw', reason: '已废止' })
    const response = await editorApi.post('/api/interpretations?draft=true', { title: '解读', form: 'text', policy: withdrawn.id, department: dept.id, _status: 'draft' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].message).toBe('该政策文件已撤回，不能为其关联政策解读')

    const good = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' })
    const draft = await editorApi.post('/api/interpretations?draft=true', { title: '解读', form: 'text', policy: good.id, department: dept.id, _status: 'draft' })
    const repoint = await editorApi.patch(`/api/interpretations/${draft.json.doc.id}?draft=true`, { policy: withdrawn.id })
    expect(repoint.status).toBe(400)
    expect(repoint.json.errors[0].data.errors[0].message).toBe('该政策文件已撤回，不能为其关联政策解读')
    const stored = await payload().findByID({ collection: 'interpretations', id: draft.json.doc.id, draft: true, depth: 0 })
    expect(stored.policy).toBe(good.id)
  })

  it('offers only eligible policies in the admin picker (filterOptions)', async () => {
    const field = payload().collections.interpretations.config.fields.find((f) => 'name' in f && f.name === 'policy') as RelationshipField & PolicyField
    const where = field.filterOptions({ req: { context: {} } })
    const eligible = await payload().find({ collection: 'documents', where, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    const all = await payload().find({ collection: 'documents', limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(eligible.docs.length).toBeGreaterThan(0)
    expect(eligible.docs.length).toBeLessThan(all.docs.length)
    for (const doc of eligible.docs) {
      expect(doc.kind).toBe('policy')
      expect(['proactive', 'partial']).toContain(doc.disclosure)
      expect(doc.reviewState).not.toBe('withdrawn')
    }
  })
})

describe('never public before its policy', () => {
  it('refuses the final approval while the policy is still in review, then allows it once the policy is public', async () => {
    const policy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' }, { draft: true })
    const item = await makeInterpretation(payload(), { policy: policy.id, department: dept.id }, { draft: true })
    await act(payload(), crew.editor, { collection: 'interpretations', id: item.id, action: 'submit' })
    await act(payload(), crew.reviewer, { collection: 'interpretations', id: item.id, action: 'approve' })
    await act(payload(), crew.secrecy, { collection: 'interpretations', id: item.id, action: 'approve' })
    const refused = await refusal(act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve' }))
    expect(refused).toEqual({ status: 400, message: '所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布' })
    const unchanged = await payload().findByID({ collection: 'interpretations', id: item.id, draft: true, depth: 0 })
    expect(unchanged.reviewState).toBe('secrecy-reviewed')
    expect(unchanged._status).toBe('draft')
    expect((await anon.get(`/api/interpretations/${item.id}`)).status).toBe(404)

    await publishThroughWorkflow(payload(), 'documents', policy.id, dept.id)
    const published = await act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve' })
    expect(published.reviewState).toBe('published')
    expect(published.linkedLate).toBe(false)
    expect((await anon.get(`/api/interpretations/${item.id}`)).status).toBe(200)
  })

  it('refuses force-publishing an interpretation ahead of its policy too', async () => {
    const policy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' }, { draft: true })
    const item = await makeInterpretation(payload(), { policy: policy.id, department: dept.id }, { draft: true })
    const admin = await makeUser(payload(), ['admin'], dept.id)
    const refused = await refusal(act(payload(), admin, { collection: 'interpretations', id: item.id, action: 'force-publish', reason: '紧急' }))
    expect(refused.message).toBe('所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布')
  })

  it('schedules an interpretation with its policy (same moment), refuses one scheduled earlier, and the scheduler publishes both in order', async () => {
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    const earlier = new Date(Date.now() + 1_800_000).toISOString()
    const policy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy' }, { draft: true })
    const item = await makeInterpretation(payload(), { policy: policy.id, department: dept.id }, { draft: true })
    for (const [collection, id] of [['documents', policy.id], ['interpretations', item.id]] as const) {
      await act(payload(), crew.editor, { collection, id, action: 'submit' })
      await act(payload(), crew.reviewer, { collection, id, action: 'approve' })
      await act(payload(), crew.secrecy, { collection, id, action: 'approve' })
    }
    // Before the policy is scheduled, scheduling the interpretation is refused.
    expect((await refusal(act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve', publishAt }))).message).toBe(
      '所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布',
    )
    await act(payload(), crew.approver, { collection: 'documents', id: policy.id, action: 'approve', publishAt })
    expect((await refusal(act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve', publishAt: earlier }))).message).toBe(
      '所解读的政策文件尚未公开发布，政策解读不能先于政策文件发布',
    )
    const scheduled = await act(payload(), crew.approver, { collection: 'interpretations', id: item.id, action: 'approve', publishAt })
    expect(scheduled.reviewState).toBe('scheduled')

    const summary = await publishDueItems(payload(), new Date(Date.parse(publishAt) + 1000))
    expect(summary.refused).toEqual([])
    const order = summary.published.map((p) => `${p.collection}:${p.id}`)
    expect(order.indexOf(`documents:${policy.id}`)).toBeLessThan(order.indexOf(`interpretations:${item.id}`))
    expect(order.indexOf(`documents:${policy.id}`)).toBeGreaterThanOrEqual(0)
    const linked = await payload().findByID({ collection: 'interpretations', id: item.id, depth: 0 })
    const issued = await payload().findByID({ collection: 'documents', id: policy.id, depth: 0 })
    expect(linked.reviewState).toBe('published')
    // Released with the policy (三同步): linked at the policy's issue, on time.
    expect(Date.parse(linked.linkedAt!)).toBe(Date.parse(issued.publishedAt!))
    expect(linked.linkedLate).toBe(false)
  })
})

describe('link deadline and lateness', () => {
  afterAll(() => setLinkRule(5, 'calendar'))

  it('counts 5 calendar days from the policy issue in Beijing time: on the 5th day on time, on the 6th late', async () => {
    await setLinkRule(5, 'calendar')
    // Issued 2026-09-30 23:30 Beijing (15:30 UTC): the day of issue is 09-30, the deadline the end of 10-05.
    const policy = await policyPublishedAt('2026-09-30T15:30:00.000Z')
    const onTime = await interpretationPublishedAt(policy.id, '2026-10-05T15:59:00.000Z')
    expect(onTime.linkDeadline).toBe('2026-10-05T15:59:59.999Z')
    expect(onTime.linkedAt).toBe('2026-10-05T15:59:00.000Z')
    expect(onTime.linkedLate).toBe(false)
    const late = await interpretationPublishedAt(policy.id, '2026-10-05T16:00:00.000Z')
    expect(late.linkDeadline).toBe('2026-10-05T15:59:59.999Z')
    expect(late.linkedLate).toBe(true)
  })

  it('counts working days across 国庆 and its Saturday make-up day when the setting says so', async () => {
    await setLinkRule(3, 'working')
    // Issued Wednesday 2026-09-30: working days 10-08, 10-09, 10-10 (a make-up Saturday) → due the end of 10-10.
    const policy = await policyPublishedAt('2026-09-30T02:00:00.000Z')
    const onTime = await interpretationPublishedAt(policy.id, '2026-10-10T09:00:00.000Z')
    expect(onTime.linkDeadline).toBe('2026-10-10T15:59:59.999Z')
    expect(onTime.linkedLate).toBe(false)
    const late = await interpretationPublishedAt(policy.id, '2026-10-11T01:00:00.000Z')
    expect(late.linkedLate).toBe(true)
  })

  it('publishes when a working-day deadline runs into a year the calendar does not know: on time before the earliest possible deadline, the deadline left open; exact once the year is entered', async () => {
    await setLinkRule(5, 'working')
    const policy = await policyPublishedAt('2026-12-29T02:00:00.000Z')
    const reviewed = async () => {
      const item = await makeInterpretation(payload(), { policy: policy.id, department: dept.id }, { draft: true })
      await act(payload(), crew.editor, { collection: 'interpretations', id: item.id, action: 'submit' })
      await act(payload(), crew.reviewer, { collection: 'interpretations', id: item.id, action: 'approve' })
      await act(payload(), crew.secrecy, { collection: 'interpretations', id: item.id, action: 'approve' })
      return item
    }
    const first = await reviewed()
    const published = await act(payload(), crew.approver, { collection: 'interpretations', id: first.id, action: 'approve', now: new Date('2026-12-30T02:00:00.000Z') })
    expect(published.reviewState).toBe('published')
    expect(published.linkDeadline ?? null).toBeNull()
    expect(published.linkedLate).toBe(false)

    // The web office enters the 2027 arrangement: 元旦 1.1 (Friday) off.
    const entered = await adminApi.post('/api/calendar-days', { date: '2027-01-01', kind: 'holiday', note: '元旦', source: '国办发明电〔2026〕X号' })
    expect(entered.status).toBe(201)
    const second = await reviewed()
    const exact = await act(payload(), crew.approver, { collection: 'interpretations', id: second.id, action: 'approve', now: new Date('2026-12-30T02:00:00.000Z') })
    // Five working days after 12-29: 12-30, 12-31, (1.1 off, weekend) 1.4, 1.5, 1.6 → due the end of 2027-01-06.
    expect(exact.linkDeadline).toBe('2027-01-06T15:59:59.999Z')
    expect(exact.linkedLate).toBe(false)
  })
})

describe('节假日调整 (calendar overrides)', () => {
  it('refuses a malformed date, a duplicate date, and non-admins, with Chinese messages', async () => {
    const malformed = await adminApi.post('/api/calendar-days', { date: '2027-02-30', kind: 'holiday' })
    expect(malformed.status).toBe(400)
    expect(malformed.json.errors[0].data.errors[0].message).toBe('日期格式应为 YYYY-MM-DD，例如 2027-01-01')
    await adminApi.post('/api/calendar-days', { date: '2027-02-06', kind: 'workday', note: '春节调休上班' })
    const duplicate = await adminApi.post('/api/calendar-days', { date: '2027-02-06', kind: 'holiday' })
    expect(duplicate.status).toBe(400)
    const byEditor = await editorApi.post('/api/calendar-days', { date: '2027-03-01', kind: 'holiday' })
    expect(byEditor.status).toBe(403)
    expect((await anon.get('/api/calendar-days')).status).toBe(403)
  })
})

describe('the link in both directions for anonymous readers', () => {
  let policy: Record<string, any>
  let linked: Record<string, any>
  let pending: Record<string, any>

  beforeAll(async () => {
    policy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy', title: '关于支持个体工商户发展的若干措施' })
    linked = await makeInterpretation(payload(), { policy: policy.id, department: dept.id, title: '图解：支持个体工商户发展的若干措施' })
    pending = await makeInterpretation(payload(), { policy: policy.id, department: dept.id, title: 'PENDINGINTERP 尚在审核的解读' }, { draft: true })
  })

  it('lists only public interpretations in the policy’s join field over REST', async () => {
    const response = await anon.get(`/api/documents/${policy.id}?depth=0`)
    expect(response.status).toBe(200)
    expect(response.json.interpretations.docs).toEqual([linked.id])
    const populated = await anon.get(`/api/documents/${policy.id}?depth=1`)
    expect(populated.json.interpretations.docs.map((d: { title: string }) => d.title)).toEqual(['图解：支持个体工商户发展的若干措施'])
    expect(populated.text).not.toContain('PENDINGINTERP')
    // Staff see the pending one too.
    const staff = await editorApi.get(`/api/documents/${policy.id}?depth=0&draft=true`)
    expect(staff.json.interpretations.docs).toEqual(expect.arrayContaining([linked.id, pending.id]))
  })

  it('answers the documented join query (limit and sort on the join)', async () => {
    const response = await anon.get(`/api/documents/${policy.id}?depth=1&joins[interpretations][limit]=20&joins[interpretations][sort]=linkedAt`)
    expect(response.status).toBe(200)
    expect(response.json.interpretations.docs.map((d: { id: number }) => d.id)).toEqual([linked.id])
    expect(response.json.interpretations.docs[0]).toMatchObject({ linkedLate: false, linkDeadline: expect.any(String) })
    // A join filter on a hidden path is refused like any other anonymous filter.
    expect((await anon.get(`/api/documents/${policy.id}?joins[interpretations][where][reviewState][equals]=draft`)).status).toBe(400)
  })

  it('serves the interpretation with its policy over REST', async () => {
    const response = await anon.get(`/api/interpretations/${linked.id}?depth=1`)
    expect(response.status).toBe(200)
    expect(response.json.policy.id).toBe(policy.id)
    expect(response.json.policy.title).toBe('关于支持个体工商户发展的若干措施')
    expect(response.json.linkedAt).toEqual(expect.any(String))
  })

  it('serves both directions over GraphQL', async () => {
    const response = await anon.graphql(
      `query ($id: ${typeof policy.id === 'number' ? 'Int' : 'String'}!) { Document(id: $id) { title interpretations { docs { id title policy { title } } } } }`,
      { id: policy.id },
    )
    expect(response.json.errors).toBeUndefined()
    expect(response.json.data.Document.interpretations.docs).toEqual([
      { id: linked.id, title: '图解：支持个体工商户发展的若干措施', policy: { title: '关于支持个体工商户发展的若干措施' } },
    ])
    expect(response.text).not.toContain('PENDINGINTERP')
  })
})

describe('withdrawing a policy', () => {
  it('flags its interpretations and takes them out of every public route; republishing brings them back', async () => {
    const policy = await makeDocument(payload(), { column: policyColumn.id, department: dept.id, kind: 'policy', title: 'CASCADEPOLICY 政策' })
    const item = await makeInterpretation(payload(), { policy: policy.id, department: dept.id, title: 'CASCADEINTERP 解读' })
    expect((await anon.get(`/api/interpretations/${item.id}`)).status).toBe(200)
    expect(item.policyWithdrawn).toBe(false)

    await act(payload(), crew.approver, { collection: 'documents', id: policy.id, action: 'withdraw', reason: '政策已废止' })
    const flagged = await payload().findByID({ collection: 'interpretations', id: item.id, depth: 0 })
    expect(flagged.policyWithdrawn).toBe(true)
    expect(flagged._status).toBe('published')
    expect((await anon.get(`/api/interpretations/${item.id}`)).status).toBe(404)
    expect((await anon.get('/api/interpretations?limit=100')).text).not.toContain('CASCADEINTERP')
    expect((await anon.get('/api/interpretations?where[title][like]=CASCADEINTERP')).json.totalDocs).toBe(0)
    const graphql = await anon.graphql('{ Interpretations(limit: 100) { docs { title } } }')
    expect(graphql.text).not.toContain('CASCADEINTERP')
    expect((await anon.get(`/api/documents/${policy.id}`)).status).toBe(404)
    // Staff see the flag; the public never does.
    expect((await editorApi.get(`/api/interpretations/${item.id}`)).json.policyWithdrawn).toBe(true)

    // The policy is revised and goes through the reviews again.
    await payload().update({ collection: 'documents', id: policy.id, draft: true, data: { title: 'CASCADEPOLICY 政策（修订）' } })
    await publishThroughWorkflow(payload(), 'documents', policy.id, dept.id)
    expect((await payload().findByID({ collection: 'interpretations', id: item.id, depth: 0 })).policyWithdrawn).toBe(false)
    const back = await anon.get(`/api/interpretations/${item.id}`)
    expect(back.status).toBe(200)
    expect(back.json.policyWithdrawn).toBeUndefined()
  })
})

describe('policies overdue for their interpretation (for the audit)', () => {
  afterAll(() => setLinkRule(5, 'calendar'))

  it('finds public policies past the deadline without a published interpretation, with days overdue, at the boundary', async () => {
    await setLinkRule(5, 'calendar')
    const marker = `OVERDUE${Date.now()}`
    // Issued 2026-11-10 10:00 Beijing → due the end of 11-15.
    const due = await policyPublishedAt('2026-11-10T02:00:00.000Z', { title: `${marker} 无解读` })
    const answered = await policyPublishedAt('2026-11-10T02:00:00.000Z', { title: `${marker} 已解读` })
    await interpretationPublishedAt(answered.id, '2026-11-12T02:00:00.000Z')
    const draftOnly = await policyPublishedAt('2026-11-10T02:00:00.000Z', { title: `${marker} 解读仍是草稿` })
    await makeInterpretation(payload(), { policy: draftOnly.id, department: dept.id }, { draft: true })
    await policyPublishedAt('2026-11-10T02:00:00.000Z', { title: `${marker} 不需要解读`, requiresInterpretation: false })
    const withdrawn = await policyPublishedAt('2026-11-10T02:00:00.000Z', { title: `${marker} 已撤回` })
    await act(payload(), crew.approver, { collection: 'documents', id: withdrawn.id, action: 'withdraw', reason: '废止' })

    const mine = async (now: string) => (await findOverduePolicies(payload(), { now: new Date(now) })).filter((p) => p.title.startsWith(marker))
    // The last minute of the deadline day: not yet overdue.
    expect(await mine('2026-11-15T15:59:00.000Z')).toEqual([])
    // The next morning: one day overdue.
    const overdue = await mine('2026-11-16T01:00:00.000Z')
    expect(overdue.map((p) => p.title).sort()).toEqual([`${marker} 无解读`, `${marker} 解读仍是草稿`].sort())
    expect(overdue.find((p) => p.id === due.id)).toEqual({
      id: due.id,
      title: `${marker} 无解读`,
      department: dept.id,
      publishedAt: '2026-11-10T02:00:00.000Z',
      issuedAt: '2026-11-10T02:00:00.000Z',
      from: 'published',
      deadline: '2026-11-15T15:59:59.999Z',
      daysOverdue: 1,
      workingDaysOverdue: null,
    })
    expect((await mine('2026-11-22T01:00:00.000Z')).find((p) => p.id === due.id)?.daysOverdue).toBe(7)
    // Small batches give the same answer as one.
    const batched = (await findOverduePolicies(payload(), { now: new Date('2026-11-16T01:00:00.000Z'), batchSize: 1 })).filter((p) => p.title.startsWith(marker))
    expect(batched).toEqual(overdue)
    // …and the batches really are that small: the audit never holds more than one batch of rows.
    const sizes: number[] = []
    for await (const batch of overduePolicyBatches(payload(), { now: new Date('2026-11-16T01:00:00.000Z'), batchSize: 2 })) sizes.push(batch.length)
    expect(sizes.length).toBeGreaterThanOrEqual(1)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe((await findOverduePolicies(payload(), { now: new Date('2026-11-16T01:00:00.000Z') })).length)
  })

  it('counts working days over a holiday when the rule is in working days', async () => {
    await setLinkRule(3, 'working')
    const marker = `WDOVERDUE${Date.now()}`
    // Issued 2026-09-30 → due the end of 10-10 (make-up Saturday); 10-11 is a Sunday, 10-12 Monday.
    const policy = await policyPublishedAt('2026-09-30T02:00:00.000Z', { title: `${marker} 政策` })
    const mine = async (now: string) => (await findOverduePolicies(payload(), { now: new Date(now) })).filter((p) => p.id === policy.id)
    expect(await mine('2026-10-09T08:00:00.000Z')).toEqual([])
    expect(await mine('2026-10-10T15:00:00.000Z')).toEqual([])
    const sunday = await mine('2026-10-11T02:00:00.000Z')
    expect(sunday).toHaveLength(1)
    expect(sunday[0]).toMatchObject({ deadline: '2026-10-10T15:59:59.999Z', daysOverdue: 1, workingDaysOverdue: 0 })
    expect((await mine('2026-10-12T02:00:00.000Z'))[0]).toMatchObject({ daysOverdue: 2, workingDaysOverdue: 1 })
  })
})

describe('GET /api/documents/:id/interpretation-status (the policy panel)', () => {
  afterAll(() => setLinkRule(5, 'calendar'))

  it('counts down on a policy waiting for its interpretation and turns to linked once one is published', async () => {
    await setLinkRule(5, 'calendar')
    const policy = await policyPublishedAt(new Date(Date.now() - 2 * 86_400_000).toISOString(), { title: '倒计时政策' })
    const waiting = await editorApi.get(`/api/documents/${policy.id}/interpretation-status`)
    expect(waiting.status).toBe(200)
    expect(waiting.json).toMatchObject({ state: 'pending', rule: { days: 5, dayType: 'calendar' }, interpretations: [] })
    expect(waiting.json.countdown.daysLeft).toBe(3)
    expect(waiting.json.message).toBe('尚未发布政策解读：须在发布后 5 日内关联，还剩 3 天')

    const draft = await makeInterpretation(payload(), { policy: policy.id, department: dept.id, title: '草稿解读' }, { draft: true })
    const stillWaiting = await editorApi.get(`/api/documents/${policy.id}/interpretation-status`)
    expect(stillWaiting.json.state).toBe('pending')
    expect(stillWaiting.json.interpretations).toEqual([expect.objectContaining({ id: draft.id, published: false, reviewState: 'draft' })])

    await publishThroughWorkflow(payload(), 'interpretations', draft.id, dept.id)
    const linked = await editorApi.get(`/api/documents/${policy.id}/interpretation-status`)
    expect(linked.json).toMatchObject({ state: 'linked', message: '已按时关联 1 篇政策解读', countdown: null })
    expect(linked.json.interpretations[0]).toMatchObject({ published: true, linkedLate: false })
  })

  it('reports an overdue policy, and refuses anonymous readers and other departments', async () => {
    const policy = await policyPublishedAt(new Date(Date.now() - 9 * 86_400_000).toISOString(), { title: '逾期政策' })
    const overdue = await editorApi.get(`/api/documents/${policy.id}/interpretation-status`)
    expect(overdue.json.state).toBe('overdue')
    expect(overdue.json.message).toMatch(/^已超过解读关联时限（发布后 5 日）[34] 天，请尽快发布政策解读$/)
    expect((await anon.get(`/api/documents/${policy.id}/interpretation-status`)).status).toBe(401)
    const other = await makeDepartment(payload(), { name: '其他部门' })
    const outsider = await makeUser(payload(), ['editor'], other.id)
    const outsiderApi = api(server.url, await login(server.url, outsider.email))
    expect((await outsiderApi.get(`/api/documents/${policy.id}/interpretation-status`)).status).toBe(404)
  })
})
