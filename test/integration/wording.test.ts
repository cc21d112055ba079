/** 易错词 and 严重表述 on a real database: seeded and editable lists, findings with their corrections at review. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, validationMessages } from '../helpers/fixtures'
import { SEED_SERIOUS, SEED_TYPOS } from '../../plugins/wording'
import { createDoc } from '../helpers/localApi'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let dept: Department
let admin: User

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  dept = await makeDepartment(ctx.payload)
  admin = await makeUser(ctx.payload, ['admin'], dept.id)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('the lists', () => {
  it('start seeded: every 易错词 and 严重表述 pair of the seed lists', async () => {
    expect((await ctx.payload.count({ collection: 'common-typos' })).totalDocs).toBe(SEED_TYPOS.length)
    expect((await ctx.payload.count({ collection: 'serious-wordings' })).totalDocs).toBe(SEED_SERIOUS.length)
    const { docs } = await ctx.payload.find({ collection: 'common-typos', where: { wrong: { equals: '按装' } } })
    expect(docs[0]).toMatchObject({ wrong: '按装', correct: '安装', level: 'review' })
  })

  it('the web office adds a leader’s title; an editor may read but not change the lists', async () => {
    const asAdmin = api(server.url, await login(server.url, admin.email))
    const created = await asAdmin.post('/api/serious-wordings', { wrong: '张明副县长', correct: '张明县长', category: '领导职务' })
    expect(created.status).toBe(201)
    const editor = await makeUser(ctx.payload, ['editor'], dept.id)
    const asEditor = api(server.url, await login(server.url, editor.email))
    expect((await asEditor.get('/api/common-typos?limit=1')).status).toBe(200)
    expect((await asEditor.post('/api/common-typos', { wrong: '公布于众', correct: '公之于众' })).status).toBe(403)
  })

  it('refuses a correction equal to the wrong form, next to the field', async () => {
    expect(await validationMessages(createDoc(ctx.payload, 'common-typos', { wrong: '既使', correct: '既使' }))).toEqual({ correct: '正确写法不能与错误写法相同' })
  })
})

describe('at review', () => {
  it('the pre-check shows the 易错词 and the 严重表述 with their corrections to the reviewer', async () => {
    const column = await makeColumn(ctx.payload, { kind: 'news', department: dept.id })
    const doc = await makeDocument(ctx.payload, { title: '关于按装路灯的通知', column: column.id, department: dept.id, body: body('张明副县长出席会议。', '根据《中华人名共和国政府信息公开条例》办理。') }, { draft: true })
    const crew = await crewFor(ctx.payload, dept.id)
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    const asReviewer = api(server.url, await login(server.url, crew.reviewer.email))
    const status = await asReviewer.get(`/api/documents/${doc.id}/workflow`)
    expect(status.status).toBe(200)
    const wording = (status.json.findings as Array<Record<string, unknown>>).filter((f) => f.kind === 'common-typo' || f.kind === 'serious-wording')
    expect(wording.map((f) => [f.level, f.kind, f.field, f.offset, f.message, f.suggestion])).toEqual([
      ['review', 'common-typo', 'title', 2, '疑似错别字“按装”，应为“安装”', '安装'],
      ['review', 'serious-wording', 'body', 0, '严重表述错误“张明副县长”，应为“张明县长”（领导职务）', '张明县长'],
      ['review', 'serious-wording', 'body', 14, '严重表述错误“中华人名共和国”，应为“中华人民共和国”（国名）', '中华人民共和国'],
    ])
    // The register keeps the findings with their corrections.
    const records = await ctx.payload.find({ collection: 'approval-records', where: { subject: { equals: { relationTo: 'documents', value: doc.id } } }, depth: 0 })
    const snapshot = (records.docs[0]?.precheck ?? []) as Array<Record<string, unknown>>
    expect(snapshot.filter((f) => f.suggestion).map((f) => f.suggestion)).toEqual(['安装', '张明县长', '中华人民共和国'])
  })

  it('a list change reaches the next pre-check', async () => {
    await createDoc(ctx.payload, 'common-typos', { wrong: '路灯', correct: '路燈', level: 'warn' })
    const column = await makeColumn(ctx.payload, { kind: 'news', department: dept.id })
    const doc = await makeDocument(ctx.payload, { title: '路灯维修', column: column.id, department: dept.id }, { draft: true })
    const crew = await crewFor(ctx.payload, dept.id)
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    const status = await api(server.url, await login(server.url, crew.reviewer.email)).get(`/api/documents/${doc.id}/workflow`)
    expect((status.json.findings as Array<Record<string, unknown>>).map((f) => [f.level, f.kind, f.suggestion])).toContainEqual(['warn', 'common-typo', '路燈'])
  })
})
