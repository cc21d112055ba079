/**
 * 依申请公开 over real HTTP (plugins/applications): the portal's endpoints, the register's access and masking, the
 * handling steps on the working-day clock with their refusals, and table 三 from the register. Dates are relative to
 * the day the test runs, counted on the same calendar the server uses.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeDepartment, makeUser } from '../helpers/fixtures'
import { WorkingDayCalendar, localDate, shiftDate } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let office: Department
let other: Department
let editor: User
let approver: User
let outsider: User
let admin: User
const calendar = new WorkingDayCalendar()
const today = localDate(new Date())
/** A working day `n` working days before today (the calendar knows the years the test runs in, or bounds them). */
const workingDaysAgo = (n: number) => {
  let day = today
  for (let left = n; left > 0; ) {
    day = shiftDate(day, -1)
    if (calendar.workingDayOrUnknown(day) !== false) left--
  }
  return day
}

const person = (overrides: Record<string, unknown> = {}) => ({
  applicantType: 'person',
  name: '张三明',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  email: 'zhangsan@example.com',
  address: '临江县城关镇人民路1号',
  description: '2025年度临江县城乡居民最低生活保障资金发放情况',
  purpose: '了解本村低保资金发放',
  delivery: 'email',
  department: office.id,
  ...overrides,
})

beforeAll(async () => {
  ctx = await bootPayload()
  office = await makeDepartment(ctx.payload, { name: '县民政局' })
  other = await makeDepartment(ctx.payload, { name: '县财政局' })
  editor = await makeUser(ctx.payload, ['editor'], office.id)
  approver = await makeUser(ctx.payload, ['approver'], office.id)
  outsider = await makeUser(ctx.payload, ['editor'], other.id)
  admin = await makeUser(ctx.payload, ['admin'], office.id)
  server = await startServer(ctx, { limits: { publicApplicationsPerHour: 1000 } })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('the portal (POST /api/public/applications, GET …/:trackingNumber)', () => {
  it('takes a valid application, received today, and answers with a tracking number and a query code', async () => {
    const res = await api(server.url).post('/api/public/applications', person())
    expect(res.status).toBe(201)
    expect(res.json.trackingNumber).toMatch(/^YSQ\d{8}\d{6}$/)
    expect(res.json.queryCode).toMatch(/^[\w-]{8}$/)
    expect(res.json.receivedAt).toBe(today)
    const status = await api(server.url).get(`/api/public/applications/${res.json.trackingNumber}?code=${res.json.queryCode}`)
    expect(status.status).toBe(200)
    expect(Object.keys(status.json).sort()).toEqual(['answeredAt', 'dueAt', 'receivedAt', 'status', 'trackingNumber'])
    expect(status.json.status).toBe('received')
    expect(status.json.dueAt).toBe(calendar.addWorkingDaysBounds(today, 20).earliest)
    expect(status.text).not.toContain('张三明')
  })

  it('answers a wrong code exactly as an unknown number: 404, nothing said', async () => {
    const { json } = await api(server.url).post('/api/public/applications', person())
    const wrong = await api(server.url).get(`/api/public/applications/${json.trackingNumber}?code=wrong-code`)
    const unknown = await api(server.url).get(`/api/public/applications/YSQ00000000000000?code=${json.queryCode}`)
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.json).toEqual(unknown.json)
    expect(wrong.json.errors[0].message).toBe(messageOf('applications.query-refused'))
  })

  it('refuses bad input field by field in Chinese, and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'applications' as never, overrideAccess: true })
    const res = await api(server.url).post('/api/public/applications', person({ idNumber: '110105194912310021', description: '', email: 'not-an-address', applicantType: 'alien' }))
    expect(res.status).toBe(400)
    const paths = (res.json.errors[0].data.errors as Array<{ path: string; message: string }>).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['applicantType', 'description', 'email']))
    const company = await api(server.url).post('/api/public/applications', person({ applicantType: 'company', organizationCode: '91110000000000000X', contactPerson: '' }))
    const messages = (company.json.errors[0].data.errors as Array<{ path: string; message: string }>).map((e) => `${e.path}:${e.message}`)
    expect(messages).toEqual(expect.arrayContaining(['organizationCode:统一社会信用代码无效，请核对后重新填写', 'contactPerson:请填写联系人']))
    const person2 = await api(server.url).post('/api/public/applications', person({ idNumber: '110105194912310021' }))
    expect(person2.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'idNumber', message: '居民身份证号码无效，请核对后重新填写' })])
    expect(await ctx.payload.count({ collection: 'applications' as never, overrideAccess: true })).toEqual(before)
  })

  it('takes at most ten a day from one applicant', async () => {
    const idNumber = '110101199003070417'
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await api(server.url).post('/api/public/applications', person({ idNumber }))).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201))
    const refused = await api(server.url).post('/api/public/applications', person({ idNumber }))
    expect(refused.status).toBe(429)
    expect(refused.json.errors[0].message).toBe(messageOf('applications.too-many', '10'))
  })

  it('is limited per client address by the server’s door', async () => {
    const tight = await startServer(ctx, { limits: { publicApplicationsPerHour: 2 } })
    try {
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await api(tight.url).post('/api/public/applications', person({ idNumber: '110101199003070433' }))).status)
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      await tight.close()
    }
  })
})

