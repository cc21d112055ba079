/**
 * 导入国务院办公厅节假日安排通知 over real HTTP: the preview, refusals naming the line (nothing saved), who may call
 * it, corrected days, the save in one transaction, and the working-day calendar answering for the imported year.
 */
import fs from 'node:fs'
import path from 'node:path'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, login, makeDepartment, makeUser } from '../helpers/fixtures'
import { loadCalendar } from '../../plugins/calendar/loadCalendar'

const NOTICE_2027 = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../unit/fixtures/holiday-notices/2027-fictional.txt'), 'utf8')
const TITLE_2027 = '国务院办公厅关于2027年部分节假日安排的通知'
const IMPORT = '/api/calendar-days/import'

let ctx: TestContext
let server: TestServer
let anon: ReturnType<typeof api>
let editorApi: ReturnType<typeof api>
let adminApi: ReturnType<typeof api>

const payload = () => ctx.payload
const stored = async (prefix: string) => {
  const { docs } = await payload().find({ collection: 'calendar-days', where: { date: { like: `${prefix}-` } }, pagination: false, depth: 0, sort: 'date' })
  return docs.filter((d) => d.date.startsWith(`${prefix}-`))
}
const countAll = async () => (await payload().count({ collection: 'calendar-days' })).totalDocs

beforeAll(async () => {
  ctx = await bootPayload()
  const dept = await makeDepartment(payload(), { name: '县人民政府办公室' })
  const admin = await makeUser(payload(), ['admin'], dept.id)
  const editor = await makeUser(payload(), ['editor'], dept.id)
  server = await startServer(ctx)
  anon = api(server.url)
  adminApi = api(server.url, await login(server.url, admin.email))
  editorApi = api(server.url, await login(server.url, editor.email))
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('POST /api/calendar-days/import › preview', () => {
  it('does not know 2027 before anything is entered', async () => {
    expect((await loadCalendar(payload())).covers(2027)).toBe(false)
  })

  it('answers every day of the notice with its type and name, and saves nothing', async () => {
    const response = await adminApi.post(IMPORT, { text: NOTICE_2027 })
    expect(response.status).toBe(200)
    expect(response.json.year).toBe(2027)
    expect(response.json.errors).toEqual([])
    const days = response.json.days as Array<Record<string, unknown>>
    expect(days).toHaveLength(34)
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(28)
    expect(days[0]).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦', note: '元旦', existing: null, conflict: false })
    expect(days.find((d) => d.date === '2027-02-20')).toEqual({ date: '2027-02-20', kind: 'workday', name: '春节', note: '春节调休上班', existing: null, conflict: false })
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date as string)].sort())
    expect(await countAll()).toBe(0)
  })

  it('shows the entry already stored for a date, and flags a different type as a conflict', async () => {
    const same = await payload().create({ collection: 'calendar-days', data: { date: '2027-01-01', kind: 'holiday', note: '元旦（手工录入）' } })
    const other = await payload().create({ collection: 'calendar-days', data: { date: '2027-01-31', kind: 'holiday', note: '误录为放假' } })
    try {
      const response = await adminApi.post(IMPORT, { text: NOTICE_2027 })
      const byDate = new Map((response.json.days as Array<{ date: string }>).map((d) => [d.date, d]))
      expect(byDate.get('2027-01-01')).toMatchObject({ existing: { kind: 'holiday', note: '元旦（手工录入）' }, conflict: false })
      expect(byDate.get('2027-01-31')).toMatchObject({ kind: 'workday', existing: { kind: 'holiday', note: '误录为放假' }, conflict: true })
    } finally {
      await payload().delete({ collection: 'calendar-days', id: same.id })
      await payload().delete({ collection: 'calendar-days', id: other.id })
    }
  })
})

describe('POST /api/calendar-days/import › refusals', () => {
  it.each([
    ['a weekday that does not match the date', NOTICE_2027.replace('一、元旦：1月1日（周五）', '一、元旦：1月1日（周三）'), '第 9 行（元旦）：1月1日（周三）与日历不符：2027-01-01 是周五。'],
    ['a date both 放假 and 上班', NOTICE_2027.replace('1月31日（周日）、2月20日（周六）上班', '2月6日（周六）、2月20日（周六）上班'), '第 11 行（春节）：2027-02-06 已在本行列为放假，不能同时列为上班。'],
    ['a range whose 共N天 is wrong', NOTICE_2027.replace('放假调休，共7天', '放假调休，共8天'), '第 21 行（国庆节）：10月1日（周五）至7日（周四）共 7 天，与通知所写“共8天”不符。'],
    ['a text without the title', '一、元旦：1月1日放假。', '第 1 行：未找到通知标题《国务院办公厅关于YYYY年部分节假日安排的通知》，无法确定年份。请粘贴包括标题在内的通知全文。'],
  ])('answers 400 naming the line for %s, as preview and as confirmation, and saves nothing', async (_label, text, message) => {
    for (const body of [{ text }, { text, confirm: true }]) {
      const response = await adminApi.post(IMPORT, body)
      expect(response.status).toBe(400)
      expect(response.json.errors[0].message).toBe(message)
    }
    expect(await countAll()).toBe(0)
  })

  it('answers 400 for an empty text', async () => {
    const response = await adminApi.post(IMPORT, { text: '  ' })
    expect(response.status).toBe(400)
    expect(response.json.errors).toEqual([{ message: '请粘贴国务院办公厅关于节假日安排的通知全文' }])
  })

  it('refuses staff who are not admins with 403 in Chinese, and anonymous callers with 401', async () => {
    const byEditor = await editorApi.post(IMPORT, { text: NOTICE_2027, confirm: true })
    expect(byEditor.status).toBe(403)
    expect(byEditor.json.errors).toEqual([{ message: '只有网站管理员可以导入节假日安排' }])
    const anonymous = await anon.post(IMPORT, { text: NOTICE_2027, confirm: true })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors).toEqual([{ message: '请先登录' }])
    expect(await countAll()).toBe(0)
  })

  it('checks corrected days: valid dates within the year ±1, known types, no date twice', async () => {
    const response = await adminApi.post(IMPORT, {
      text: NOTICE_2027,
      confirm: true,
      days: [
        { date: '2027-01-01', kind: 'holiday', note: '元旦' },
        { date: '2027-02-30', kind: 'holiday' },
        { date: '2030-01-01', kind: 'holiday' },
        { date: '2027-02-20', kind: 'rest' },
        { date: '2027-01-01', kind: 'workday' },
        'x',
      ],
    })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((e: { message: string }) => e.message)).toEqual([
      '第 2 条：日期“2027-02-30”无效，应为 YYYY-MM-DD。',
      '第 3 条：日期 2030-01-01 不在 2027 年前后（应在 2026—2028 年之间）。',
      '第 4 条：类型“rest”无效，应为放假（holiday）或上班（workday）。',
      '第 5 条：日期 2027-01-01 与第 1 条重复。',
      '第 6 条：格式不正确，应为 {date, kind, note}。',
    ])
    const none = await adminApi.post(IMPORT, { text: NOTICE_2027, confirm: true, days: [] })
    expect(none.status).toBe(400)
    expect(none.json.errors).toEqual([{ message: '没有要导入的日期：请至少保留一天再确认导入。' }])
    expect(await countAll()).toBe(0)
  })
})

