/**
 * Every refusal of a save that concerns a field (issue 13, point 2), over REST as the admin's form sends it: a 400
 * ValidationError whose `data.errors[]` name the field's path (so the admin shows the message under it), its Chinese
 * label, and the Chinese message; the top message names the field by its label, never by its name.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, body, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { messageOf } from '../../domain/errors'
import { MESSAGES } from '../../domain/documentRules'
import type { Id } from '../../domain/ids'

let ctx: TestContext
let server: TestServer
let own: { id: Id }
let other: { id: Id }
let column: { id: Id }
let editor: ReturnType<typeof api>
let admin: ReturnType<typeof api>

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  own = await makeDepartment(ctx.payload)
  other = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { kind: 'notice' })
  const editorUser = await makeUser(ctx.payload, ['editor'], own.id)
  const adminUser = await makeUser(ctx.payload, ['admin'], own.id)
  editor = api(server.url, await login(server.url, editorUser.email))
  admin = api(server.url, await login(server.url, adminUser.email))
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

type Refusal = { path: string; label: string; message: string }

/** The refusal as the admin's form reads it: status, the field errors, and the toast's text. */
const expectRefused = (res: { status: number; json: any }, expected: Refusal[]) => {
  expect(res.status).toBe(400)
  expect(res.json.errors).toHaveLength(1)
  const [error] = res.json.errors
  expect(error.name).toBe('ValidationError')
  expect(error.data.errors.map((e: Refusal) => ({ path: e.path, label: e.label, message: e.message }))).toEqual(expected)
  // Payload's zh wording: 下面的字段是无效的 (one field), 以下字段是无效的 (several).
  expect(error.message).toBe(`${expected.length === 1 ? '下面的字段是无效的' : '以下字段是无效的'}： ${expected.map((e) => e.label).join(', ')}`)
}

const draftOf = (data: Record<string, unknown> = {}) => ({
  title: '关于做好2026年春节期间安全生产工作的通知',
  column: column.id,
  department: own.id,
  formedAt: new Date(Date.now() - 86_400_000).toISOString(),
  disclosure: 'proactive',
  body: body('请各单位做好节日期间安全生产工作。'),
  _status: 'draft',
  ...data,
})