describe('the register (staff only, the handling department and the 网站管理员)', () => {
  it('is never readable anonymously, nor by another department; lists mask the applicant', async () => {
    const { json } = await api(server.url).post('/api/public/applications', person())
    expect((await api(server.url).get('/api/applications')).status).toBe(403)
    const graphql = await api(server.url).graphql('{ Applications { docs { trackingNumber applicant { name idNumber } } } }')
    expect(JSON.stringify(graphql.json)).not.toContain('张三明')
    expect(graphql.json.data?.Applications ?? null).toBeNull()
    const outsiders = await api(server.url, await login(server.url, outsider.email)).get(`/api/applications?where[trackingNumber][equals]=${json.trackingNumber}`)
    expect(outsiders.json.totalDocs).toBe(0)
    const mine = api(server.url, await login(server.url, editor.email))
    const list = await mine.get(`/api/applications?where[trackingNumber][equals]=${json.trackingNumber}`)
    expect(list.json.docs[0].applicant).toMatchObject({ name: '张*明', idNumber: '1101**********002X', phone: '138****5678', email: '***', address: '***' })
    const one = await mine.get(`/api/applications/${list.json.docs[0].id}`)
    expect(one.json.applicant).toMatchObject({ name: '张三明', idNumber: '11010519491231002X' })
    expect(one.json.queryCodeHash).toBeUndefined()
  })

  it('keeps its own fields out of reach of a request: number, state, due date and history come from the plugin', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    const receivedAt = workingDaysAgo(3)
    const created = await staff.post('/api/applications', {
      channel: 'letter',
      receivedAt,
      department: office.id,
      applicantType: 'person',
      applicant: { name: '李四', phone: '0710-1234567' },
      description: '县民政局2025年养老服务补贴发放名单',
      status: 'answered',
      trackingNumber: 'FAKE',
      history: [],
    })
    expect(created.status).toBe(201)
    expect(created.json.doc.status).toBe('received')
    expect(created.json.doc.trackingNumber).toMatch(/^YSQ/)
    expect(created.json.doc.dueAt).toBe(calendar.addWorkingDaysBounds(receivedAt, 20).earliest)
    expect(created.json.doc.history).toEqual([expect.objectContaining({ type: 'received', date: receivedAt, by: expect.objectContaining({ id: editor.id }) })])
    const patched = await staff.patch(`/api/applications/${created.json.doc.id}`, { status: 'closed', dueAt: '2099-01-01', receivedAt: today })
    expect(patched.json.doc).toMatchObject({ status: 'received', dueAt: created.json.doc.dueAt, receivedAt })
  })

  it('refuses to file for another department', async () => {
    const staff = api(server.url, await login(server.url, outsider.email))
    const res = await staff.post('/api/applications', { channel: 'in-person', receivedAt: today, department: office.id, applicantType: 'person', applicant: { name: '王五' }, description: '某信息' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0]).toMatchObject({ path: 'department', message: '只能登记本部门办理的申请' })
  })
})

