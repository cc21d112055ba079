/**
 * 告知书 over real HTTP (plugins/applications/letters): drafted from the editable template and the register, edited
 * while 待签发, signed by the department's 终审领导 (never its drafter, never an editor) into the approval register,
 * then immutable; exported as .docx and printed with the user's access, each export logged; the templates refuse an
 * unknown placeholder at their field. Dates are relative to the day the test runs, on the server's calendar.
 */
import mammoth from 'mammoth'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeDepartment, makeUser } from '../helpers/fixtures'
import { WorkingDayCalendar, localDate, shiftDate } from '../../domain/calendar'
import { chineseDate } from '../../domain/applications/letters'
import { messageOf } from '../../domain/errors'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let office: Department
let other: Department
let editor: User
let editor2: User
let approver: User
let approver2: User
let outsider: User
let outsideApprover: User
let admin: User
const calendar = new WorkingDayCalendar()
const today = localDate(new Date())
const workingDaysAgo = (n: number) => {
  let day = today
  for (let left = n; left > 0; ) {
    day = shiftDate(day, -1)
    if (calendar.workingDayOrUnknown(day) !== false) left--
  }
  return day
}
type Client = ReturnType<typeof api>
const tokens = new Map<string, string>()
/** A client signed in as the user (one login per user for the file). */
const as = async (user: User): Promise<Client> => {
  if (!tokens.has(user.email)) tokens.set(user.email, await login(server.url, user.email))
  return api(server.url, tokens.get(user.email))
}
const exportsCount = () => ctx.payload.count({ collection: 'applicant-data-exports', overrideAccess: true }).then((r) => r.totalDocs)

/** An application of the office, registered by its editor `workingDaysAgo(3)`, answered 予以公开 when `answered`. */
const application = async (answered = true) => {
  const staff = await as(editor)
  const receivedAt = workingDaysAgo(3)
  const { json } = await staff.post('/api/applications', {
    channel: 'letter',
    receivedAt,
    department: office.id,
    applicantType: 'person',
    applicant: { name: '张三明', phone: '13812345678' },
    description: '2025年度城乡居民最低生活保障资金发放情况',
  })
  if (answered) expect((await staff.post(`/api/applications/${json.doc.id}/actions`, { action: 'reply', outcome: 'granted' })).status).toBe(200)
  return { id: json.doc.id as number, trackingNumber: json.doc.trackingNumber as string, receivedAt }
}

