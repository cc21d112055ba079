/** No bulk publishing of reviewed collections: the list offers none, and a bulk PATCH over REST is refused in Chinese. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { messageOf } from '../../domain/errors'

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

describe('bulk publishing', () => {
  it.each(['documents', 'interpretations'] as const)('is switched off in the %s list (no 编辑/发布/取消发布 over a selection)', (slug) => {
    expect(ctx.payload.collections[slug].config.disableBulkEdit).toBe(true)
  })

  it.each([['editor'], ['admin']] as const)('refuses a bulk PATCH of _status by an %s with the Chinese reason, and publishes nothing', async (role) => {
    const department = await makeDepartment(ctx.payload)
    const column = await makeColumn(ctx.payload, { kind: 'notice' })
    const user = await makeUser(ctx.payload, [role], department.id)
    const drafts = await Promise.all([1, 2].map(() => makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })))
    const ids = drafts.map((d) => d.id)
    const as = api(server.url, await login(server.url, user.email))
    const res = await as.patch(`/api/documents?draft=true&${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`, { _status: 'published' })
    expect(res.status).toBe(403)
    expect(res.json.errors.map((e: { message: string }) => e.message)).toEqual([messageOf('workflow.direct-publish')])
    const after = await ctx.payload.find({ collection: 'documents', where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, depth: 0 })
    expect(after.docs).toEqual([])
  })

  it('refuses any other bulk PATCH in Chinese too, changing nothing', async () => {
    const department = await makeDepartment(ctx.payload)
    const column = await makeColumn(ctx.payload, { kind: 'notice' })
    const user = await makeUser(ctx.payload, ['editor'], department.id)
    const draft = await makeDocument(ctx.payload, { column: column.id, department: department.id, title: '原标题' }, { draft: true })
    const as = api(server.url, await login(server.url, user.email))
    const res = await as.patch(`/api/documents?draft=true&where[id][equals]=${draft.id}`, { title: '批量改的标题' })
    expect(res.status).toBe(403)
    expect(res.json.errors.map((e: { message: string }) => e.message)).toEqual([messageOf('auth.forbidden')])
    expect((await ctx.payload.findByID({ collection: 'documents', id: draft.id, draft: true, depth: 0 })).title).toBe('原标题')
  })
})