describe('handling on the clock (POST /api/applications/:id/actions)', () => {
  const register = async (receivedAt: string) => {
    const staff = api(server.url, await login(server.url, editor.email))
    const { json } = await staff.post('/api/applications', { channel: 'letter', receivedAt, department: office.id, applicantType: 'company', applicant: { name: '临江某某科技有限公司', organizationCode: '91421123MA4F0XXXX0' }, description: '县工业园区2025年招商引资协议' })
    return { staff, id: json.doc.id as number }
  }

  it('补正 stops the clock and restarts it from the corrected application; a second 补正 is refused', async () => {
    const receivedAt = workingDaysAgo(12)
    const { staff, id } = await register(receivedAt)
    const requested = workingDaysAgo(10)
    const asked = await staff.post(`/api/applications/${id}/actions`, { action: 'request-correction', date: requested, reason: '请明确所需协议的名称或签订时间' })
    expect(asked.status).toBe(200)
    expect(asked.json).toMatchObject({ status: 'awaiting-correction', dueAt: null })
    const corrected = workingDaysAgo(4)
    const back = await staff.post(`/api/applications/${id}/actions`, { action: 'receive-correction', date: corrected })
    expect(back.json).toMatchObject({ status: 'in-progress', dueAt: calendar.addWorkingDaysBounds(corrected, 20).earliest })
    const again = await staff.post(`/api/applications/${id}/actions`, { action: 'request-correction', date: today, reason: '再次补正' })
    expect(again.status).toBe(400)
    expect(again.json.errors[0].message).toContain('补正应一次性告知')
  })

  it('extension: only with the office head (终审领导 or 网站管理员), once, at most 20 working days', async () => {
    const receivedAt = workingDaysAgo(15)
    const { staff, id } = await register(receivedAt)
    const byEditor = await staff.post(`/api/applications/${id}/actions`, { action: 'extend', days: 10, reason: '需调取档案' })
    expect(byEditor.status).toBe(403)
    expect(byEditor.json.errors[0].message).toBe(messageOf('applications.extend-forbidden'))
    const head = api(server.url, await login(server.url, approver.email))
    expect((await head.post(`/api/applications/${id}/actions`, { action: 'extend', days: 21, reason: '需调取档案' })).json.errors[0].message).toMatch(/1 至 20 个工作日/)
    const extended = await head.post(`/api/applications/${id}/actions`, { action: 'extend', days: 20, reason: '需调取档案' })
    expect(extended.json).toMatchObject({ status: 'extended', dueAt: calendar.addWorkingDaysBounds(receivedAt, 40).earliest })
    expect((await head.post(`/api/applications/${id}/actions`, { action: 'extend', days: 5, reason: '再延' })).json.errors[0].message).toContain('答复期限只能延长一次')
  })

  it('a third party’s time is not counted; the reply needs an outcome of table 三 and ends the handling', async () => {
    const receivedAt = workingDaysAgo(10)
    const { staff, id } = await register(receivedAt)
    await staff.post(`/api/applications/${id}/actions`, { action: 'consult-third-party', date: workingDaysAgo(8), reason: '涉及企业商业秘密' })
    const replied = await staff.post(`/api/applications/${id}/actions`, { action: 'third-party-replied', date: workingDaysAgo(3) })
    expect(replied.json.dueAt).toBe(calendar.addWorkingDaysBounds(receivedAt, 25).earliest)
    const noOutcome = await staff.post(`/api/applications/${id}/actions`, { action: 'reply', outcome: 'yes' })
    expect(noOutcome.status).toBe(400)
    expect(noOutcome.json.errors[0].message).toBe(messageOf('applications.outcome-required'))
    const answered = await staff.post(`/api/applications/${id}/actions`, { action: 'reply', outcome: 'partly-granted' })
    expect(answered.json).toMatchObject({ status: 'answered', answeredAt: today, outcome: 'partly-granted', late: false })
    expect((await staff.post(`/api/applications/${id}/actions`, { action: 'receive-correction' })).json.errors[0].message).toContain('申请已答复')
    const stored = await ctx.payload.findByID({ collection: 'applications' as never, id, overrideAccess: true, depth: 0 })
    expect((stored as unknown as { history: Array<{ type: string; by: number }> }).history.map((h) => h.type)).toEqual(['received', 'consultation-started', 'consultation-ended', 'answered'])
  })

  it('runs across Spring Festival and into a year the calendar does not know, as the calendar says', async () => {
    // Received Tuesday 10 February 2026: 11–14 Feb (4), 24–28 Feb (5, the 28th a worked Saturday), 2–13 Mar (10),
    // 16 Mar the 20th working day — the holiday 15–23 February does not count.
    const festival = await register('2026-02-10')
    const stored = (await ctx.payload.findByID({ collection: 'applications' as never, id: festival.id, overrideAccess: true, depth: 0 })) as unknown as { dueAt: string }
    expect(stored.dueAt).toBe('2026-03-16')
    // (The date runs go back to February 2026, before that day: then only the festival counts.)
    if (today < '2026-11-23') return
    // Received 20 November 2026 and extended by 20: the 40th working day lies in 2027, which chinese-days 1.5.7 does
    // not know — the earliest possible day, and no certain latest.
    const late = await register('2026-11-20')
    const head = api(server.url, await login(server.url, approver.email))
    const extended = await head.post(`/api/applications/${late.id}/actions`, { action: 'extend', date: '2026-11-23', days: 20, reason: '需调取档案' })
    const bounds = calendar.addWorkingDaysBounds('2026-11-20', 40)
    expect(bounds.earliest.startsWith('2027-')).toBe(true)
    expect(extended.json).toMatchObject({ status: 'extended', dueAt: bounds.earliest, late: calendar.covers(2027) ? expect.anything() : bounds.earliest < today ? null : false })
  })

  it('refuses a future date, an unknown action, and another department’s application', async () => {
    const { staff, id } = await register(workingDaysAgo(1))
    expect((await staff.post(`/api/applications/${id}/actions`, { action: 'reply', outcome: 'granted', date: shiftDate(today, 2) })).json.errors[0].message).toBe(messageOf('applications.future-date'))
    expect((await staff.post(`/api/applications/${id}/actions`, { action: 'approve' })).json.errors[0].message).toBe(messageOf('applications.unknown-action', 'approve'))
    const foreign = api(server.url, await login(server.url, outsider.email))
    const res = await foreign.post(`/api/applications/${id}/actions`, { action: 'reply', outcome: 'granted' })
    expect(res.status).toBe(404)
  })
})