beforeAll(async () => {
  ctx = await bootPayload()
  office = await makeDepartment(ctx.payload, { name: '县民政局' })
  other = await makeDepartment(ctx.payload, { name: '县财政局' })
  editor = await makeUser(ctx.payload, ['editor'], office.id)
  editor2 = await makeUser(ctx.payload, ['editor'], office.id)
  approver = await makeUser(ctx.payload, ['approver'], office.id)
  approver2 = await makeUser(ctx.payload, ['approver'], office.id)
  outsider = await makeUser(ctx.payload, ['editor'], other.id)
  outsideApprover = await makeUser(ctx.payload, ['approver'], other.id)
  admin = await makeUser(ctx.payload, ['admin'], office.id)
  server = await startServer(ctx)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('drafting (POST /api/application-letters/draft)', () => {
  it('fills the 答复书 from the register: applicant, number, receipt date, outcome, department and today', async () => {
    const app = await application()
    const res = await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })
    expect(res.status).toBe(201)
    expect(res.json.unfilled).toEqual([])
    const { doc } = res.json
    expect(doc).toMatchObject({ kind: 'reply', status: 'draft', department: office.id, drafter: editor.id, signer: null, title: `政府信息公开申请答复书 ${app.trackingNumber}` })
    expect(doc.body.split('\n').slice(0, 3)).toEqual(['政府信息公开申请答复书', `受理编号：${app.trackingNumber}`, '张三明：'])
    expect(doc.body).toContain(`本机关于${chineseDate(app.receivedAt)}收到您提出的政府信息公开申请，您申请获取“2025年度城乡居民最低生活保障资金发放情况”`)
    expect(doc.body).toContain('办理结果：予以公开。')
    expect(doc.body.trimEnd().split('\n').slice(-2)).toEqual(['县民政局', chineseDate(today)])
  })

  it('marks what the register cannot say, and takes the drafter’s values by placeholder', async () => {
    const app = await application(false)
    const staff = await as(editor)
    const bare = await staff.post('/api/application-letters/draft', { application: app.id, kind: 'third-party' })
    expect(bare.json.unfilled).toEqual(['第三方'])
    expect(bare.json.doc.body).toContain('〔待填写：第三方〕：')
    const given = await staff.post('/api/application-letters/draft', { application: app.id, kind: 'third-party', facts: { 第三方: '临江某某科技有限公司' } })
    expect(given.json.unfilled).toEqual([])
    expect(given.json.doc.body).toContain('临江某某科技有限公司：')
    const unknown = await staff.post('/api/application-letters/draft', { application: app.id, kind: 'reply', facts: { 不存在: 'x' } })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors[0].message).toBe(messageOf('applications.letter-placeholder-unknown', '不存在'))
  })

  it('refuses another department’s application at its field, and an unknown kind', async () => {
    const app = await application(false)
    const foreign = await (await as(outsider)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })
    expect(foreign.status).toBe(400)
    expect(foreign.json.errors[0].data.errors[0]).toMatchObject({ path: 'application', message: messageOf('applications.letter-application-required') })
    const kind = await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'letter' })
    expect(kind.json.errors[0].data.errors[0]).toMatchObject({ path: 'kind', message: messageOf('applications.letter-kind-unknown') })
  })

  it('gives anonymous readers nothing', async () => {
    const app = await application(false)
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const anonymous = api(server.url)
    expect((await anonymous.get('/api/application-letters')).status).toBe(403)
    expect((await anonymous.get(`/api/application-letters/${letter.id}`)).status).toBe(403)
    expect((await anonymous.post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).status).toBe(401)
    for (const path of ['docx', 'print']) expect((await anonymous.get(`/api/application-letters/${letter.id}/${path}`)).status).toBe(401)
    expect((await anonymous.post(`/api/application-letters/${letter.id}/sign`, {})).status).toBe(401)
    expect((await anonymous.get('/api/applicant-data-exports')).status).toBe(403)
    const graphql = await anonymous.graphql('{ ApplicationLetters { docs { body } } }')
    expect(JSON.stringify(graphql.json)).not.toContain('张三明')
  })
})

