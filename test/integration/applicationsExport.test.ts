/**
 * The register's export (GET /api/applications/export): a real .xlsx (read back with exceljs) or a CSV holding the
 * applicant data in full, for the handling department and the 网站管理员 only, each export recorded in the export log
 * with who, what and from where; anonymous and other departments get nothing of it.
 */
import ExcelJS from 'exceljs'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeDepartment, makeUser } from '../helpers/fixtures'
import { localDate } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let office: Department
let other: Department
let editor: User
let outsider: User
let admin: User
const today = localDate(new Date())
const year = Number(today.slice(0, 4))

const logRows = async () =>
  (await ctx.payload.find({ collection: 'applicant-data-exports' as never, pagination: false, depth: 0, overrideAccess: true, sort: 'at' })).docs as unknown as Array<Record<string, unknown>>

beforeAll(async () => {
  ctx = await bootPayload()
  office = await makeDepartment(ctx.payload, { name: '县住房和城乡建设局' })
  other = await makeDepartment(ctx.payload, { name: '县教育局' })
  editor = await makeUser(ctx.payload, ['editor'], office.id, { name: '马建国' } as never)
  outsider = await makeUser(ctx.payload, ['editor'], other.id)
  admin = await makeUser(ctx.payload, ['admin'], office.id)
  server = await startServer(ctx)
  const staff = api(server.url, await login(server.url, editor.email))
  for (const [name, idNumber] of [
    ['周静怡', '421123199005060021'],
    ['=HYPERLINK("http://x")', '421123198811110016'],
  ] as const) {
    const res = await staff.post('/api/applications', { channel: 'letter', receivedAt: today, department: office.id, applicantType: 'person', applicant: { name, idNumber, phone: '13972345678' }, description: '城南棚户区改造项目补偿标准' })
    expect(res.status).toBe(201)
  }
  const foreign = api(server.url, await login(server.url, outsider.email))
  await foreign.post('/api/applications', { channel: 'letter', receivedAt: today, department: other.id, applicantType: 'person', applicant: { name: '外部门申请人' }, description: '学区划分' })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

it('exports the department’s register as a real .xlsx, applicant data in full, and records the export', async () => {
  const before = (await logRows()).length
  const res = await fetch(`${server.url}/api/applications/export?year=${year}&format=xlsx`, { headers: { Authorization: `JWT ${await login(server.url, editor.email)}` } })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('spreadsheetml')
  expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(`${year}年政府信息公开申请登记台账.xlsx`)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never)
  const sheet = book.getWorksheet('申请登记台账')!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  expect(header.slice(0, 7)).toEqual(['受理编号', '申请方式', '收到申请之日', '申请人类型', '姓名或名称', '证件类型', '证件号码'])
  const names = [2, 3].map((r) => String(sheet.getRow(r).getCell(5).value))
  expect(names.sort()).toEqual(['=HYPERLINK("http://x")', '周静怡'].sort())
  expect(sheet.rowCount).toBe(3)
  const ids = [2, 3].map((r) => String(sheet.getRow(r).getCell(7).value))
  expect(ids).toContain('421123199005060021')
  const log = await logRows()
  expect(log.length).toBe(before + 1)
  expect(log.at(-1)).toMatchObject({ user: editor.id, format: 'xlsx', subjectType: 'applications', subjectId: String(year), subjectTitle: `${year}年政府信息公开申请登记台账（2 件）` })
})

it('exports CSV with formulas neutralised, and refuses a bad format or year in Chinese', async () => {
  const token = await login(server.url, editor.email)
  const res = await fetch(`${server.url}/api/applications/export?year=${year}&format=csv`, { headers: { Authorization: `JWT ${token}` } })
  const bytes = Buffer.from(await res.arrayBuffer())
  // A byte-order mark first, so that Excel reads the Chinese as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text).toContain(`"'=HYPERLINK(""http://x"")"`)
  expect(text).not.toContain('外部门申请人')
  const staff = api(server.url, token)
  expect((await staff.get(`/api/applications/export?year=${year}&format=pdf`)).json.errors[0].message).toBe(messageOf('applications.export-format'))
  expect((await staff.get('/api/applications/export?year=20x6')).json.errors[0].message).toBe(messageOf('applications.year-invalid'))
})

it('gives anonymous nothing and another department none of this one’s applicants; the log is the 网站管理员’s to read', async () => {
  const before = (await logRows()).length
  expect((await fetch(`${server.url}/api/applications/export?year=${year}`)).status).toBe(401)
  const foreign = await fetch(`${server.url}/api/applications/export?year=${year}&format=csv`, { headers: { Authorization: `JWT ${await login(server.url, outsider.email)}` } })
  const text = await foreign.text()
  expect(text).toContain('外部门申请人')
  expect(text).not.toContain('周静怡')
  expect((await logRows()).length).toBe(before + 1)
  expect((await api(server.url, await login(server.url, editor.email)).get('/api/applicant-data-exports')).status).toBe(403)
  const asAdmin = await api(server.url, await login(server.url, admin.email)).get('/api/applicant-data-exports')
  expect(asAdmin.json.totalDocs).toBe(before + 1)
  const edit = await api(server.url, await login(server.url, admin.email)).patch(`/api/applicant-data-exports/${asAdmin.json.docs[0].id}`, { format: 'csv' })
  expect(edit.status).toBeGreaterThanOrEqual(400)
})