describe('信息处理费 (国办函〔2020〕109号)', () => {
  const file = async (staff: ReturnType<typeof api>, receivedAt: string, idNumber: string) =>
    (await staff.post('/api/applications', { channel: 'letter', receivedAt, department: office.id, applicantType: 'person', applicant: { name: '钱七', idNumber }, description: '某镇2025年项目资金拨付明细' })).json.doc as { id: number; dueAt: string }

  it('by item: free up to the 10th application of the month, 100 元 for the 11th; the wait for the payment is not counted', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    const idNumber = '11010519800101001X'
    const filed = []
    for (let i = 0; i < 11; i++) filed.push(await file(staff, today, idNumber))
    const tenth = await staff.post(`/api/applications/${filed[9]!.id}/actions`, { action: 'fee-notice', method: 'item' })
    expect(tenth.status).toBe(400)
    expect(tenth.json.errors[0].message).toBe(messageOf('applications.fee-none', `按件计收：该申请人 ${today.slice(0, 7)} 第 10 件申请`))
    const eleventh = await staff.post(`/api/applications/${filed[10]!.id}/actions`, { action: 'fee-notice', method: 'item' })
    expect(eleventh.json).toMatchObject({ status: 'awaiting-payment' })
    const byPageToo = await staff.post(`/api/applications/${filed[10]!.id}/actions`, { action: 'fee-notice', method: 'page', pages: 300 })
    expect(byPageToo.json.errors[0].message).toContain('一件申请只发一次收费通知')
    const answerFirst = await staff.post(`/api/applications/${filed[10]!.id}/actions`, { action: 'reply', outcome: 'granted' })
    expect(answerFirst.json.errors[0].message).toContain('信息处理费未缴纳，不能答复')
    const paid = await staff.post(`/api/applications/${filed[10]!.id}/actions`, { action: 'fee-paid' })
    // Noticed and paid today: no working day passed in between, the last day stays.
    expect(paid.json).toMatchObject({ status: 'in-progress', dueAt: filed[10]!.dueAt })
    const stored = (await ctx.payload.findByID({ collection: 'applications' as never, id: filed[10]!.id, overrideAccess: true, depth: 0 })) as unknown as { history: Array<{ type: string; amount: number | null; method: string | null }> }
    expect(stored.history.filter((h) => h.type.startsWith('fee')).map((h) => [h.type, h.method, h.amount])).toEqual([
      ['fee-notice', 'item', 100],
      ['fee-paid', null, 100],
    ])
  })

  it('by page: nothing up to 30 pages, then each page at the rate of its band', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    const doc = await file(staff, today, '110105198001010038')
    expect((await staff.post(`/api/applications/${doc.id}/actions`, { action: 'fee-notice', method: 'page', pages: 30 })).json.errors[0].message).toBe(messageOf('applications.fee-none', '按量计收：30 页'))
    expect((await staff.post(`/api/applications/${doc.id}/actions`, { action: 'fee-notice', method: 'page', pages: 0 })).json.errors[0]).toEqual({ message: messageOf('applications.fee-pages'), field: 'pages' })
    expect((await staff.post(`/api/applications/${doc.id}/actions`, { action: 'fee-notice', method: 'both' })).json.errors[0].message).toBe(messageOf('applications.fee-method'))
    const notice = await staff.post(`/api/applications/${doc.id}/actions`, { action: 'fee-notice', method: 'page', pages: 150 })
    expect(notice.status).toBe(200)
    const stored = (await ctx.payload.findByID({ collection: 'applications' as never, id: doc.id, overrideAccess: true, depth: 0 })) as unknown as { history: Array<{ type: string; amount: number | null; pages: number | null }> }
    // 31–100 at 10 元 (700), 101–150 at 20 元 (1,000).
    expect(stored.history.at(-1)).toMatchObject({ type: 'fee-notice', pages: 150, amount: 1700 })
  })

  it('unpaid after 20 working days: closed as 逾期未缴费 (table 三 (六)2), not before', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    const noticeDay = workingDaysAgo(21)
    const doc = await file(staff, workingDaysAgo(22), '110105198001010054')
    await staff.post(`/api/applications/${doc.id}/actions`, { action: 'fee-notice', method: 'page', pages: 40, date: noticeDay })
    const recent = await file(staff, workingDaysAgo(2), '110105198001010054')
    await staff.post(`/api/applications/${recent.id}/actions`, { action: 'fee-notice', method: 'page', pages: 40, date: workingDaysAgo(1) })
    expect((await staff.post(`/api/applications/${recent.id}/actions`, { action: 'close-unpaid' })).json.errors[0].message).toBe(messageOf('applications.not-lapsed-fee'))
    const closing = await staff.post(`/api/applications/${doc.id}/actions`, { action: 'close-unpaid' })
    // Counting into a year nobody has entered yet, "past its last day" is only "maybe": the office waits.
    const sure = calendar.covers(Number(today.slice(0, 4))) && calendar.covers(Number(noticeDay.slice(0, 4)))
    if (sure) {
      expect(closing.json).toMatchObject({ status: 'closed', outcome: 'other:unpaid-fee', answeredAt: today })
    } else {
      expect(closing.json.errors[0].message).toBe(messageOf('applications.not-lapsed-fee'))
    }
  })
})

