/** Anonymous reads for static sites: ETag/304 and the read cache, RSS and sitemap, rich text as safe HTML. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, type Crew } from '../helpers/fixtures'
import type { Column, Department } from '../../src/payload-types'
import type { LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import { json, type ApiError } from '../helpers/localApi'
import { PUBLIC_HTML_CONVERTERS } from '../../plugins/contentApi/richText/lexicalToHtml'
import { advanceClock } from '../helpers/clock'

let ctx: TestContext
let server: TestServer
let department: Department
let column: Column
let crew: Crew

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9 }, cache: { versionCheckMs: 200 } })
  department = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { title: '通知<公告> & 动态', slug: 'tzgg', kind: 'notice' })
  crew = await crewFor(ctx.payload, department.id)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('read cache and ETags', () => {
  const path = () => `/api/documents?where[column][equals]=${column.id}&depth=0&sort=-publishedAt`

  it('serves anonymous reads with an ETag and Cache-Control, from the cache the second time, 304 when unchanged', async () => {
    const first = await api(server.url).get(path())
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public/)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await api(server.url).get(path())
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.text).toBe(first.text)
    const revalidated = await fetch(`${server.url}${path()}`, { headers: { 'if-none-match': etag! } })
    expect(revalidated.status).toBe(304)
  })

  it('shows a publication and a withdrawal at once', async () => {
    const before = await api(server.url).get(path())
    const doc = await makeDocument(ctx.payload, { title: '新发布的通知', column: column.id, department: department.id })
    const after = await api(server.url).get(path())
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    expect(after.json.docs.map((d: { id: number }) => d.id)).toContain(doc.id)
    await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'withdraw', reason: '撤回' })
    const gone = await api(server.url).get(path())
    expect(gone.json.docs.map((d: { id: number }) => d.id)).not.toContain(doc.id)
    expect((await api(server.url).get(`/api/documents/${doc.id}`)).status).toBe(404)
  })

  it('notices a change made by another instance through the change log sequence', async () => {
    const doc = await makeDocument(ctx.payload, { title: '另一实例修改前', column: column.id, department: department.id })
    expect((await api(server.url).get(path())).json.docs[0].title).toBe('另一实例修改前')
    // Another instance: writes the database directly (no hook of this process runs) and moves the sequence.
    await ctx.payload.db.updateOne({ collection: 'documents', id: doc.id, data: { title: '另一实例修改后' } })
    const row = await ctx.payload.db.findOne<{ id: number }>({ collection: 'public-changes', where: { key: { equals: '__sequence__' } } })
    await ctx.payload.db.updateOne({ collection: 'public-changes', id: row!.id, data: { seq: { $inc: 1 } } })
    // The change log is read at most every versionCheckMs (200 ms here): move the clock past that instead of sleeping.
    advanceClock(250)
    expect((await api(server.url).get(path())).json.docs[0].title).toBe('另一实例修改后')
  })

  it('never caches or marks public a signed-in read', async () => {
    const token = await login(server.url, crew.editor.email)
    const res = await api(server.url, token).get(path())
    expect(res.headers.get('x-cache')).toBeNull()
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })
})

describe('RSS and sitemap', () => {
  it('lists the public items of a column as escaped RSS 2.0', async () => {
    const doc = await makeDocument(ctx.payload, { title: '关于<停水>通知 & 安排', column: column.id, department: department.id, body: body('明日停水，请做好准备。') })
    const secret = await makeDocument(ctx.payload, {
      title: '不予公开的文件', column: column.id, department: department.id, disclosure: 'withheld', nonDisclosureBasis: 'art16-internal-affairs', nonDisclosureReason: '内部',
    })
    const res = await fetch(`${server.url}/api/public/columns/tzgg/feed.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const xml = await res.text()
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('<title>通知&lt;公告&gt; &amp; 动态</title>')
    expect(xml).toContain('<title>关于&lt;停水&gt;通知 &amp; 安排</title>')
    expect(xml).toContain(`/documents/${doc.id}/</link>`)
    expect(xml).toContain('明日停水')
    expect(xml).not.toContain('不予公开的文件')
    const sitemap = await (await fetch(`${server.url}/api/public/sitemap.xml`)).text()
    expect(sitemap).toContain(`/documents/${doc.id}/</loc>`)
    expect(sitemap).not.toContain(`/documents/${secret.id}/</loc>`)
    expect(sitemap).toContain('/columns/tzgg/</loc>')
  })

  it('answers 404 for a closed column', async () => {
    await ctx.payload.create({ collection: 'columns', data: { title: '已关闭', slug: 'closed-col', kind: 'news', status: 'closed' } })
    const res = await fetch(`${server.url}/api/public/columns/closed-col/feed.xml`)
    expect(res.status).toBe(404)
    expect((await json<ApiError>(res)).errors[0].message).toBe('栏目不存在或未公开：closed-col')
  })
})

describe('rich text as HTML', () => {
  it('serves escaped HTML beside the Lexical JSON, and none for a text the reader may not see', async () => {
    const proactive = await makeDocument(ctx.payload, { column: column.id, department: department.id, body: body('<script>alert(1)</script>正文') })
    const partial = await makeDocument(ctx.payload, {
      column: column.id, department: department.id, disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '隐私',
      body: body('完整文本含身份信息'), publicBody: body('删减后的公开文本'),
    })
    const one = (await api(server.url).get(`/api/documents/${proactive.id}`)).json
    expect(one.bodyHtml).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;正文</p>')
    const two = (await api(server.url).get(`/api/documents/${partial.id}`)).json
    expect(two.body).toBeUndefined()
    expect(two.bodyHtml).toBeUndefined()
    expect(two.publicBodyHtml).toBe('<p>删减后的公开文本</p>')
    expect(JSON.stringify(two)).not.toContain('完整文本')
  })

  it('has an HTML converter for every node the editor can produce', async () => {
    const editor = ctx.config.editor as LexicalRichTextAdapter
    const nodeTypes = new Set<string>()
    for (const feature of editor.editorConfig.resolvedFeatureMap.values()) {
      for (const node of feature.nodes ?? []) nodeTypes.add(node.node.getType())
    }
    expect(nodeTypes.size).toBeGreaterThan(5)
    const missing = [...nodeTypes].filter((type) => !(type in PUBLIC_HTML_CONVERTERS))
    expect(missing).toEqual([])
  })
})
