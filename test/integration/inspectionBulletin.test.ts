/**
 * 季度通报 over real HTTP (plugins/inspection/bulletin): a past quarter with two units with problems is frozen, its
 * 通报 drafted into the county office's 通知公告 column (索引号, not public, the .docx and .xlsx attached), the files
 * read back (mammoth, exceljs), the refusals in Chinese, 三审, then the audit's 通报整改 findings for the listed units,
 * yellow before the deadline and red after. Dates are relative to the day the test runs (the quarter before today's).
 */
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser, publishThroughWorkflow } from '../helpers/fixtures'
import { beijing } from '../helpers/clock'
import { runAudit } from '../../plugins/audit/runAudit'
import { freezeQuarter } from '../../plugins/inspection'
import { endOfLocalDay, localDate, shiftDate, WorkingDayCalendar } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import { chineseDate } from '../../domain/inspection/bulletinFormat'
import { DEFAULT_INSPECTION_SETTINGS } from '../../domain/inspection/defaults'
import { quarterBounds, quarterOf, type QuarterKey } from '../../domain/inspection/model'
import type { Department, User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
let office: Department, minzheng: Department, chengguan: Department, caizheng: Department
let admin: User, approver: User, secrecy: User, editor: User
let staleNotice: { id: string | number }
const today = localDate(new Date())
const previous = (q: QuarterKey): QuarterKey => (q.endsWith('Q1') ? `${Number(q.slice(0, 4)) - 1}Q4` : (`${q.slice(0, 5)}${Number(q.slice(5)) - 1}` as QuarterKey))
const quarter = previous(quarterOf(today))
const { from } = quarterBounds(quarter)
const mid = beijing(shiftDate(from, 40), '10:00').toISOString()
const deadline = new WorkingDayCalendar().addWorkingDays(today, DEFAULT_INSPECTION_SETTINGS.rectificationDays)
const TITLE = `关于${quarter.slice(0, 4)}年第${['一', '二', '三', '四'][Number(quarter.slice(5)) - 1]}季度全县政务公开工作检查情况的通报`
const BASE = `/api/inspection/quarters/${quarter}`
const MATRIX = ['guide', 'organization', 'leaders', 'annual-report', 'policy']
const tokens: Record<string, string> = {}
let created: { document: string | number; indexNumber: string; deadline: string; units: string[]; attachments: Array<string | number> }

const notice = (data: Record<string, unknown>) =>
  ctx.payload.create({ collection: 'audit-notices', data: { severity: 'red', status: 'open', detectedAt: mid, lastSeenAt: mid, message: '测试', ...data } as never, overrideAccess: true })

const bytes = async (path: string, token: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  return { type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) }
}