describe('table 三 (GET /api/applications/annual-table)', () => {
  it('counts the register by applicant type and outcome, and balances', async () => {
    const year = Number(today.slice(0, 4))
    const res = await api(server.url, await login(server.url, admin.email)).get(`/api/applications/annual-table?year=${year}&department=${office.id}`)
    expect(res.status).toBe(200)
    expect(res.json.imbalances).toEqual([])
    const rows = await ctx.payload.find({ collection: 'applications' as never, where: { department: { equals: office.id } }, pagination: false, overrideAccess: true, depth: 0 })
    const docs = rows.docs as unknown as Array<{ receivedAt: string; applicantType: string; outcome: string | null }>
    expect(res.json.rows.new.total).toBe(docs.filter((d) => d.receivedAt.startsWith(String(year))).length)
    expect(res.json.rows['partly-granted'].company).toBe(docs.filter((d) => d.outcome === 'partly-granted' && d.applicantType === 'company').length)
    expect(res.json.rows['partly-granted'].company).toBeGreaterThan(0)
    expect((await api(server.url, await login(server.url, admin.email)).get('/api/applications/annual-table?year=abc')).json.errors[0].message).toBe(messageOf('applications.year-invalid'))
  })

  it('gives an editor her own department only', async () => {
    const year = Number(today.slice(0, 4))
    const res = await api(server.url, await login(server.url, outsider.email)).get(`/api/applications/annual-table?year=${year}`)
    expect(res.json.rows.new.total).toBe(0)
  })
})

