/**
 * Issue 11, finding 10 (content part) over real HTTP: dates no calendar can count from, client-set system
 * timestamps, links re-encoded on every save, and attacker nodes in rich text (refused on save, stripped from
 * what anonymous readers get of content stored before the rule).
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, daysAgo, login, makeColumn, makeDepartment, makeDocument, makeInterpretation, makeUser, PASSWORD, type Role } from '../helpers/fixtures'
import { publishDueItems } from '../../plugins/workflow/actions/publishDueItems'
import { RICH_TEXT_MESSAGES } from '../../domain/richTextSafety'
import { beijingDay, DATE_MESSAGES } from '../../domain/plausibleDate'
import type { Id } from '../../domain/ids'
import type { ApiError } from '../helpers/localApi'

type Client = ReturnType<typeof api>

let ctx: TestContext
let server: TestServer
let anon: Client
let admin: Client
let editor: Client
let dept: { id: Id }
let column: { id: Id }
const DAY = 86_400_000

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })
const link = (url: string, label = '链接', type = 'link') => ({ type, format: '', indent: 0, version: 3, direction: 'ltr', fields: { url, linkType: 'custom', newTab: false }, children: [text(label)] })
const rich = (...children: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } })

/** What an attacker stores: runnable links, an html node, an unknown node type, a bogus heading tag. */
const HOSTILE = rich(
  paragraph(text('正文开头'), link('javascript:alert(document.cookie)', '脚本链接'), link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', '数据链接'), link('vbscript:msgbox(1)', 'VB链接'), link('javascript:alert(2)', '自动链接', 'autolink')),
  { type: 'html', version: 1, html: '<img src=x onerror=alert(1)>' },
  { type: 'iframe', version: 1, src: 'https://evil.example/' },
  { type: 'heading', tag: 'script', format: '', indent: 0, version: 1, direction: 'ltr', children: [text('标题')] },
  paragraph(text('正文结尾'), link('https://www.gov.cn/zhengce/', '中国政府网')),
)
const RAW_MARKERS = ['javascript:', 'data:text', 'vbscript:', '"html"', 'onerror', '"iframe"', 'evil.example', '"script"']

const newDocument = (extra: Record<string, unknown> = {}) => ({
  title: '关于规范行政规范性文件管理的通知',
  column: column.id,
  department: dept.id,
  formedAt: daysAgo(1),
  disclosure: 'proactive',
  body: body('正文'),
  ...extra,
})

beforeAll(async () => {
  ctx = await bootPayload()
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { kind: 'policy' })
  server = await startServer(ctx)
  anon = api(server.url)
  const signIn = async (roles: Role[]) => api(server.url, await login(server.url, (await makeUser(ctx.payload, roles, dept.id)).email, PASSWORD))
  admin = await signIn(['admin'])
  editor = await signIn(['editor'])
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const fieldErrors = (res: { json: ApiError | null }) => res.json?.errors?.[0]?.data?.errors as Array<{ path: string; label?: string; message: string }>

describe('成文日期 in a sane range (finding 10)', () => {
  const latest = () => beijingDay(new Date(Date.now() + 30 * DAY))

  it('refuses -271821-04-20 with a Chinese field error', async () => {
    const res = await editor.post('/api/documents?draft=true', newDocument({ formedAt: '-271821-04-20' }))
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([{ path: 'formedAt', label: '成文日期', message: DATE_MESSAGES.range('成文日期', '1949-01-01', latest()) }])
    expect(DATE_MESSAGES.range('成文日期', '1949-01-01', '2026-12-31')).toBe('成文日期须在1949-01-01至2026-12-31之间')
  })

  it('refuses a date before 1949 and one further ahead than the setting, accepts today', async () => {
    expect((await editor.post('/api/documents?draft=true', newDocument({ formedAt: '1948-12-31T00:00:00.000Z' }))).status).toBe(400)
    expect((await editor.post('/api/documents?draft=true', newDocument({ formedAt: new Date(Date.now() + 40 * DAY).toISOString() }))).status).toBe(400)
    expect((await editor.post('/api/documents?draft=true', newDocument({ formedAt: new Date().toISOString() }))).status).toBe(201)
  })

  it('refuses it on an edit as well', async () => {
    const doc = (await editor.post('/api/documents?draft=true', newDocument())).json.doc
    const res = await editor.patch(`/api/documents/${doc.id}?draft=true`, { formedAt: '+275760-09-13' })
    expect(res.status).toBe(400)
    expect(fieldErrors(res)[0].path).toBe('formedAt')
  })

  it('follows the setting of days ahead', async () => {
    await ctx.payload.updateGlobal({ slug: 'settings', data: { content: { formedAtMaxFutureDays: 365 } } })
    try {
      expect((await editor.post('/api/documents?draft=true', newDocument({ formedAt: new Date(Date.now() + 200 * DAY).toISOString() }))).status).toBe(201)
    } finally {
      await ctx.payload.updateGlobal({ slug: 'settings', data: { content: { formedAtMaxFutureDays: 30 } } })
    }
  })
})

describe('system timestamps are never client-settable (finding 10)', () => {
  const recent = (value: string) => Math.abs(Date.parse(value) - Date.now()) < 60_000

  it('ignores createdAt and updatedAt on create', async () => {
    const res = await editor.post('/api/documents?draft=true', newDocument({ createdAt: '1970-01-01T00:00:00.000Z', updatedAt: '1970-01-01T00:00:00.000Z' }))
    expect(res.status).toBe(201)
    expect(recent(res.json.doc.createdAt)).toBe(true)
    expect(recent(res.json.doc.updatedAt)).toBe(true)
  })

  it('ignores them on an edit, and on any collection', async () => {
    const created = await admin.post('/api/columns', { title: '时间栏目', slug: 'time-column', kind: 'news', createdAt: '1970-01-01T00:00:00.000Z' })
    expect(created.status).toBe(201)
    expect(recent(created.json.doc.createdAt)).toBe(true)
    const edited = await admin.patch(`/api/columns/${created.json.doc.id}`, { createdAt: '1970-01-01T00:00:00.000Z' })
    expect(edited.status).toBe(200)
    expect(edited.json.doc.createdAt).toBe(created.json.doc.createdAt)
  })

  // Found by the workflow fuzz test: the draft saved over REST lost its creation time, and the 定时发布 of it (a Local
  // API write of the version) failed on the database's NOT NULL created_at.
  it('keeps the stored creation time in a draft edited over REST, which the scheduler then publishes', async () => {
    const news = await makeColumn(ctx.payload)
    const created = await editor.post('/api/documents?draft=true', newDocument({ column: news.id }))
    const id = created.json.doc.id as Id
    const edited = await editor.patch(`/api/documents/${id}?draft=true`, { title: '修改后的标题', createdAt: '1970-01-01T00:00:00.000Z' })
    expect(edited.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'documents', id, draft: true, depth: 0 })).createdAt).toBe(created.json.doc.createdAt)
    const crew = await crewFor(ctx.payload, dept.id)
    await act(ctx.payload, crew.editor, { collection: 'documents', id, action: 'submit' })
    await act(ctx.payload, crew.reviewer, { collection: 'documents', id, action: 'approve' })
    await act(ctx.payload, crew.secrecy, { collection: 'documents', id, action: 'approve' })
    await act(ctx.payload, crew.approver, { collection: 'documents', id, action: 'approve', publishAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(await publishDueItems(ctx.payload, new Date(Date.now() + 7_200_000))).toEqual({ published: [{ collection: 'documents', id }], refused: [] })
    expect((await anon.get(`/api/documents/${id}`)).json.title).toBe('修改后的标题')
  })
})

describe('links are stored as typed, or refused (finding 10)', () => {
  it('refuses a URL the link field would percent-encode again on every save', async () => {
    const res = await editor.post('/api/documents?draft=true', newDocument({ body: rich(paragraph(link('http://localhost/a&b'))) }))
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([{ path: 'body', label: '正文', message: RICH_TEXT_MESSAGES.linkUrl('http://localhost/a&b') }])
  })

  it('keeps an item in review when its unchanged content is saved again (the content hash does not move)', async () => {
    // Words of its own beside the link: an item that only links to its source is refused on submit (seed 004).
    const withLink = rich(paragraph(text('本办法自公布之日起施行，国务院政策解读详见'), link('https://www.gov.cn/zhengce/content?id=1&page=2', '原文')))
    const doc = (await editor.post('/api/documents?draft=true', newDocument({ body: withLink }))).json.doc
    expect((await editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })).status).toBe(200)
    const before = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    expect((await editor.patch(`/api/documents/${doc.id}?draft=true`, { body: withLink })).status).toBe(200)
    expect((await editor.patch(`/api/documents/${doc.id}?draft=true`, { body: withLink })).status).toBe(200)
    const after = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    expect(after.contentHash).toBe(before.contentHash)
    expect(after.reviewState).toBe('submitted')
    expect(JSON.stringify(after.body)).toContain('https://www.gov.cn/zhengce/content?id=1&page=2')
  })
})

