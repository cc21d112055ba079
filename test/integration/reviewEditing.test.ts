/**
 * Issue 13, points 1 and 5, on the server: an edit during review goes back to 草稿 and the register says truthfully
 * whether signatures were voided; 撤销修改 throws an edit of a published item away and makes the published version
 * the one being edited again, publishing nothing (the public read, its updatedAt and the change feed stay as they were).
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import type { Column, Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
const users: Record<string, User> = {}
const as: Record<string, ReturnType<typeof api>> = {}
let deptA: Department
let column: Column
const anonymous = () => api(server.url)

const ACTORS = { editorA: ['editor'], reviewerA: ['reviewer'], secrecy: ['secrecy'], approver: ['approver'], admin: ['admin'], editorB: ['editor'] } as const

beforeAll(async () => {
  ctx = await bootPayload()
  deptA = await makeDepartment(ctx.payload, { name: '甲局' })
  const deptB = await makeDepartment(ctx.payload, { name: '乙局' })
  column = await makeColumn(ctx.payload, { kind: 'policy' })
  server = await startServer(ctx)
  for (const [name, roles] of Object.entries(ACTORS)) {
    users[name] = await makeUser(ctx.payload, [...roles], name.endsWith('B') ? deptB.id : deptA.id, { name })
    as[name] = api(server.url, await login(server.url, users[name].email))
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const newestRecord = async (id: number | string) =>
  (
    await ctx.payload.find({
      collection: 'approval-records',
      where: { and: [{ 'subject.value': { equals: id } }, { 'subject.relationTo': { equals: 'documents' } }] },
      sort: '-at',
      limit: 1,
      depth: 0,
    })
  ).docs[0]

const step = (user: string, id: number | string, action: string) => act(ctx.payload, users[user], { collection: 'documents', id, action, opinion: '同意' })

describe('an edit during review', () => {
  it('before any signature: back to 草稿, and the register names no signature', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: deptA.id }, { draft: true })
    await step('editorA', doc.id, 'submit')
    const res = await as.editorA.patch(`/api/documents/${doc.id}?draft=true`, { title: '审核中修改的标题' })
    expect(res.status).toBe(200)
    expect(res.json.doc.reviewState).toBe('draft')
    const record = await newestRecord(doc.id)
    expect(record.action).toBe('void')
    expect(record.opinion).toBe('内容在审核过程中被修改，已退回草稿')
  })

  it('after a signature: back to 草稿, and the register says the signatures are void', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: deptA.id }, { draft: true })
    await step('editorA', doc.id, 'submit')
    await step('reviewerA', doc.id, 'approve')
    await as.editorA.patch(`/api/documents/${doc.id}?draft=true`, { title: '初审后修改的标题' })
    const record = await newestRecord(doc.id)
    expect(record.opinion).toBe('内容在审核过程中被修改，已有签名作废，退回草稿')
    const stored = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true, depth: 0 })
    expect(stored.reviewState).toBe('draft')
    expect(stored.signatures).toEqual([])
  })
})

describe('撤销修改', () => {
  const publishedAndEdited = async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: deptA.id, title: '已发布的标题' })
    const edit = await as.editorA.patch(`/api/documents/${doc.id}?draft=true`, { title: '误改的标题' })
    expect(edit.status).toBe(200)
    return doc
  }

  it('tells the panel the website still shows the published version, and who may discard', async () => {
    const doc = await publishedAndEdited()
    const status = await as.editorA.get(`/api/documents/${doc.id}/workflow`)
    expect(status.json).toMatchObject({ reviewState: 'draft', published: true, changedSincePublished: true, canDiscard: true })
    expect((await as.reviewerA.get(`/api/documents/${doc.id}/workflow`)).json.canDiscard).toBe(false)
    expect((await as.admin.get(`/api/documents/${doc.id}/workflow`)).json.canDiscard).toBe(true)
  })

  it('restores the published version as the one being edited, publishing nothing', async () => {
    const doc = await publishedAndEdited()
    const before = await anonymous().get(`/api/documents/${doc.id}`)
    expect(before.json.title).toBe('已发布的标题')
    const feedBefore = await anonymous().get('/api/public/changes?limit=500')

    const res = await as.editorA.post(`/api/documents/${doc.id}/workflow`, { action: 'discard' })
    expect(res.status).toBe(200)
    expect(res.json.reviewState).toBe('published')
    expect(res.json._status).toBe('published')

    const edited = await as.editorA.get(`/api/documents/${doc.id}?draft=true&depth=0`)
    expect(edited.json.title).toBe('已发布的标题')
    expect(edited.json.reviewState).toBe('published')
    expect(edited.json.signatures.map((s: { stage: string }) => s.stage)).toEqual(['first', 'secrecy', 'final'])
    const after = await anonymous().get(`/api/documents/${doc.id}`)
    expect(after.json.title).toBe('已发布的标题')
    expect(after.json.updatedAt).toBe(before.json.updatedAt)
    const feedAfter = await anonymous().get('/api/public/changes?limit=500')
    expect(feedAfter.json.items.length).toBe(feedBefore.json.items.length)

    const status = await as.editorA.get(`/api/documents/${doc.id}/workflow`)
    expect(status.json).toMatchObject({ reviewState: 'published', published: true, changedSincePublished: false, canDiscard: false })
    const record = await newestRecord(doc.id)
    expect(record).toMatchObject({ action: 'discard', fromState: 'draft', toState: 'published', opinion: '撤销修改，恢复为网站上的已发布版本' })
    // One latest version, which the lists read: the item is listed once, with the published title.
    const versions = await ctx.payload.findVersions({ collection: 'documents', where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] }, depth: 0 })
    expect(versions.totalDocs).toBe(1)
    const listed = await ctx.payload.find({ collection: 'documents', draft: true, where: { id: { equals: doc.id } }, depth: 0 })
    expect(listed.docs.map((d) => d.title)).toEqual(['已发布的标题'])

    // The item goes on as usual: a new edit starts a new review cycle.
    expect((await as.editorA.patch(`/api/documents/${doc.id}?draft=true`, { title: '新的修订' })).json.doc.reviewState).toBe('draft')
    expect((await as.editorA.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })).json.reviewState).toBe('submitted')
    expect((await anonymous().get(`/api/documents/${doc.id}`)).json.title).toBe('已发布的标题')
  })

  it.each([
    ['reviewerA', 403, '只有本部门的信息报送员或网站管理员可以撤销修改'],
    ['approver', 403, '只有本部门的信息报送员或网站管理员可以撤销修改'],
    ['editorB', 403, '只有本部门的信息报送员或网站管理员可以撤销修改'],
  ])('is refused to %s', async (actor, status, message) => {
    const doc = await publishedAndEdited()
    const res = await as[actor].post(`/api/documents/${doc.id}/workflow`, { action: 'discard' })
    expect(res.status).toBe(status)
    expect(res.json.errors[0].message).toBe(message)
    expect((await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true, depth: 0 })).title).toBe('误改的标题')
  })

  it('is refused for an item never published, an unchanged one, and an edit under review', async () => {
    const draft = await makeDocument(ctx.payload, { column: column.id, department: deptA.id }, { draft: true })
    const never = await as.editorA.post(`/api/documents/${draft.id}/workflow`, { action: 'discard' })
    expect([never.status, never.json.errors[0].message]).toEqual([400, '本稿件在网站上没有已发布的版本，无可恢复的内容'])

    const published = await makeDocument(ctx.payload, { column: column.id, department: deptA.id })
    const unchanged = await as.editorA.post(`/api/documents/${published.id}/workflow`, { action: 'discard' })
    expect([unchanged.status, unchanged.json.errors[0].message]).toEqual([400, '当前稿件与网站上的已发布版本一致，没有需要撤销的修改'])

    const doc = await publishedAndEdited()
    await step('editorA', doc.id, 'submit')
    const inReview = await as.editorA.post(`/api/documents/${doc.id}/workflow`, { action: 'discard' })
    expect([inReview.status, inReview.json.errors[0].message]).toEqual([400, '稿件当前为“待初审”，须先退回草稿，才能撤销修改'])
  })
})
