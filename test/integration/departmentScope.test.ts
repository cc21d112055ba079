/** Editors and first reviewers act within their own department; admins everywhere. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { OWN_DEPARTMENT_MESSAGE } from '../../hooks/access/ownDepartmentOnly'
import { api, daysAgo, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'

let ctx: TestContext
let server: TestServer
const ids: Record<string, number | string> = {}
const clients: Record<string, ReturnType<typeof api>> = {}

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  const a = await makeDepartment(payload, { name: '甲局' })
  const b = await makeDepartment(payload, { name: '乙局' })
  ids.a = a.id
  ids.b = b.id
  const column = await makeColumn(payload)
  ids.column = column.id
  ids.docA = (await makeDocument(payload, { column: column.id, department: a.id, title: '甲局草稿' }, { draft: true })).id
  ids.docB = (await makeDocument(payload, { column: column.id, department: b.id, title: '乙局草稿' }, { draft: true })).id
  server = await startServer(ctx)
  for (const [name, roles, dept] of [
    ['editorA', ['editor'], a.id],
    ['reviewerA', ['reviewer'], a.id],
    ['secrecy', ['secrecy'], a.id],
    ['admin', ['admin'], a.id],
  ] as const) {
    const user = await makeUser(payload, [...roles], dept)
    ids[name] = user.id
    clients[name] = api(server.url, await login(server.url, user.email as string))
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const titles = (json: { docs: Array<{ title: string }> }) => json.docs.map((d) => d.title).sort()

describe('department scope', () => {
  it.each([
    ['editorA', ['甲局草稿']],
    ['reviewerA', ['甲局草稿']],
    ['secrecy', ['乙局草稿', '甲局草稿']],
    ['admin', ['乙局草稿', '甲局草稿']],
  ])('%s sees the drafts of %j', async (who, expected) => {
    const res = await clients[who].get('/api/documents?draft=true&limit=100')
    expect(titles(res.json)).toEqual(expected)
  })

  it('an editor reads the versions of their own department only', async () => {
    const res = await clients.editorA.get('/api/documents/versions?limit=100')
    expect(res.status).toBe(200)
    const parents = new Set(res.json.docs.map((v: { parent: unknown }) => (typeof v.parent === 'object' ? (v.parent as { id: unknown }).id : v.parent)))
    expect(parents.has(ids.docA)).toBe(true)
    expect(parents.has(ids.docB)).toBe(false)
  })

  it('an editor cannot read another department’s draft by id', async () => {
    const res = await clients.editorA.get(`/api/documents/${ids.docB}?draft=true`)
    expect([403, 404]).toContain(res.status)
  })

  it('an editor cannot create an item for another department', async () => {
    const res = await clients.editorA.post('/api/documents?draft=true', { title: '越权', column: ids.column, department: ids.b, formedAt: daysAgo(1), disclosure: 'proactive' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toBe(OWN_DEPARTMENT_MESSAGE)
    expect((await ctx.payload.count({ collection: 'documents', where: { title: { equals: '越权' } } })).totalDocs).toBe(0)
  })

  it('an editor cannot edit another department’s item', async () => {
    const res = await clients.editorA.patch(`/api/documents/${ids.docB}?draft=true`, { title: '越权修改' })
    expect([403, 404]).toContain(res.status)
    const stored = await ctx.payload.findByID({ collection: 'documents', id: ids.docB, draft: true })
    expect(stored.title).toBe('乙局草稿')
  })

  it('an editor cannot move its own item into another department', async () => {
    const res = await clients.editorA.patch(`/api/documents/${ids.docA}?draft=true`, { department: ids.b })
    expect(res.status).toBe(400)
    const stored = await ctx.payload.findByID({ collection: 'documents', id: ids.docA, draft: true })
    expect(typeof stored.department === 'object' ? stored.department?.id : stored.department).toBe(ids.a)
  })

  it('an admin edits anywhere', async () => {
    const res = await clients.admin.patch(`/api/documents/${ids.docB}?draft=true`, { title: '乙局草稿' })
    expect(res.status).toBe(200)
  })

  it('nobody but an admin deletes an item', async () => {
    const res = await clients.editorA.del(`/api/documents/${ids.docA}`)
    expect(res.status).toBe(403)
  })

  it('a user cannot give themselves the admin role', async () => {
    await clients.editorA.patch(`/api/users/${ids.editorA}`, { roles: ['admin'] })
    const user = await ctx.payload.findByID({ collection: 'users', id: ids.editorA })
    expect(user.roles).toEqual(['editor'])
  })

  it('only an admin creates users', async () => {
    const res = await clients.editorA.post('/api/users', { name: 'x', email: 'x@test.gov.cn', password: 'Xx@123456789', roles: ['admin'] })
    expect(res.status).toBe(403)
  })

  it('an editor neither reads nor changes the settings (issue 13 §8); an admin changes them', async () => {
    expect((await clients.editorA.get('/api/globals/settings')).status).toBe(403)
    expect((await clients.editorA.post('/api/globals/settings', { reassessmentDays: 1 })).status).toBe(403)
    expect((await clients.admin.post('/api/globals/settings', { reassessmentDays: 300 })).status).toBe(200)
  })
})
