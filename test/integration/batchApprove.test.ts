/**
 * 批量审核 from 待我审核 (issue 13, point 10): POST /api/workflow/batch-approve runs the single 审核通过 for each
 * item, so each approved item gets exactly one register entry and each refused item its own Chinese reason; the
 * queue's facts (发布机构, 提交人, days waited, 办理时限, 退回原因) come from POST /api/workflow/queue-facts.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, daysAgo, login, makeColumn, makeDepartment, makeDocument, makeUser, type Crew } from '../helpers/fixtures'
import type { Column, Department, User } from '../../src/payload-types'
import type { Id } from '../../domain/ids'

let ctx: TestContext
let server: TestServer
let department: Department
let other: Department
let column: Column
let crew: Crew
let both: User

beforeAll(async () => {
  ctx = await bootPayload()
  department = await makeDepartment(ctx.payload, { name: '县人民政府办公室' })
  other = await makeDepartment(ctx.payload, { name: '县财政局' })
  crew = await crewFor(ctx.payload, department.id)
  // Writes and reviews in the same office: may sign what others submitted, never what they wrote.
  both = await makeUser(ctx.payload, ['editor', 'reviewer'], department.id, { name: '既报送又初审' })
  column = await makeColumn(ctx.payload, { kind: 'notice' })
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const submitted = async (by: User, dept: Id = department.id) => {
  const doc = await makeDocument(ctx.payload, { column: column.id, department: dept }, { draft: true })
  await act(ctx.payload, by, { collection: 'documents', id: doc.id, action: 'submit' })
  return doc.id
}

const register = async (id: Id, action?: string) =>
  (
    await ctx.payload.find({
      collection: 'approval-records',
      where: { and: [{ 'subject.value': { equals: id } }, { 'subject.relationTo': { equals: 'documents' } }, ...(action ? [{ action: { equals: action } }] : [])] },
      depth: 0,
      limit: 50,
    })
  ).docs

describe('POST /api/workflow/batch-approve', () => {
  it('approves each item through its own 审核通过: one register entry per item, per-item refusals in Chinese', async () => {
    const a = await submitted(crew.editor)
    const b = await submitted(crew.editor)
    // Written and submitted by the same person who now reviews the batch.
    const asBoth = api(server.url, await login(server.url, both.email))
    const own = await asBoth.post('/api/documents', {
      title: '本人撰写的通知',
      column: column.id,
      department: department.id,
      formedAt: daysAgo(1),
      disclosure: 'proactive',
      body: body('正文内容'),
      _status: 'draft',
    })
    expect(own.status).toBe(201)
    const ownId = own.json.doc.id as Id
    await act(ctx.payload, both, { collection: 'documents', id: ownId, action: 'submit' })
    const draft = (await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })).id
    const elsewhere = await submitted(await makeUser(ctx.payload, ['editor'], other.id), other.id)

    const res = await asBoth.post('/api/workflow/batch-approve', {
      opinion: '同意报送',
      items: [a, b, ownId, draft, elsewhere].map((id) => ({ collection: 'documents', id })),
    })
    expect(res.status).toBe(200)
    expect(res.json.approved).toBe(2)
    expect(res.json.refused).toBe(3)
    const result = (id: Id) => (res.json.results as Array<{ id: Id; ok: boolean; message: string; reviewState?: string }>).find((r) => String(r.id) === String(id))!
    expect(result(a)).toMatchObject({ ok: true, reviewState: 'first-reviewed' })
    expect(result(b)).toMatchObject({ ok: true, reviewState: 'first-reviewed' })
    for (const refused of [ownId, draft, elsewhere]) {
      expect(result(refused).ok).toBe(false)
      expect(result(refused).message).toMatch(/[\u4e00-\u9fff]/)
      expect(result(refused).message).not.toMatch(/[A-Za-z]{4,}/)
    }
    expect(res.json.message).toBe('已审核通过 2 项，3 项未通过，原因见各项说明')

    // Exactly one 审核通过 entry for each approved item, signed by the batch's user with the batch's opinion.
    for (const id of [a, b]) {
      const entries = await register(id, 'approve')
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ actor: both.id, opinion: '同意报送', fromState: 'submitted', toState: 'first-reviewed' })
      expect(entries[0].precheck).toBeTruthy()
    }
    // Nothing for the refused ones, and their state is unchanged.
    for (const id of [ownId, draft, elsewhere]) expect(await register(id, 'approve')).toHaveLength(0)
    const ownNow = await ctx.payload.findByID({ collection: 'documents', id: ownId, draft: true, depth: 0 })
    expect(ownNow.reviewState).toBe('submitted')
  })

  it('answers the same refusal as the single 审核通过 for an item the author tries to sign', async () => {
    const asBoth = api(server.url, await login(server.url, both.email))
    const id = await submitted(both)
    const single = await asBoth.post(`/api/documents/${id}/workflow`, { action: 'approve' })
    const batch = await asBoth.post('/api/workflow/batch-approve', { items: [{ collection: 'documents', id }] })
    expect(single.status).toBeGreaterThanOrEqual(400)
    expect(batch.json.results[0].ok).toBe(false)
    expect(batch.json.results[0].message).toContain(single.json.errors[0].message)
  })

  it('refuses anonymous callers, an empty batch and a collection outside the workflow', async () => {
    const anonymous = await api(server.url).post('/api/workflow/batch-approve', { items: [{ collection: 'documents', id: 1 }] })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('请先登录')
    const asReviewer = api(server.url, await login(server.url, crew.reviewer.email))
    const empty = await asReviewer.post('/api/workflow/batch-approve', { items: [] })
    expect(empty.status).toBe(400)
    expect(empty.json.errors[0].message).toBe('请选择要批量审核的稿件')
    const columns = await asReviewer.post('/api/workflow/batch-approve', { items: [{ collection: 'columns', id: column.id }] })
    expect(columns.json.results[0]).toMatchObject({ ok: false, message: '该内容类型不经过审核流程' })
  })
})

describe('POST /api/workflow/queue-facts', () => {
  it('gives 发布机构, 提交人, the days waited and the 办理时限 from the settings', async () => {
    const id = await submitted(crew.editor)
    const asReviewer = api(server.url, await login(server.url, crew.reviewer.email))
    const res = await asReviewer.post('/api/workflow/queue-facts', { items: [{ collection: 'documents', id }] })
    expect(res.status).toBe(200)
    const [facts] = res.json.facts
    expect(facts.department).toEqual({ id: department.id, name: '县人民政府办公室' })
    expect(facts.submitter).toBe(crew.editor.name)
    expect(facts.waiting.limit).toBe(5)
    expect(facts.waiting.days).toBe(0)
    expect(facts.waiting.workingDays).toEqual({ min: 0, max: 0 })
    expect(typeof facts.waiting.dueAt).toBe('string')
    expect(facts.waiting.overdue).toBe(false)
    expect(facts.lastReturn).toBeNull()
  })

  it('gives a returned item the time and reason of its return', async () => {
    const id = await submitted(crew.editor)
    await act(ctx.payload, crew.reviewer, { collection: 'documents', id, action: 'return', opinion: '发文字号有误，请核对' })
    const asEditor = api(server.url, await login(server.url, crew.editor.email))
    const res = await asEditor.post('/api/workflow/queue-facts', { items: [{ collection: 'documents', id }] })
    const [facts] = res.json.facts
    expect(facts.lastReturn).toMatchObject({ reason: '发文字号有误，请核对', actorName: crew.reviewer.name })
    expect(Number.isNaN(new Date(facts.lastReturn.at).getTime())).toBe(false)
    expect(facts.waiting).toBeNull()
  })

  it('refuses anonymous callers', async () => {
    const anonymous = await api(server.url).post('/api/workflow/queue-facts', { items: [{ collection: 'documents', id: 1 }] })
    expect(anonymous.status).toBe(401)
  })
})
