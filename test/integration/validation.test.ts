/** Domain rules on save: bad input is refused over HTTP with a Chinese message and changes nothing. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, body, daysAgo, login, makeColumn, makeDepartment, makeUser, validationMessages } from '../helpers/fixtures'
import { MESSAGES } from '../../domain/documentRules'
import { ACCOUNT_MESSAGES } from '../../domain/newMediaRules'

let ctx: TestContext
let server: TestServer
let editor: ReturnType<typeof api>
let dept: { id: number | string }
let column: { id: number | string }

beforeAll(async () => {
  ctx = await bootPayload()
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { kind: 'policy' })
  const user = await makeUser(ctx.payload, ['editor'], dept.id)
  server = await startServer(ctx)
  editor = api(server.url, await login(server.url, user.email as string))
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const draft = (data: Record<string, unknown>) => ({
  title: '关于印发某某办法的通知',
  column: column.id,
  department: dept.id,
  formedAt: daysAgo(1),
  disclosure: 'proactive',
  body: body('正文'),
  ...data,
})

const messagesOf = (json: { errors?: Array<{ data?: { errors?: Array<{ path: string; message: string }> } }> }) =>
  Object.fromEntries((json.errors?.[0]?.data?.errors ?? []).map((e) => [e.path, e.message]))

const countDocuments = async () => (await ctx.payload.count({ collection: 'documents' })).totalDocs

describe('documents › 发文字号', () => {
  // SPEC: a malformed 发文字号 is a review warning (pre-check), not a refusal of the save.
  it.each(['临政发[2026]3号', '临政发（2026）3号', '临政发〔2026〕03号'])('saves %s as typed (the review warns)', async (docNumber) => {
    const res = await editor.post('/api/documents?draft=true', draft({ docNumber }))
    expect(res.status).toBe(201)
    expect(res.json.doc.docNumber).toBe(docNumber)
  })

  it('accepts 临政发〔2026〕3号', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({ docNumber: '临政发〔2026〕3号' }))
    expect(res.status).toBe(201)
    expect(res.json.doc.indexNumber).toMatch(/\/\d{4}-\d{5}$/)
  })
})

describe('documents › disclosure attribute', () => {
  it.each(['partial', 'withheld'])('refuses %s without a legal basis and a reason', async (disclosure) => {
    const res = await editor.post('/api/documents?draft=true', draft({ disclosure, publicBody: body('公开文本') }))
    expect(res.status).toBe(400)
    const messages = messagesOf(res.json)
    expect(messages.nonDisclosureBasis).toBe(MESSAGES.basisRequired)
    expect(messages.nonDisclosureReason).toBe(MESSAGES.reasonRequired)
  })

  it('refuses on-request without its own reason, and never asks it for a 条例14–16 basis', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({ disclosure: 'on-request' }))
    expect(res.status).toBe(400)
    expect(messagesOf(res.json)).toEqual({ onRequestReason: MESSAGES.onRequestReasonRequired, nonDisclosureReason: MESSAGES.reasonRequired })
  })

  it('accepts on-request as 不属于主动公开范围（条例第十九、二十条） with a reason', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({ disclosure: 'on-request', onRequestReason: 'outside-proactive-scope', nonDisclosureReason: '仅涉及特定企业' }))
    expect(res.status).toBe(201)
    expect(res.json.doc.onRequestReason).toBe('outside-proactive-scope')
  })

  it('refuses partial without the public text', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({ disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '涉及个人隐私' }))
    expect(res.status).toBe(400)
    expect(messagesOf(res.json).publicBody).toBe(MESSAGES.publicBodyRequired)
  })

  it('accepts withheld with basis and reason', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({ disclosure: 'withheld', nonDisclosureBasis: 'art16-internal-affairs', nonDisclosureReason: '内部人事管理信息' }))
    expect(res.status).toBe(201)
  })

  it('refuses turning a saved item withheld without a basis, leaving it unchanged', async () => {
    const created = await editor.post('/api/documents?draft=true', draft({}))
    const res = await editor.patch(`/api/documents/${created.json.doc.id}?draft=true`, { disclosure: 'withheld' })
    expect(res.status).toBe(400)
    const stored = await ctx.payload.findByID({ collection: 'documents', id: created.json.doc.id, draft: true })
    expect(stored.disclosure).toBe('proactive')
  })
})

describe('documents › derived fields', () => {
  it('takes its kind from the column and needs an interpretation when it is a policy', async () => {
    const res = await editor.post('/api/documents?draft=true', draft({}))
    expect(res.json.doc.kind).toBe('policy')
    expect(res.json.doc.requiresInterpretation).toBe(true)
  })

  it('does not need an interpretation for news', async () => {
    const news = await makeColumn(ctx.payload, { kind: 'news' })
    const res = await editor.post('/api/documents?draft=true', draft({ column: news.id }))
    expect(res.json.doc.kind).toBe('news')
    expect(res.json.doc.requiresInterpretation).toBe(false)
  })

  it('records when the validity changes', async () => {
    const created = await editor.post('/api/documents?draft=true', draft({}))
    expect(created.json.doc.validityChangedAt ?? null).toBeNull()
    const res = await editor.patch(`/api/documents/${created.json.doc.id}?draft=true`, { validity: 'repealed' })
    expect(res.json.doc.validityChangedAt).toBeTruthy()
  })
})

describe('interpretations', () => {
  it('refuses an interpretation of a document that is not a policy', async () => {
    const news = await makeColumn(ctx.payload, { kind: 'news' })
    const doc = await editor.post('/api/documents?draft=true', draft({ column: news.id }))
    const res = await editor.post('/api/interpretations?draft=true', { title: '解读', policy: doc.json.doc.id, department: dept.id, form: 'text' })
    expect(res.status).toBe(400)
    expect(messagesOf(res.json).policy).toBe('政策解读只能关联信息类别为“政策文件”的信息')
  })
})

describe('departments', () => {
  it.each([
    ['01121765X', '组织机构代码校验位错误，应为1'],
    ['12345', '机构代码应为9位组织机构代码或18位统一社会信用代码，当前为5位'],
  ])('refuses the code %s', async (code, message) => {
    const messages = await validationMessages(ctx.payload.create({ collection: 'departments', data: { name: `坏代码${code}`, code, kind: 'department' } }))
    expect(messages.code).toBe(message)
  })

  it('accepts a valid organisation code and a valid USCC', async () => {
    await expect(ctx.payload.create({ collection: 'departments', data: { name: '组织机构代码部门', code: '011217651', kind: 'department' } })).resolves.toBeTruthy()
    await expect(ctx.payload.create({ collection: 'departments', data: { name: 'USCC部门', code: '91350100M000100Y43', kind: 'department' } })).resolves.toBeTruthy()
  })

  it('refuses a second department with the same name', async () => {
    await expect(ctx.payload.create({ collection: 'departments', data: { name: '组织机构代码部门', code: '11100000000013127D', kind: 'department' } })).rejects.toThrow()
  })
})

describe('new-media accounts', () => {
  const account = (data: Record<string, unknown>) => ({ name: '临江发布', platform: 'douyin', department: dept.id, status: 'active', ...data })

  it('refuses a second active account of a department on one platform', async () => {
    const first = await editor.post('/api/new-media-accounts', account({}))
    expect(first.status).toBe(201)
    const second = await editor.post('/api/new-media-accounts', account({ name: '临江发布2' }))
    expect(second.status).toBe(400)
    expect(messagesOf(second.json).platform).toBe(ACCOUNT_MESSAGES.duplicateActive('抖音'))
  })

  it('allows a closed account beside the active one', async () => {
    const res = await editor.post('/api/new-media-accounts', account({ name: '旧账号', status: 'closed', closedAt: '2026-01-01T00:00:00.000Z' }))
    expect(res.status).toBe(201)
  })

  it('refuses closed without a closing date', async () => {
    const res = await editor.post('/api/new-media-accounts', account({ name: '旧账号2', platform: 'weibo', status: 'closed' }))
    expect(res.status).toBe(400)
    expect(messagesOf(res.json).closedAt).toBe(ACCOUNT_MESSAGES.closedAtRequired)
  })
})

describe('columns', () => {
  it('stores no cycle of its own: the setting of its kind applies (the audit reads it), so a later change reaches it', async () => {
    const news = await makeColumn(ctx.payload, { kind: 'news' })
    const plan = await makeColumn(ctx.payload, { kind: 'plan' })
    expect(news.updateCycleDays ?? null).toBeNull()
    expect(plan.updateCycleDays ?? null).toBeNull()
    const renamed = await ctx.payload.update({ collection: 'columns', id: news.id, data: { kind: 'notice' } })
    expect(renamed.updateCycleDays ?? null).toBeNull()
  })

  it('keeps an explicit cycle (an override), including 0', async () => {
    expect((await makeColumn(ctx.payload, { kind: 'news', updateCycleDays: 0 })).updateCycleDays).toBe(0)
    expect((await makeColumn(ctx.payload, { kind: 'news', updateCycleDays: 30 })).updateCycleDays).toBe(30)
  })

  it('refuses a slug with capitals or spaces', async () => {
    const messages = await validationMessages(makeColumn(ctx.payload, { slug: 'Bad Slug' }))
    expect(messages.slug).toBe('栏目标识只能包含小写字母、数字和连字符（不能以连字符开头或结尾）')
  })

  it('builds breadcrumbs from the parent', async () => {
    const parent = await makeColumn(ctx.payload, { slug: 'zwgk', title: '政务公开' })
    const child = await makeColumn(ctx.payload, { slug: 'tzgg', title: '通知公告', parent: parent.id, kind: 'notice' })
    const crumbs = (child.breadcrumbs as Array<{ url: string; label: string }>).map((c) => c.url)
    expect(crumbs).toEqual(['/zwgk', '/zwgk/tzgg'])
  })
})