describe('督办 (the daily audit)', () => {
  it('files a red notice for an application past its last day and a yellow one within three working days of it', async () => {
    const staff = api(server.url, await login(server.url, editor.email))
    const file = async (receivedAt: string) =>
      (await staff.post('/api/applications', { channel: 'in-person', receivedAt, department: office.id, applicantType: 'person', applicant: { name: '赵六' }, description: '某村征地补偿标准' })).json.doc
    const overdue = await file(workingDaysAgo(21))
    const soon = await file(workingDaysAgo(18))
    const calm = await file(workingDaysAgo(5))
    const run = await api(server.url, await login(server.url, admin.email)).post('/api/audits/run', {})
    expect(run.status).toBe(200)
    const notices = (await ctx.payload.find({ collection: 'audit-notices' as never, where: { rule: { equals: 'application-deadline' } }, pagination: false, overrideAccess: true, depth: 0 })).docs as unknown as Array<{ subjectId: string; severity: string; department: number; message: string }>
    const of = (id: number) => notices.find((n) => n.subjectId === String(id))
    // In a year nobody has entered into the calendar yet, "past its last day" is only "maybe": yellow, and pending.
    const known = calendar.covers(Number(today.slice(0, 4)))
    expect(of(overdue.id)).toMatchObject({ severity: known ? 'red' : 'yellow', department: office.id })
    if (known) expect(of(overdue.id)!.message).toContain('已超过答复期限')
    expect(of(soon.id)).toMatchObject({ severity: 'yellow' })
    expect(of(calm.id)).toBeUndefined()
  })
})