describe('rich text is refused on save when it holds what the editor cannot make (finding 10)', () => {
  it.each([
    ['a javascript: link', rich(paragraph(link('javascript:alert(1)'))), RICH_TEXT_MESSAGES.linkUrl('javascript:alert(1)')],
    ['a data: link', rich(paragraph(link('data:text/html,<script>alert(1)</script>'))), RICH_TEXT_MESSAGES.linkUrl('data:text/html,<script>alert(1)</script>')],
    ['a vbscript: autolink', rich(paragraph(link('vbscript:msgbox(1)', 'x', 'autolink'))), RICH_TEXT_MESSAGES.linkUrl('vbscript:msgbox(1)')],
    ['an html node', rich({ type: 'html', version: 1, html: '<script>alert(1)</script>' }), RICH_TEXT_MESSAGES.nodeType('html')],
    ['an unknown node type', rich({ type: 'iframe', version: 1 }), RICH_TEXT_MESSAGES.nodeType('iframe')],
  ])('refuses %s in body and publicBody', async (_, value, message) => {
    const res = await editor.post('/api/documents?draft=true', newDocument({ body: value }))
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([{ path: 'body', label: '正文', message }])
    const partial = await editor.post(
      '/api/documents?draft=true',
      newDocument({ disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '个人隐私', publicBody: value }),
    )
    expect(partial.status).toBe(400)
    expect(fieldErrors(partial)[0]).toEqual({ path: 'publicBody', label: '公开文本', message })
  })

  it('refuses them in an interpretation’s body', async () => {
    const policy = await makeDocument(ctx.payload, { column: column.id, department: dept.id, kind: 'policy' })
    const res = await editor.post('/api/interpretations?draft=true', { title: '解读', policy: policy.id, department: dept.id, form: 'text', body: rich(paragraph(link('javascript:alert(1)'))) })
    expect(res.status).toBe(400)
    expect(fieldErrors(res)).toEqual([{ path: 'body', label: '解读内容', message: RICH_TEXT_MESSAGES.linkUrl('javascript:alert(1)') }])
  })

  it('keeps ordinary links, mail and phone links and site links', async () => {
    const fine = rich(paragraph(link('https://www.gov.cn/'), link('http://czj.example.gov.cn/a/b.html?x=1#top'), link('mailto:gk@example.gov.cn'), link('tel:0710-1234567'), link('/zhengce/2026'), link('#section')))
    expect((await editor.post('/api/documents?draft=true', newDocument({ body: fine }))).status).toBe(201)
  })
})