const sheetRows = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  office = await makeDepartment(payload, { name: '县人民政府办公室', kind: 'office' })
  minzheng = await makeDepartment(payload, { name: '县民政局' })
  chengguan = await makeDepartment(payload, { name: '城关镇', kind: 'township' })
  caizheng = await makeDepartment(payload, { name: '县财政局' })
  // A smaller matrix than the default keeps the fixtures few: the four columns of annex 1 and 政策文件 for annex 2.
  const settings = (await payload.findGlobal({ slug: 'settings' })) as unknown as Record<string, Record<string, unknown>>
  await payload.updateGlobal({ slug: 'settings', data: { inspection: { ...settings.inspection, matrixColumnKinds: MATRIX } } as never })
  await makeColumn(payload, { kind: 'notice', department: office.id, title: '通知公告' })
  const columns: Record<string, Record<string, { id: string | number }>> = {}
  for (const d of [office, minzheng, chengguan, caizheng]) {
    columns[d.name] = {}
    for (const kind of MATRIX) {
      // 县民政局 has no 公开指南 column at all.
      if (d.id === minzheng.id && kind === 'guide') continue
      columns[d.name]![kind] = await makeColumn(payload, { kind: kind as never, department: d.id, title: `${d.name}${kind}` })
    }
  }
  const news = await makeColumn(payload, { kind: 'news', department: office.id, title: '政务动态' })
  // Two items published in the quarter (written straight to the row: 三审 would date them today): a 动态 of the office
  // and a 政策文件 of 县民政局 without a 解读.
  for (const [column, department] of [[news.id, office.id], [columns['县民政局']!.policy!.id, minzheng.id]] as const) {
    const doc = await makeDocument(payload, { column, department, formedAt: mid }, { draft: true })
    await payload.db.updateOne({ collection: 'documents', id: doc.id, data: { _status: 'published', publishedAt: mid }, returning: false })
  }
  const account = (department: Department, name: string, platform: string, status = 'active') =>
    payload.create({ collection: 'new-media-accounts', data: { name, platform, department: department.id, status, lastPostAt: mid } as never, overrideAccess: true })
  const stale = await account(minzheng, '民政微信', 'wechat')
  await account(minzheng, '民政抖音', 'douyin')
  await account(minzheng, '民政旧号', 'weibo', 'closing')
  await account(chengguan, '城关发布', 'wechat')
  await payload.create({ collection: 'new-media-posts' as never, data: { account: stale.id, month: from.slice(0, 7), count: 42 } as never, overrideAccess: true })
  // What the audit found in the quarter: a stale 政策文件 column of 城关镇, a stale account of 县民政局.
  staleNotice = await notice({ rule: 'column-stale', subjectType: 'columns', subjectId: String(columns['城关镇']!.policy!.id), subjectTitle: '城关镇政策文件', department: chengguan.id })
  await notice({ rule: 'new-media-stale', subjectType: 'new-media-accounts', subjectId: String(stale.id), subjectTitle: '民政微信', department: minzheng.id })

  admin = await makeUser(payload, ['admin'], office.id)
  // The office's crew takes the 通报 through 三审 later; its 保密审查员 and 终审领导 read the files, its editor may not.
  ;({ approver, secrecy, editor } = await crewFor(payload, office.id))
  server = await startServer(ctx)
  for (const [key, user] of Object.entries({ admin, approver, secrecy, editor })) tokens[key] = await login(server.url, user.email)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('通报 › refusals', () => {
  it('refuses to draft the 通报 of a quarter not frozen', async () => {
    const response = await api(server.url, tokens.admin).post(`${BASE}/bulletin`, {})
    expect([response.status, response.json.errors[0].message]).toEqual([400, messageOf('inspection.bulletin-not-frozen', quarter)])
  })
  it('refuses when the county office has no 通知公告 column', async () => {
    await freezeQuarter(ctx.payload, quarter)
    await ctx.payload.update({ collection: 'departments', id: office.id, data: { kind: 'department' } })
    const response = await api(server.url, tokens.admin).post(`${BASE}/bulletin`, {})
    await ctx.payload.update({ collection: 'departments', id: office.id, data: { kind: 'office' } })
    expect([response.status, response.json.errors[0].message]).toEqual([400, messageOf('inspection.bulletin-no-column')])
  })
  it('lets only the 网站管理员 draft it, and only the 政务公开办 read it', async () => {
    const drafted = await api(server.url, tokens.approver).post(`${BASE}/bulletin`, {})
    expect([drafted.status, drafted.json.errors[0].message]).toEqual([403, messageOf('inspection.bulletin-forbidden')])
    const read = await api(server.url, tokens.editor).get(`${BASE}/bulletin.docx`)
    expect([read.status, read.json.errors[0].message]).toEqual([403, messageOf('inspection.bulletin-read-forbidden')])
  })
  it('refuses a malformed publication day at its field', async () => {
    const response = await api(server.url, tokens.admin).post(`${BASE}/bulletin`, { publishOn: '2026-13-01' })
    expect([response.status, response.json.errors[0].message]).toEqual([400, messageOf('inspection.bulletin-date', '2026-13-01')])
  })
})

describe('通报 › the draft', () => {
  beforeAll(async () => {
    const response = await api(server.url, tokens.admin).post(`${BASE}/bulletin`, { publishOn: today })
    expect(response.status).toBe(201)
    created = response.json
  })
  it('lists the units with problems and counts the deadline in working days from the day of publication', () => {
    expect([...created.units].sort()).toEqual(['城关镇', '县民政局'].sort())
    expect(created.deadline).toBe(deadline)
  })
  it('is a draft 通知公告 of the county office with its 索引号, the .docx and .xlsx attached, and not public', async () => {
    const item = await ctx.payload.findByID({ collection: 'documents', id: created.document, draft: true, depth: 1, overrideAccess: true })
    const column = item.column as { kind: string; department: { id: unknown } | unknown }
    expect([item.title, item._status, item.kind, item.disclosure, column.kind, item.department && (item.department as Department).id]).toEqual([TITLE, 'draft', 'notice', 'proactive', 'notice', office.id])
    expect(item.indexNumber).toBeTruthy()
    expect(created.indexNumber).toBe(item.indexNumber)
    expect((item.attachments as Array<{ mimeType: string }>).map((m) => m.mimeType).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ])
    expect((await api(server.url).get(`/api/documents/${created.document}`)).status).toBe(404)
  })
  it('refuses a second draft of the same quarter', async () => {
    const response = await api(server.url, tokens.admin).post(`${BASE}/bulletin`, {})
    expect([response.status, response.json.errors[0].message]).toEqual([409, messageOf('inspection.bulletin-exists', quarter, String(created.document))])
  })
})

