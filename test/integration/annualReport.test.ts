/**
 * 政府信息公开工作年度报告 over real HTTP (plugins/annualReport): section 二 counted from categorised documents at the
 * year's boundaries, section 三 from applications filed through the portal and answered through the actions endpoint,
 * the .docx read back with mammoth, the generated item left for 三审 in the department's 年度报告 column, the
 * refusals, and the department scope. Dates are relative to the day the test runs (this year and the last).
 */
import mammoth from 'mammoth'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { runAudit } from '../../plugins/audit/runAudit'
import { act, api, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, makeUscc, validationMessages } from '../helpers/fixtures'
import { createDoc } from '../helpers/localApi'
import { localDate } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import type { Column, Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let office: Department
let other: Department
let editor: User
let outsider: User
let admin: User
let column: Column
const today = localDate(new Date())
const year = Number(today.slice(0, 4))
const last = year - 1
const DRAFTS = '/api/annual-report-drafts'

const person = (overrides: Record<string, unknown> = {}) => ({
  applicantType: 'person',
  name: '李四光',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  email: 'lisi@example.com',
  address: '临江县城关镇人民路2号',
  description: '本县城乡低保资金发放情况',
  delivery: 'email',
  department: office.id,
  ...overrides,
})

/** The texts of the cells of the table row whose first cell is `label`, in mammoth's HTML. */
const rowCells = (html: string, label: string): string[] => {
  const rows = html.split('<tr>').map((tr) => [...tr.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')))
  const row = rows.find((cells) => cells[0] === label)
  if (!row) throw new Error(`no table row “${label}” in ${html.slice(0, 500)}`)
  return row
}

/** The cells of the last row of section 四's table (the figures under its headings). */
const reviewFigures = (html: string): string[] => {
  const section = html.slice(html.indexOf('四、政府信息公开行政复议、行政诉讼情况'), html.indexOf('五、存在的主要问题及改进情况'))
  const rows = section.split('<tr>')
  return [...rows[rows.length - 1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''))
}

beforeAll(async () => {
  ctx = await bootPayload()
  office = await makeDepartment(ctx.payload, { name: '县民政局' })
  other = await makeDepartment(ctx.payload, { name: '县财政局' })
  editor = await makeUser(ctx.payload, ['editor'], office.id, { name: '王填报' })
  outsider = await makeUser(ctx.payload, ['editor'], other.id)
  admin = await makeUser(ctx.payload, ['admin'], office.id)
  column = await makeColumn(ctx.payload, { title: '政府信息公开年报', kind: 'annual-report', department: office.id })
  server = await startServer(ctx, { limits: { publicApplicationsPerHour: 1000 } })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('documents › 年度报告统计类别 and 有效期', () => {
  it('refuses a category the settings do not list, at the field, in Chinese', async () => {
    const news = await makeColumn(ctx.payload, { kind: 'policy', department: office.id })
    const messages = await validationMessages(
      createDoc(ctx.payload, 'documents', { title: '类别错误的文件', column: news.id, department: office.id, formedAt: `${last}-03-01T00:00:00.000Z`, disclosure: 'proactive', reportCategory: 'bogus', _status: 'draft' } as never, { draft: true }),
    )
    expect(messages).toEqual({
      reportCategory: messageOf('annualReport.category-unknown', 'bogus', 'regulation（规章）、normative（行政规范性文件）、license（行政许可）、penalty（行政处罚）、enforcement（行政强制）、fee（行政事业性收费）'),
    })
  })

  it('refuses a 有效期至 that is not a date, or earlier than the 施行日期', async () => {
    const news = await makeColumn(ctx.payload, { kind: 'policy', department: office.id })
    const base = { title: '有效期错误', column: news.id, department: office.id, formedAt: `${last}-03-01T00:00:00.000Z`, disclosure: 'proactive', _status: 'draft' }
    expect(await validationMessages(createDoc(ctx.payload, 'documents', { ...base, effectiveUntil: '2030/12/31' } as never, { draft: true }))).toEqual({ effectiveUntil: messageOf('annualReport.effective-until-format') })
    expect(await validationMessages(createDoc(ctx.payload, 'documents', { ...base, effectiveFrom: '2026-05-01', effectiveUntil: '2026-04-30' } as never, { draft: true }))).toEqual({ effectiveUntil: messageOf('annualReport.effective-range') })
  })
})

describe('section 二 › counted from the published documents at the year’s boundaries', () => {
  it('counts 本年制发, 本年废止 and 现行有效 by Beijing day', async () => {
    const policy = await makeColumn(ctx.payload, { kind: 'policy', department: office.id })
    const doc = (title: string, data: Record<string, unknown>, options: { draft?: boolean } = {}) =>
      makeDocument(ctx.payload, { title, column: policy.id, department: office.id, ...data } as never, options)
    await doc('规章一', { reportCategory: 'regulation', formedAt: `${last - 1}-12-31T16:00:00.000Z` }) // Beijing 1 Jan of last year
    await doc('规范性文件（前一年末）', { reportCategory: 'normative', formedAt: `${last - 1}-12-31T15:00:00.000Z` }) // Beijing 31 Dec of the year before
    await doc('规范性文件（有效期至年末）', { reportCategory: 'normative', formedAt: '2020-06-01T00:00:00.000Z', effectiveUntil: `${last}-12-31` })
    await doc('规范性文件（年末废止）', { reportCategory: 'normative', formedAt: '2020-06-01T00:00:00.000Z', validity: 'repealed', validityChangedAt: `${last}-12-31T04:00:00.000Z` })
    await doc('规范性文件（元旦废止）', { reportCategory: 'normative', formedAt: '2020-06-01T00:00:00.000Z', validity: 'repealed', validityChangedAt: `${last}-12-31T16:30:00.000Z` })
    await doc('规范性文件（年末制发）', { reportCategory: 'normative', formedAt: `${last}-12-31T15:30:00.000Z` })
    await doc('规范性文件（草稿，不计）', { reportCategory: 'normative', formedAt: `${last}-06-01T00:00:00.000Z` }, { draft: true })
    await makeDocument(ctx.payload, { title: '他部门文件', column: (await makeColumn(ctx.payload, { kind: 'policy', department: other.id })).id, department: other.id, reportCategory: 'normative', formedAt: `${last}-06-01T00:00:00.000Z` } as never)

    const staff = api(server.url, await login(server.url, editor.email))
    const created = await staff.post(DRAFTS, { year: last, department: office.id })
    expect(created.status).toBe(201)
    const res = await staff.get(`${DRAFTS}/${created.json.doc.id}/report`)
    expect(res.status).toBe(200)
    const s = res.json.activeDisclosure
    expect([s.documents.regulation.issued.value, s.documents.regulation.repealed.value, s.documents.regulation.inForce.value]).toEqual([1, 0, 1])
    // 本年制发: the one formed on 31 Dec (Beijing); 本年废止: the one repealed on 31 Dec, not the one on 1 Jan;
    // 现行有效: the year-before one, the one valid through 31 Dec, the one repealed on 1 Jan, the new one.
    expect([s.documents.normative.issued.value, s.documents.normative.repealed.value, s.documents.normative.inForce.value]).toEqual([1, 1, 4])
    expect(s.documents.normative.issued.source).toMatchObject({ kind: 'computed', documents: 5 })
    expect(s.decisions.license.source).toEqual({ kind: 'missing' })
    expect(res.json.title).toBe(`县民政局${last}年政府信息公开工作年度报告`)
  })
})

describe('a year’s report from the register, as JSON, .docx and a draft item', () => {
  let draftId: string | number
  let staff: ReturnType<typeof api>

  beforeAll(async () => {
    staff = api(server.url, await login(server.url, editor.email))
    const answered = await api(server.url).post('/api/public/applications', person())
    const open = await api(server.url).post('/api/public/applications', person({ applicantType: 'company', name: '临江县某某有限公司', organization: '临江县某某有限公司', organizationCode: makeUscc(), contactPerson: '赵六' }))
    await api(server.url).post('/api/public/applications', person({ department: other.id, idNumber: '110101199003070417' }))
    expect([answered.status, open.status]).toEqual([201, 201])
    const list = await staff.get(`/api/applications?where[trackingNumber][equals]=${answered.json.trackingNumber}`)
    const reply = await staff.post(`/api/applications/${list.json.docs[0].id}/actions`, { action: 'reply', outcome: 'granted' })
    expect(reply.status).toBe(200)
    const created = await staff.post(DRAFTS, {
      year,
      department: office.id,
      overview: '本年度，县民政局认真贯彻落实《中华人民共和国政府信息公开条例》。',
      figures: { license: { value: 12 }, penalty: { value: 3 }, enforcement: { value: 0 }, fee: { value: 1.5 } },
      reviews: { reconsideration: { upheld: 1, corrected: 1, total: 2 }, litigationDirect: { pending: 1, total: 1 } },
      improvements: '主动公开的深度和广度仍需加强。',
      other: '无。',
    })
    expect(created.status).toBe(201)
    draftId = created.json.doc.id
  })

  it('stamps who entered each figure', async () => {
    const stored = (await ctx.payload.findByID({ collection: 'annual-report-drafts' as never, id: draftId, depth: 0 })) as any
    expect(stored.figures.license).toMatchObject({ value: 12, enteredBy: editor.id })
    expect(stored.title).toBe(`${year}年度 · 县民政局`)
  })

  it('gives the six sections with sources and the register’s table 三', async () => {
    const res = await staff.get(`${DRAFTS}/${draftId}/report`)
    expect(res.status).toBe(200)
    const rows = Object.fromEntries((res.json.requests.rows as Array<{ label: string; cells?: number[] }>).map((r) => [r.label, r.cells]))
    expect(rows['一、本年新收政府信息公开申请数量']).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(rows['（一）予以公开']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(rows['（七）总计']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(rows['四、结转下年度继续办理']).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(res.json.activeDisclosure.decisions.license).toMatchObject({ value: 12, source: { kind: 'entered', by: '王填报' } })
    expect(res.json.other.fees).toEqual({ notices: 0, billed: 0, paid: 0, received: 0 })
    expect(res.json.reviews.cells.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 })
    expect(res.json.problems).toEqual([])
  })

  it('downloads a .docx whose tables hold the numbers', async () => {
    const response = await fetch(`${server.url}${DRAFTS}/${draftId}/docx`, { headers: { authorization: `JWT ${await login(server.url, editor.email)}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('wordprocessingml')
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await response.arrayBuffer()) })
    expect(html).toContain(`县民政局${year}年政府信息公开工作年度报告`)
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(html).toContain(heading)
    }
    expect(rowCells(html, '一、本年新收政府信息公开申请数量')).toEqual(['一、本年新收政府信息公开申请数量', '1', '1', '0', '0', '0', '0', '2'])
    expect(rowCells(html, '四、结转下年度继续办理')).toEqual(['四、结转下年度继续办理', '0', '1', '0', '0', '0', '0', '1'])
    expect(rowCells(html, '行政许可')).toEqual(['行政许可', '12'])
    expect(rowCells(html, '行政事业性收费')).toEqual(['行政事业性收费', '1.5'])
    expect(html).toContain('申请人情况')
    expect(html).toContain('行政许可：由王填报填报')
    expect(reviewFigures(html)).toEqual(['1', '1', '0', '0', '2', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0'])
  })

  it('refuses a wrong 总计 in section 四 with the Chinese reason', async () => {
    await staff.patch(`${DRAFTS}/${draftId}`, { reviews: { reconsideration: { upheld: 1, corrected: 1, total: 5 } } })
    const res = await staff.post(`${DRAFTS}/${draftId}/publish-draft`, {})
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(messageOf('annualReport.reviews-wrong', '行政复议的“总计”5 不等于结果维持、结果纠正、其他结果、尚未审结之和 2'))
    await staff.patch(`${DRAFTS}/${draftId}`, { reviews: { reconsideration: { upheld: 1, corrected: 1, total: 2 } } })
  })

  it('creates a draft item in the 年度报告 column, not public, with the .docx attached, for 三审', async () => {
    const res = await staff.post(`${DRAFTS}/${draftId}/publish-draft`, {})
    expect(res.status).toBe(201)
    const id = res.json.document
    const item = (await ctx.payload.findByID({ collection: 'documents', id, draft: true, depth: 0 })) as any
    expect(item).toMatchObject({ title: `县民政局${year}年政府信息公开工作年度报告`, column: column.id, department: office.id, kind: 'annual-report', reviewState: 'draft', _status: 'draft', disclosure: 'proactive' })
    expect(item.attachments).toEqual([res.json.media])
    expect(JSON.stringify(item.body)).toContain('三、收到和处理政府信息公开申请情况')
    const anonymous = await api(server.url).get(`/api/documents/${id}`)
    expect([403, 404]).toContain(anonymous.status)
    const draft = (await ctx.payload.findByID({ collection: 'annual-report-drafts' as never, id: draftId, depth: 0 })) as any
    expect(draft.document).toBe(id)
    expect(draft.snapshot.requests.rows[0].cells).toEqual([1, 1, 0, 0, 0, 0, 2])
    const again = await staff.post(`${DRAFTS}/${draftId}/publish-draft`, {})
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toBe(messageOf('annualReport.already-created', String(id)))
    // It goes through 三审 like any item: the editor submits it, three others sign.
    const submitted = await act(ctx.payload, editor, { collection: 'documents', id, action: 'submit' })
    expect(submitted).toMatchObject({ reviewState: 'submitted' })
    const crew = await crewFor(ctx.payload, office.id)
    for (const signer of [crew.reviewer, crew.secrecy, crew.approver]) await act(ctx.payload, signer, { collection: 'documents', id, action: 'approve' })
    const published = await api(server.url).get(`/api/documents/${id}`)
    expect(published.status).toBe(200)
    // Published, it satisfies the annual-report audit rule: at the end of the year (31 January long past) the
    // department is not reported, while another one without a report is, red.
    const audit = await runAudit(ctx.payload, { now: new Date(`${year}-12-31T12:00:00+08:00`), dryRun: true })
    const missing = audit.findings.filter((f) => f.rule === 'annual-report-missing')
    expect(missing.find((f) => f.subjectId === String(other.id))).toMatchObject({ severity: 'red' })
    expect(missing.find((f) => f.subjectId === String(office.id))).toBeUndefined()
  })
})

describe('scope and refusals', () => {
  it('hides a department’s draft from another department’s editor', async () => {
    const mine = await api(server.url, await login(server.url, editor.email)).post(DRAFTS, { year, department: office.id })
    const theirs = api(server.url, await login(server.url, outsider.email))
    expect([403, 404]).toContain((await theirs.get(`${DRAFTS}/${mine.json.doc.id}`)).status)
    const report = await theirs.get(`${DRAFTS}/${mine.json.doc.id}/report`)
    expect(report.status).toBe(404)
    expect(report.json.errors[0].message).toBe(messageOf('annualReport.missing'))
    expect((await theirs.get(`${DRAFTS}/${mine.json.doc.id}/docx`)).status).toBe(404)
    expect((await theirs.get(DRAFTS)).json.docs.map((d: { id: unknown }) => d.id)).not.toContain(mine.json.doc.id)
    expect((await api(server.url).get(`${DRAFTS}/${mine.json.doc.id}/report`)).status).toBe(401)
  })

  it('refuses an editor a draft for another department or the whole government', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    for (const body of [{ year, department: other.id }, { year }]) {
      const res = await staff.post(DRAFTS, body)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'department', message: messageOf('annualReport.own-department') })
    }
  })

  it('refuses to generate the item for a department without a 年度报告 column', async () => {
    const theirs = api(server.url, await login(server.url, outsider.email))
    const draft = await theirs.post(DRAFTS, { year, department: other.id })
    const res = await theirs.post(`${DRAFTS}/${draft.json.doc.id}/publish-draft`, {})
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe(messageOf('annualReport.no-column', '县财政局'))
  })

  it('lets the 网站管理员 draft the whole government’s report under the county’s name', async () => {
    const res = await api(server.url, await login(server.url, admin.email)).post(DRAFTS, { year })
    expect(res.status).toBe(201)
    const report = await api(server.url, await login(server.url, admin.email)).get(`${DRAFTS}/${res.json.doc.id}/report`)
    expect(report.json.title).toBe(`XX县人民政府${year}年政府信息公开工作年度报告`)
    const refused = await api(server.url, await login(server.url, admin.email)).post(`${DRAFTS}/${res.json.doc.id}/publish-draft`, {})
    expect(refused.json.errors[0].message).toBe(messageOf('annualReport.no-publisher'))
  })
})
