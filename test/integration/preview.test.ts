/**
 * The staff preview of the public page (issue 13, point 10): `GET /api/{collection}/:id/preview` renders the draft
 * being edited with exactly the public fields, for staff who may read the item; anonymous callers and other
 * departments get nothing of an unpublished item; the 预览地址 setting sends the admin's 预览 button elsewhere.
 */
import { createLocalReq } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, body, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { PREVIEW_PUBLISHED, PREVIEW_UNPUBLISHED } from '../../domain/contentApi/previewPage'
import { formatBeijing } from '../../domain/beijingTime'
import { DOCUMENT_PUBLIC_PATHS } from '../../collections/Documents'
import { INTERPRETATION_PUBLIC_PATHS } from '../../collections/Interpretations'
import { contentApiOptions } from '../../src/contentApiOptions'
import type { Id } from '../../domain/ids'
import { NON_DISCLOSURE_BASES } from '../../domain/vocabulary'

let ctx: TestContext
let server: TestServer
let own: { id: Id; name?: string }
let column: { id: Id }
let editor: ReturnType<typeof api>
let stranger: ReturnType<typeof api>
let anonymous: ReturnType<typeof api>

const FORMED = '2026-03-23T16:30:00.000Z' // 2026-03-24 00:30 in Beijing: the page must say 2026-03-24

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  own = await makeDepartment(ctx.payload, { name: '县人民政府办公室（预览测试）' })
  const other = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { kind: 'notice' })
  const editorUser = await makeUser(ctx.payload, ['editor'], own.id)
  const strangerUser = await makeUser(ctx.payload, ['editor'], other.id)
  editor = api(server.url, await login(server.url, editorUser.email))
  stranger = api(server.url, await login(server.url, strangerUser.email))
  anonymous = api(server.url)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const draft = (data: Record<string, unknown> = {}) =>
  makeDocument(
    ctx.payload,
    {
      title: '关于做好2026年春季森林防火工作的通知',
      column: column.id,
      department: own.id,
      docNumber: '临政办发〔2026〕15号',
      formedAt: FORMED,
      body: body('各乡镇人民政府：春季是森林火灾高发期，请切实做好防火工作。'),
      ...data,
    },
    { draft: true },
  )

describe('who may preview', () => {
  it('anonymous callers get nothing of an unpublished item', async () => {
    const item = await draft()
    const res = await anonymous.get(`/api/documents/${item.id}/preview`)
    expect(res.status).toBe(401)
    expect(res.text).not.toContain('森林防火')
  })

  it('an editor of another department gets nothing of an unpublished item', async () => {
    const item = await draft()
    const res = await stranger.get(`/api/documents/${item.id}/preview`)
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('森林防火')
  })

  it('an unknown item is 404 for staff too', async () => {
    expect((await editor.get('/api/documents/999999/preview')).status).toBe(404)
  })
})