describe('通报 › the files', () => {
  it('.docx: title, 基本情况 figures, one paragraph per problem naming the units, suggestions and deadline', async () => {
    const { type, body } = await bytes(`${BASE}/bulletin.docx`, tokens.secrecy)
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const lines = (await mammoth.extractRawText({ buffer: body })).value.split('\n').filter(Boolean)
    expect(lines[0]).toBe(TITLE)
    expect(lines).toContain('二、存在问题')
    expect(lines.find((l) => l.includes('全县共主动公开政府信息'))).toContain('全县共主动公开政府信息2条，其中动态信息1条，法定主动公开内容1条；发布政策文件1件，已解读0件；')
    expect(lines.find((l) => l.includes('各政务新媒体账号共发布信息'))).toContain('各政务新媒体账号共发布信息42条。')
    expect(lines).toContain('全县现有4个政务新媒体账号，此次检查合格2个，不合格1个，正在注销1个，合格率66.7%。')
    expect(lines).toContain('（一）栏目更新不及时。经查，城关镇（政策文件未及时更新），共1个单位存在此类问题。')
    expect(lines).toContain('（二）空白栏目较多。经查，县民政局（未添加政府信息公开指南），共1个单位存在此类问题。')
    expect(lines).toContain('（三）政策解读不到位。经查，县民政局（1件政策文件未解读），共1个单位存在此类问题。')
    expect(lines).toContain('（四）政务新媒体监管不到位。经查，县民政局（1个政务新媒体账号不合格），共1个单位存在此类问题。')
    expect(lines).toContain(`此次通报存在的问题，请各相关单位于${chineseDate(deadline)}前整改完成。`)
    expect(lines.slice(-1)).toEqual([chineseDate(today)])
  })
  it('.xlsx: the three annexes as three sheets with the expected cells', async () => {
    const { body } = await bytes(`${BASE}/annexes.xlsx`, tokens.approver)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as never)
    expect(book.worksheets.map((s) => s.name)).toEqual(['附件1 主要栏目', '附件2 基层政务公开专栏', '附件3 政务新媒体'])
    const [main, grassroots, media] = book.worksheets.map(sheetRows)
    expect(main![1]).toEqual(['序号', '单位', '政府信息公开指南', '机构概况', '领导简介', '政府信息公开年报'])
    expect(main!.find((r) => r[1] === '县民政局')!.slice(2)).toEqual(['未添加', '已添加', '已添加', '已添加'])
    expect(main!.find((r) => r[1] === '未添加单位数')!.slice(2)).toEqual([1, 0, 0, 0])
    expect(grassroots![1]).toEqual(['序号', '单位', '政策文件'])
    expect(grassroots!.filter((r) => typeof r[0] === 'number').map((r) => r.slice(1)).sort()).toEqual(
      [['县人民政府办公室', '较好'], ['县民政局', '较好'], ['城关镇', '未更新'], ['县财政局', '较好']].sort(),
    )
    expect(grassroots!.find((r) => r[1] === '未更新单位数')!.slice(2)).toEqual([1])
    expect(media![1]).toEqual(['序号', '单位', '账号数', '合格', '不合格', '注销中', '合格率', '本季度发布信息（条）'])
    expect(media!.slice(2).map((r) => r.slice(1)).sort()).toEqual(
      [
        ['县民政局', 3, 1, 1, 1, '50%', 42],
        ['城关镇', 1, 1, 0, 0, '100%', 0],
        ['合计', 4, 2, 1, 1, '66.7%', 42],
      ].sort(),
    )
  })
})

describe('通报 › 整改督办 after publication', () => {
  const rectification = async (now: Date) => (await runAudit(ctx.payload, { now, dryRun: true })).findings.filter((f) => f.rule === 'bulletin-rectification')
  it('follows nobody up while the 通报 is a draft', async () => expect(await rectification(new Date())).toEqual([]))
  it('after 三审, gives each listed unit whose problem is still there a yellow notice due at the deadline, citing the 通报', async () => {
    await publishThroughWorkflow(ctx.payload, 'documents', created.document, office.id)
    const found = await rectification(new Date())
    const due = endOfLocalDay(deadline).toISOString()
    expect(found.map((f) => [f.subjectType, f.subjectId, f.department, f.severity, f.dueAt]).sort()).toEqual(
      [
        ['departments', String(chengguan.id), chengguan.id, 'yellow', due],
        ['departments', String(minzheng.id), minzheng.id, 'yellow', due],
      ].sort(),
    )
    expect(found.find((f) => f.department === chengguan.id)!.message).toBe(`《${TITLE}》要求于 ${deadline} 前整改：栏目更新不及时（政策文件未及时更新）`)
    expect(found.find((f) => f.department === minzheng.id)!.message).toBe(`《${TITLE}》要求于 ${deadline} 前整改：政务新媒体监管不到位（1个政务新媒体账号不合格）`)
  })
  it('turns red after the deadline, and leaves out a unit whose notices are resolved', async () => {
    await ctx.payload.update({ collection: 'audit-notices', id: staleNotice.id, data: { status: 'resolved', resolvedAt: new Date().toISOString() } as never, overrideAccess: true })
    const found = await rectification(beijing(shiftDate(deadline, 1), '09:00'))
    expect(found.map((f) => [f.department, f.severity])).toEqual([[minzheng.id, 'red']])
  })
})