describe('anonymous readers get clean rich text JSON (finding 10)', () => {
  const published: Record<string, Id> = {}

  beforeAll(async () => {
    published.proactive = (await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '公开的通知' })).id
    published.partial = (
      await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '部分公开的通知', disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '个人隐私', publicBody: body('公开文本') })
    ).id
    const policy = await makeDocument(ctx.payload, { column: column.id, department: dept.id, kind: 'policy', title: '政策' })
    published.interpretation = (await makeInterpretation(ctx.payload, { policy: policy.id, department: dept.id })).id
    // Content stored before the rule (or written around the API): straight into the rows the public reads.
    await ctx.payload.db.updateOne({ collection: 'documents', id: published.proactive, data: { body: HOSTILE } })
    await ctx.payload.db.updateOne({ collection: 'documents', id: published.partial, data: { publicBody: HOSTILE } })
    await ctx.payload.db.updateOne({ collection: 'interpretations', id: published.interpretation, data: { body: HOSTILE } })
  })

  const expectClean = (json: unknown) => {
    const raw = JSON.stringify(json)
    for (const marker of RAW_MARKERS) expect(raw).not.toContain(marker)
    // The text stays: an unsafe link keeps its words, a safe one its address.
    expect(raw).toContain('脚本链接')
    expect(raw).toContain('https://www.gov.cn/zhengce/')
  }

  it('over REST: body, publicBody and their HTML', async () => {
    const doc = await anon.get(`/api/documents/${published.proactive}`)
    expect(doc.status).toBe(200)
    expectClean(doc.json)
    expectClean((await anon.get(`/api/documents/${published.partial}`)).json)
    expectClean((await anon.get(`/api/interpretations/${published.interpretation}`)).json)
    expectClean((await anon.get(`/api/documents?where[id][equals]=${published.proactive}`)).json)
  })

  it('over GraphQL', async () => {
    const res = await anon.graphql(`{ Document(id: ${JSON.stringify(published.proactive)}) { body bodyHtml } Interpretation(id: ${JSON.stringify(published.interpretation)}) { body } }`)
    expect(res.json.errors).toBeUndefined()
    expectClean(res.json.data)
  })

  it('leaves staff the stored JSON, so the editor sees what to remove', async () => {
    const res = await admin.get(`/api/documents/${published.proactive}`)
    expect(JSON.stringify(res.json.body)).toContain('javascript:alert(document.cookie)')
  })

  it('refuses saving it back unchanged: the editor must remove it', async () => {
    const res = await admin.patch(`/api/documents/${published.proactive}?draft=true`, { body: HOSTILE })
    expect(res.status).toBe(400)
    expect(fieldErrors(res)[0].path).toBe('body')
  })
})