describe('what the preview shows', () => {
  it('renders the draft with the public fields in Chinese, marked 预览（尚未发布）', async () => {
    const item = await draft()
    const res = await editor.get(`/api/documents/${item.id}/preview`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = res.text
    expect(html).toContain(PREVIEW_UNPUBLISHED)
    expect(html).toContain('<h1>关于做好2026年春季森林防火工作的通知</h1>')
    expect(html).toMatch(/<th scope="row">索引号<\/th><td>[^<]+\/2026-\d{5}<\/td>/)
    expect(html).toContain('<th scope="row">发布机构</th><td>县人民政府办公室（预览测试）</td>')
    expect(html).toContain('<th scope="row">发文字号</th><td>临政办发〔2026〕15号</td>')
    expect(html).toContain('<th scope="row">成文日期</th><td>2026-03-24</td>')
    expect(html).toContain('<th scope="row">公开属性</th><td>主动公开</td>')
    expect(html).toContain('春季是森林火灾高发期')
    expect(html).not.toMatch(/<script/i)
  })

  it('shows the text being edited, not the stored published one', async () => {
    const item = await draft()
    await ctx.payload.update({ collection: 'documents', id: item.id, draft: true, data: { title: '关于做好2026年春季森林防火工作的通知（修改稿）' } })
    const res = await editor.get(`/api/documents/${item.id}/preview`)
    expect(res.text).toContain('（修改稿）')
  })

  it('a 部分公开 item: the 公开文本, never the full 正文 nor the reasons for withholding', async () => {
    const item = await draft({
      disclosure: 'partial',
      nonDisclosureBasis: NON_DISCLOSURE_BASES[0]!.value,
      nonDisclosureReason: '涉及内部意见，不予公开',
      body: body('全文含有内部意见：拟由某某同志负责。'),
      publicBody: body('删除不予公开内容后的文本。'),
    } as never)
    const html = (await editor.get(`/api/documents/${item.id}/preview`)).text
    expect(html).toContain('删除不予公开内容后的文本。')
    expect(html).not.toContain('拟由某某同志负责')
    expect(html).not.toContain('涉及内部意见')
    expect(html).not.toContain('不予公开（部分公开）理由')
  })

  it('no internal field: no signatures, hashes, review state or pre-check', async () => {
    const item = await draft()
    const html = (await editor.get(`/api/documents/${item.id}/preview`)).text
    for (const internal of ['contentHash', 'signatures', 'reviewState', 'precheck', '审核签名', '内容指纹', '预审', '内部意见']) expect(html).not.toContain(internal)
  })

  it('a published item is marked as the version the site serves; a later draft as 尚未发布', async () => {
    const item = await makeDocument(ctx.payload, { column: column.id, department: own.id, title: '已发布的通知（预览测试）' })
    const published = (await editor.get(`/api/documents/${item.id}/preview`)).text
    expect(published).toContain(PREVIEW_PUBLISHED)
    expect(published).not.toContain(PREVIEW_UNPUBLISHED)
    // Staff read only their own department's items (the collection's read access), public or not.
    expect((await stranger.get(`/api/documents/${item.id}/preview`)).status).toBe(404)
    await ctx.payload.update({ collection: 'documents', id: item.id, draft: true, data: { title: '已发布的通知（预览测试，修改稿）' } })
    const edited = (await editor.get(`/api/documents/${item.id}/preview`)).text
    expect(edited).toContain(PREVIEW_UNPUBLISHED)
    expect(edited).toContain('修改稿')
  })

  it('only public fields are configured for the preview', () => {
    expect(contentApiOptions.collections.documents!.preview!.fields.every((f) => (DOCUMENT_PUBLIC_PATHS as readonly string[]).includes(f))).toBe(true)
    expect(contentApiOptions.collections.interpretations!.preview!.fields.every((f) => (INTERPRETATION_PUBLIC_PATHS as readonly string[]).includes(f))).toBe(true)
  })
})

describe("the admin's 预览 button", () => {
  const previewOf = async (id: Id) => {
    const preview = ctx.payload.collections.documents.config.admin.preview!
    const req = await createLocalReq({}, ctx.payload)
    return preview({ id }, { locale: 'zh', req, token: null })
  }

  it('opens this API’s preview page by default', async () => {
    expect(ctx.payload.collections.interpretations.config.admin.preview).toBeDefined()
    expect(await previewOf(42)).toBe(`${ctx.payload.config.serverURL ?? ''}/api/documents/42/preview`)
  })

  it('opens the 预览地址 setting’s URL when set, and refuses a setting that is not a URL', async () => {
    await ctx.payload.updateGlobal({ slug: 'settings', data: { publicSite: { previewUrl: 'https://www.example.gov.cn/preview/{collection}/{id}' } } as never })
    try {
      expect(await previewOf(42)).toBe('https://www.example.gov.cn/preview/documents/42')
    } finally {
      await ctx.payload.updateGlobal({ slug: 'settings', data: { publicSite: { previewUrl: '' } } as never })
    }
    await expect(ctx.payload.updateGlobal({ slug: 'settings', data: { publicSite: { previewUrl: 'javascript:alert(1)' } } as never })).rejects.toThrow()
    expect(formatBeijing(FORMED, { dateOnly: true })).toBe('2026-03-24')
  })
})