describe('editing and signing (POST /api/application-letters/:id/sign)', () => {
  it('edits a draft, keeps the plugin’s fields, and signs by the department’s 终审领导 into the approval register', async () => {
    const app = await application()
    const staff = await as(editor)
    const letter = (await staff.post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const edited = letter.body.replace('办理结果：予以公开。', '办理结果：予以公开。所申请的信息见附件《2025年低保资金发放表》。')
    const patched = await staff.patch(`/api/application-letters/${letter.id}?depth=0`, { body: edited, status: 'signed', signer: editor.id, department: other.id })
    expect(patched.status).toBe(200)
    expect(patched.json.doc).toMatchObject({ body: edited, status: 'draft', signer: null, department: office.id })

    const signed = await (await as(approver)).post(`/api/application-letters/${letter.id}/sign`, { opinion: '同意签发' })
    expect(signed.status).toBe(200)
    expect(signed.json).toMatchObject({ status: 'signed', signer: approver.id })
    const stored = await ctx.payload.findByID({ collection: 'application-letters', id: letter.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'signed', signer: approver.id, body: edited })

    const records = await ctx.payload.find({ collection: 'approval-records', where: { 'subject.value': { equals: letter.id }, 'subject.relationTo': { equals: 'application-letters' } }, depth: 0, overrideAccess: true })
    expect(records.docs).toHaveLength(1)
    expect(records.docs[0]).toMatchObject({
      id: signed.json.record,
      subject: { relationTo: 'application-letters', value: letter.id },
      subjectTitle: `政府信息公开申请答复书 ${app.trackingNumber}`,
      action: 'sign-letter',
      actor: approver.id,
      actorName: approver.name,
      actorRoles: ['approver'],
      department: office.id,
      opinion: '同意签发',
    })
  })

  it('never lets the drafter sign their own letter, nor an editor, nor another department', async () => {
    const app = await application()
    const ownDraft = (await (await as(approver)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const byDrafter = await (await as(approver)).post(`/api/application-letters/${ownDraft.id}/sign`, {})
    expect(byDrafter.status).toBe(403)
    expect(byDrafter.json.errors[0].message).toBe(messageOf('applications.letter-own-draft'))
    const byEditor = await (await as(editor2)).post(`/api/application-letters/${ownDraft.id}/sign`, {})
    expect(byEditor.status).toBe(403)
    expect(byEditor.json.errors[0].message).toBe(messageOf('applications.letter-sign-forbidden'))
    const byOtherHead = await (await as(outsideApprover)).post(`/api/application-letters/${ownDraft.id}/sign`, {})
    expect(byOtherHead.status).toBe(404)
    expect(byOtherHead.json.errors[0].message).toBe(messageOf('applications.letter-missing'))
    const stored = await ctx.payload.findByID({ collection: 'application-letters', id: ownDraft.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'draft', signer: null })
    expect((await ctx.payload.count({ collection: 'approval-records', where: { 'subject.value': { equals: ownDraft.id }, 'subject.relationTo': { equals: 'application-letters' } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await (await as(approver2)).post(`/api/application-letters/${ownDraft.id}/sign`, {})).status).toBe(200)
  })

  it('refuses to sign while 〔待填写〕 is left', async () => {
    const app = await application(false)
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'correction' })).json.doc
    const res = await (await as(approver)).post(`/api/application-letters/${letter.id}/sign`, {})
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(messageOf('applications.letter-unfilled', '补正事项'))
  })

  it('keeps a signed letter as it is: no edit, no delete, no second signature', async () => {
    const app = await application()
    const staff = await as(editor)
    const letter = (await staff.post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    expect((await (await as(admin)).post(`/api/application-letters/${letter.id}/sign`, {})).status).toBe(200)
    const edit = await staff.patch(`/api/application-letters/${letter.id}`, { body: '改过的正文' })
    expect(edit.status).toBe(403)
    expect(edit.json.errors[0].message).toBe(messageOf('applications.letter-signed'))
    const byAdmin = await (await as(admin)).patch(`/api/application-letters/${letter.id}`, { body: '改过的正文' })
    expect(byAdmin.status).toBe(403)
    expect((await staff.del(`/api/application-letters/${letter.id}`)).status).toBe(403)
    const again = await (await as(approver)).post(`/api/application-letters/${letter.id}/sign`, {})
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toBe(messageOf('applications.letter-already-signed'))
    const stored = await ctx.payload.findByID({ collection: 'application-letters', id: letter.id, depth: 0, overrideAccess: true })
    expect(stored.body).toBe(letter.body)
  })

  it('shows another department nothing of the letters', async () => {
    const app = await application()
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const foreign = await as(outsider)
    expect((await foreign.get(`/api/application-letters/${letter.id}`)).status).toBe(404)
    expect((await foreign.get(`/api/application-letters?where[id][equals]=${letter.id}`)).json.totalDocs).toBe(0)
    expect((await foreign.patch(`/api/application-letters/${letter.id}`, { body: 'x' })).status).toBe(403)
    expect((await foreign.del(`/api/application-letters/${letter.id}`)).status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'application-letters', id: letter.id, depth: 0, overrideAccess: true })
    expect(stored.body).toBe(letter.body)
  })
})

describe('export (GET …/:id/docx, GET …/:id/print) and the export log', () => {
  it('gives a .docx with the applicant and the number, marked 草稿 until signed and （已签发） after, one log row each', async () => {
    const app = await application()
    const staff = await as(editor)
    const letter = (await staff.post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const download = async () => {
      const response = await fetch(`${server.url}/api/application-letters/${letter.id}/docx`, { headers: { authorization: `JWT ${tokens.get(editor.email)}` } })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      expect(response.headers.get('cache-control')).toBe('no-store')
      return (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value
    }
    const before = await exportsCount()
    const draft = await download()
    expect(await exportsCount()).toBe(before + 1)
    expect(draft).toContain('草稿（未经签发，不得送达）')
    expect(draft).toContain('张三明：')
    expect(draft).toContain(`受理编号：${app.trackingNumber}`)
    expect(draft).toContain('办理结果：予以公开。')
    expect(draft).not.toContain('（已签发）')
    expect((await (await as(approver)).post(`/api/application-letters/${letter.id}/sign`, {})).status).toBe(200)
    const signed = await download()
    expect(await exportsCount()).toBe(before + 2)
    expect(signed).toContain('（已签发）')
    expect(signed).not.toContain('草稿')
    expect(signed).toContain('县民政局')

    const rows = await ctx.payload.find({ collection: 'applicant-data-exports', where: { subjectId: { equals: String(letter.id) } }, sort: 'at', depth: 0, overrideAccess: true })
    expect(rows.docs).toHaveLength(2)
    expect(rows.docs[0]).toMatchObject({ user: editor.id, userName: editor.name, subjectType: 'application-letters', subjectTitle: letter.title, what: '政府信息公开申请答复书', format: 'docx', department: office.id })
    expect(rows.docs[0].ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/)
  })

  it('prints an A4 page with the same text, one log row', async () => {
    const app = await application()
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const before = await exportsCount()
    const page = await (await as(admin)).get(`/api/application-letters/${letter.id}/print`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.text).toContain('size: A4')
    expect(page.text).toContain('@media print')
    expect(page.text).toContain('<p class="salutation">张三明：</p>')
    expect(page.text).toContain(`<div class="reference">受理编号：${app.trackingNumber}</div>`)
    expect(page.text).toContain('<div class="watermark" aria-hidden="true">草稿</div>')
    expect(await exportsCount()).toBe(before + 1)
    const rows = await ctx.payload.find({ collection: 'applicant-data-exports', where: { subjectId: { equals: String(letter.id) } }, depth: 0, overrideAccess: true })
    expect(rows.docs.map((row) => [row.format, row.user])).toEqual([['print', admin.id]])
  })

  it('exports nothing to another department, and logs nothing for it', async () => {
    const app = await application()
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    const before = await exportsCount()
    const foreign = await as(outsideApprover)
    for (const path of ['docx', 'print']) {
      const res = await foreign.get(`/api/application-letters/${letter.id}/${path}`)
      expect(res.status).toBe(404)
      expect(res.text).not.toContain('张三明')
    }
    expect(await exportsCount()).toBe(before)
  })

  it('lets only the 网站管理员 read the log, and nobody change it', async () => {
    const app = await application()
    const letter = (await (await as(editor)).post('/api/application-letters/draft', { application: app.id, kind: 'reply' })).json.doc
    await (await as(editor)).get(`/api/application-letters/${letter.id}/print`)
    expect((await (await as(editor)).get('/api/applicant-data-exports')).status).toBe(403)
    expect((await (await as(approver)).get('/api/applicant-data-exports')).status).toBe(403)
    const office = await as(admin)
    const list = await office.get(`/api/applicant-data-exports?where[subjectId][equals]=${letter.id}`)
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBe(1)
    const row = list.json.docs[0]
    expect((await office.patch(`/api/applicant-data-exports/${row.id}`, { userName: '别人' })).status).toBe(403)
    expect((await office.del(`/api/applicant-data-exports/${row.id}`)).status).toBe(403)
    expect((await office.post('/api/applicant-data-exports', { at: new Date().toISOString(), format: 'docx' })).status).toBe(403)
    await expect(ctx.payload.delete({ collection: 'applicant-data-exports', id: row.id, overrideAccess: true })).rejects.toThrow(messageOf('applications.export-log-immutable'))
  })
})

describe('the templates (系统设置 › 依申请公开告知书模板)', () => {
  it('refuses a template with {不存在} at its field, in Chinese', async () => {
    const res = await (await as(admin)).post('/api/globals/settings', { applicationLetters: { reply: '答复书\n{申请人}：{不存在}\n机关\n日期' } })
    expect(res.status).toBe(400)
    const errors = res.json.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(errors).toEqual([expect.objectContaining({ path: 'applicationLetters.reply', message: expect.stringContaining(messageOf('applications.letter-placeholder-unknown', '不存在')) })])
  })

  it('drafts from the edited template', async () => {
    const template = '政府信息公开申请补正告知书\n受理编号：{受理编号}\n{申请人}：\n请于{补正期限}个工作日内补正：{补正事项}\n{机关名称}\n{日期}'
    const saved = await (await as(admin)).post('/api/globals/settings', { applicationLetters: { correction: template } })
    expect(saved.status).toBe(200)
    const app = await application(false)
    const staff = await as(editor)
    expect((await staff.post(`/api/applications/${app.id}/actions`, { action: 'request-correction', reason: '请说明所需信息的年份', days: 10 })).status).toBe(200)
    const letter = (await staff.post('/api/application-letters/draft', { application: app.id, kind: 'correction' })).json.doc
    expect(letter.body).toBe(`政府信息公开申请补正告知书\n受理编号：${app.trackingNumber}\n张三明：\n请于10个工作日内补正：请说明所需信息的年份\n县民政局\n${chineseDate(today)}`)
  })
})