describe('refusals of a 政府信息 save reach their field', () => {
  // SPEC: a malformed 发文字号 warns at review (pre-check, with the correction); it never refuses the save.
  it('发文字号 with ASCII brackets is saved; the review pre-check warns about it', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ docNumber: '临政办发[2026]15号' }))
    expect(res.status).toBe(201)
    expect(res.json.doc.docNumber).toBe('临政办发[2026]15号')
  })

  it('依申请公开 with a 条例14–16 basis and no reason of its own: each reason under its field', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ disclosure: 'on-request', nonDisclosureBasis: 'art16-enforcement-file', nonDisclosureReason: '执法案卷' }))
    expectRefused(res, [
      { path: 'nonDisclosureBasis', label: '不予公开（部分公开）依据', message: messageOf('app.on-request-no-basis') },
      { path: 'onRequestReason', label: '依申请公开理由', message: messageOf('app.on-request-reason-required') },
    ])
  })

  it('a 转载 without source, original date or confirmed source: each reason under its field', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ reposted: true }))
    expectRefused(res, [
      { path: 'repostSource', label: '转载来源', message: messageOf('app.repost-source-required') },
      { path: 'repostOriginalDate', label: '原文发布日期', message: messageOf('app.repost-date-required') },
      { path: 'repostSourceVerified', label: '来源已核实（来源于政府官方媒体）', message: messageOf('app.repost-unverified') },
    ])
    const draft = await makeDocument(ctx.payload, { column: column.id, department: own.id }, { draft: true })
    expectRefused(
      await editor.patch(`/api/documents/${draft.id}?draft=true`, { reposted: true, repostSource: '湖北省人民政府网', repostOriginalDate: draftOf().formedAt, repostSourceVerified: false }),
      [{ path: 'repostSourceVerified', label: '来源已核实（来源于政府官方媒体）', message: messageOf('app.repost-unverified') }],
    )
  })

  it('a 变更日期 before the 成文日期: the reason under 变更日期', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ changedAt: '2020-01-01T00:00:00.000Z' }))
    expectRefused(res, [{ path: 'changedAt', label: '变更日期', message: messageOf('app.changed-before-formed') }])
  })

  it('another department as 发布机构: the own-department reason under 发布机构', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ department: other.id }))
    expectRefused(res, [{ path: 'department', label: '发布机构', message: messageOf('app.own-department') }])
    const draft = await makeDocument(ctx.payload, { column: column.id, department: own.id }, { draft: true })
    expectRefused(await editor.patch(`/api/documents/${draft.id}?draft=true`, { department: other.id }), [
      { path: 'department', label: '发布机构', message: messageOf('app.own-department') },
    ])
  })

  it('no 发布机构 (the 索引号 needs one): the reason under 发布机构', async () => {
    const res = await admin.post('/api/documents?draft=true', draftOf({ department: null }))
    expectRefused(res, [{ path: 'department', label: '发布机构', message: messageOf('app.publisher-required') }])
  })

  it('an implausible 成文日期: the reason under 成文日期', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ formedAt: '1900-01-01T00:00:00.000Z' }))
    expect(res.status).toBe(400)
    const [refusal] = res.json.errors[0].data.errors
    expect(refusal).toMatchObject({ path: 'formedAt', label: '成文日期' })
    expect(refusal.message).toMatch(/成文日期/)
    expect(res.json.errors[0].message).toBe('下面的字段是无效的： 成文日期')
  })

  it('部分公开 without basis, reason and public text: each reason under its field', async () => {
    const res = await editor.post('/api/documents?draft=true', draftOf({ disclosure: 'partial' }))
    expectRefused(res, [
      { path: 'nonDisclosureBasis', label: '不予公开（部分公开）依据', message: MESSAGES.basisRequired },
      { path: 'nonDisclosureReason', label: '公开属性理由说明', message: MESSAGES.reasonRequired },
      { path: 'publicBody', label: '公开文本', message: MESSAGES.publicBodyRequired },
    ])
  })

  it('a javascript: link in the 正文: the reason under 正文', async () => {
    const unsafe = {
      root: {
        type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
        children: [{
          type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
          children: [{
            type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
            children: [{ type: 'text', version: 1, text: '点击', format: 0, style: '', mode: 'normal', detail: 0 }],
          }],
        }],
      },
    }
    const res = await editor.post('/api/documents?draft=true', draftOf({ body: unsafe }))
    expect(res.status).toBe(400)
    const [refusal] = res.json.errors[0].data.errors
    expect(refusal).toMatchObject({ path: 'body', label: '正文' })
    expect(refusal.message).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('refusals of other collections reach their field', () => {
  it('政策解读 of an item that is not a 政策文件: the reason under 所解读的政策文件', async () => {
    const notice = await makeDocument(ctx.payload, { column: column.id, department: own.id, kind: 'notice' }, { draft: true })
    const res = await editor.post('/api/interpretations?draft=true', {
      title: '解读', policy: notice.id, form: 'text', department: own.id, body: body('解读'), _status: 'draft',
    })
    expectRefused(res, [{ path: 'policy', label: '所解读的政策文件', message: '政策解读只能关联信息类别为“政策文件”的信息' }])
  })

  it('政策解读 filed under another department: the reason under 解读机构', async () => {
    const res = await editor.post('/api/interpretations?draft=true', { title: '解读', form: 'text', department: other.id, _status: 'draft' })
    expectRefused(res, [{ path: 'department', label: '解读机构', message: messageOf('app.own-department') }])
  })

  it('政务新媒体: a second active account on one platform under 平台, a closure without date under 注销日期', async () => {
    const account = { name: '临江发布', platform: 'wechat', department: own.id, status: 'active' }
    expect((await editor.post('/api/new-media-accounts', account)).status).toBe(201)
    expectRefused(await editor.post('/api/new-media-accounts', { ...account, name: '临江发布二号' }), [
      { path: 'platform', label: '平台', message: messageOf('app.account-duplicate-active', '微信') },
    ])
    const closed = await editor.post('/api/new-media-accounts', { ...account, platform: 'weibo', status: 'closed' })
    expect(closed.status).toBe(400)
    expect(closed.json.errors[0].data.errors[0]).toMatchObject({ path: 'closedAt', label: '注销日期' })
  })

  it('用户: a weak password under 密码, two of the 三员 roles under 角色', async () => {
    const sysadminUser = await makeUser(ctx.payload, ['system-admin'], own.id)
    const sysadmin = api(server.url, await login(server.url, sysadminUser.email))
    const weak = await sysadmin.post('/api/users', { name: '弱密码', email: `weak${Date.now()}@test.gov.cn`, password: '123456', roles: ['editor'], department: own.id })
    expect(weak.status).toBe(400)
    expect(weak.json.errors[0].data.errors[0]).toMatchObject({ path: 'password', label: '密码' })
    expect(weak.json.errors[0].message).toBe('下面的字段是无效的： 密码')
    const both = await sysadmin.post('/api/users', { name: '两员', email: `two${Date.now()}@test.gov.cn`, password: 'Strong@2026-pass!', roles: ['system-admin', 'security-admin'], department: own.id })
    expect(both.status).toBe(400)
    expect(both.json.errors[0].data.errors[0]).toMatchObject({ path: 'roles', label: '角色' })
    expect(both.json.errors[0].message).toBe('下面的字段是无效的： 角色')
  })

  it('栏目: a malformed 栏目标识 under its field (field validation)', async () => {
    const res = await admin.post('/api/columns', { title: '测试栏目', slug: 'Bad Slug', kind: 'news' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'slug', message: messageOf('app.column-slug-format') })
    expect(res.json.errors[0].message).not.toMatch(/\bslug\b/)
  })
})