describe('POST /api/calendar-days/import › confirm', () => {
  it('saves all days in one transaction: a failure on the last day leaves nothing', async () => {
    const hooks = payload().collections['calendar-days'].config.hooks.beforeChange as CollectionBeforeChangeHook[]
    const failOnLastDay: CollectionBeforeChangeHook = ({ data }) => {
      if (data?.date === '2027-10-09') throw new APIError('测试：模拟保存失败', 500)
      return data
    }
    hooks.push(failOnLastDay)
    try {
      const response = await adminApi.post(IMPORT, { text: NOTICE_2027, confirm: true })
      expect(response.status).toBe(500)
      expect(await countAll()).toBe(0)
    } finally {
      hooks.splice(hooks.indexOf(failOnLastDay), 1)
    }
  })

  it('creates or updates by date, with the corrections, the notice title as 依据文件, and the calendar then answers for 2027', async () => {
    const wrong = await payload().create({ collection: 'calendar-days', data: { date: '2027-01-31', kind: 'holiday', note: '误录为放假' } })
    const preview = await adminApi.post(IMPORT, { text: NOTICE_2027 })
    // The administrator leaves out 10-09 and sends the rest as previewed.
    const days = (preview.json.days as Array<{ date: string; kind: string; note: string }>)
      .filter((d) => d.date !== '2027-10-09')
      .map(({ date, kind }) => ({ date, kind }))
    const response = await adminApi.post(IMPORT, { text: NOTICE_2027, confirm: true, days })
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ year: 2027, saved: 33 })

    const entries = await stored('2027')
    expect(entries).toHaveLength(33)
    expect(entries.filter((e) => e.date === '2027-01-31')).toEqual([
      expect.objectContaining({ date: '2027-01-31', kind: 'workday', note: '春节调休上班', source: TITLE_2027 }),
    ])
    expect((await payload().findByID({ collection: 'calendar-days', id: wrong.id })).kind).toBe('workday')
    expect(entries.find((e) => e.date === '2027-10-01')).toMatchObject({ kind: 'holiday', note: '国庆节', source: TITLE_2027 })
    expect(entries.some((e) => e.date === '2027-10-09')).toBe(false)

    const calendar = await loadCalendar(payload())
    expect(calendar.covers(2027)).toBe(true)
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true) // make-up Saturday
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false) // Monday in 春节
    expect(calendar.isWorkingDay('2027-02-13')).toBe(false) // ordinary Saturday
    expect(calendar.isWorkingDay('2027-03-01')).toBe(true) // ordinary Monday
    expect(calendar.isWorkingDay('2027-10-09')).toBe(false) // left out: an ordinary Saturday
    expect(calendar.addWorkingDays('2027-09-30', 1)).toBe('2027-10-08')
  })

  it('imports the same notice again without duplicating anything, updating the stored entries', async () => {
    const response = await adminApi.post(IMPORT, { text: NOTICE_2027, confirm: true })
    expect(response.json).toEqual({ year: 2027, saved: 34 })
    expect(await stored('2027')).toHaveLength(34)
    const preview = await adminApi.post(IMPORT, { text: NOTICE_2027 })
    expect((preview.json.days as Array<{ existing: unknown; conflict: boolean }>).every((d) => d.existing !== null && !d.conflict)).toBe(true)
  })

  it('keeps the 文号 with the title when the notice carries it', async () => {
    const text = '国务院办公厅关于2028年部分节假日安排的通知\n国办发明电〔2027〕1号\n一、元旦：1月1日（周六）至3日（周一）放假，共3天。'
    const response = await adminApi.post(IMPORT, { text, confirm: true })
    expect(response.json).toEqual({ year: 2028, saved: 3 })
    expect((await stored('2028')).map((e) => e.source)).toEqual(Array(3).fill('国务院办公厅关于2028年部分节假日安排的通知（国办发明电〔2027〕1号）'))
  })
})
