/**
 * Issue 15 in a real browser: the 季度检查看板 of the demo county as the 政务公开办 (网站管理员) and as the 信息报送员 of
 * 县财政局. The board's colours, scores and ranks are the endpoint's; the current quarter's colours follow the open
 * 督办通知 read over HTTP; the trend shows the two frozen past quarters the demo seeds; a department's row opens its
 * deductions and notices. The 通报 of the last frozen quarter is generated from the dashboard and its .docx and .xlsx
 * are downloaded and parsed. Screenshots in test-artifacts/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession, type Json } from '../helpers/adminSession'
import { localDate } from '../../domain/calendar'
import { quarterOf, type QuarterKey } from '../../domain/inspection/model'
import { pastQuarters } from '../../src/seed/demoInspection'

const PAGE_LOAD = 180_000
const TEST_TIME = 600_000

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 }, acceptDownloads: true })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

// The demo was seeded today (test/e2eGlobalSetup.mjs), so its frozen quarters are the two before today's.
const today = localDate(new Date())
const current = quarterOf(today)
const [older, last] = pastQuarters(today)

type Row = { id: number | string; name: string; colour: string; score: number; rank: number; figures?: Json; notices?: Array<number | string> }

/** What the board shows: one entry per row, from its data attributes. */
const boardRows = async () =>
  page.locator('[data-testid="inspection-row"]').evaluateAll((rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-department'), name: r.getAttribute('data-name'), colour: r.getAttribute('data-colour'), score: Number(r.getAttribute('data-score')), rank: Number(r.getAttribute('data-rank')) })),
  )
const asBoard = (rows: Row[]) => rows.map((d) => ({ id: String(d.id), name: d.name, colour: d.colour, score: d.score, rank: d.rank })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh'))
const sorted = <T extends { rank: number; name: string | null }>(rows: T[]) => [...rows].sort((a, b) => a.rank - b.rank || String(a.name).localeCompare(String(b.name), 'zh'))

const openDashboard = async (quarter?: QuarterKey) => {
  await page.goto(`${app.url}/admin/inspection${quarter ? `?quarter=${quarter}` : ''}`, { timeout: PAGE_LOAD })
  await page.locator(`[data-testid="inspection-dashboard"]`).waitFor({ timeout: PAGE_LOAD })
  await page.locator('[data-testid="inspection-row"]').first().waitFor({ timeout: PAGE_LOAD })
}

const download = async (path: string, token: string): Promise<Buffer> => {
  const res = await fetch(`${app.url}${path}`, { headers: { authorization: `JWT ${token}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return Buffer.from(await res.arrayBuffer())
}

describe('the 政务公开办 (网站管理员)', () => {
  it('finds the dashboard in the nav; the current quarter’s board is the endpoint’s and its colours follow the open 督办通知', screenshotOnFailure('inspection-office-board', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    // Today's audit: the notices the current quarter is judged on.
    await call('POST', '/api/audits/run', admin, {})
    const answer = await call('GET', `/api/inspection/quarters/${current}`, admin)
    const departments = (await call('GET', '/api/departments?limit=1000&depth=0', admin)).docs as Array<{ id: number }>
    expect(answer.frozen).toBe(false)
    expect(answer.departments).toHaveLength(departments.length)

    await logIn('admin@demo.gov.cn')
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    const link = page.locator('#nav-inspection-dashboard')
    await link.waitFor({ state: 'attached', timeout: PAGE_LOAD })
    expect(await link.getAttribute('href')).toBe('/admin/inspection')

    await openDashboard()
    expect(await page.locator('[data-testid="inspection-dashboard"]').getAttribute('data-quarter')).toBe(current)
    expect(sorted(await boardRows())).toEqual(asBoard(answer.departments as Row[]))

    // Independently of the endpoint: a department with an open red notice is red; one with no notice standing in the
    // quarter (open, or resolved since it began: the last quarter's, resolved after its close, stand in this one too)
    // and no 人工扣分 is green at full score.
    const open = (await call('GET', '/api/audit-notices?where[status][equals]=open&limit=1000&depth=0', admin)).docs as Array<{ department?: number; severity: string }>
    const since = new Date(`${current.slice(0, 4)}-${String((Number(current.slice(5)) - 1) * 3 + 1).padStart(2, '0')}-01T00:00:00+08:00`).toISOString()
    const resolved = (await call('GET', `/api/audit-notices?where[resolvedAt][greater_than_equal]=${since}&limit=1000&depth=0`, admin)).docs as Array<{ department?: number }>
    const manual = (await call('GET', `/api/inspection-deductions?where[quarter][equals]=${current}&limit=1000&depth=0`, admin)).docs as Array<{ department?: number }>
    const board = await boardRows()
    const redOpen = new Set(open.filter((n) => n.severity === 'red').map((n) => String(n.department)))
    const touched = new Set([...open, ...resolved, ...manual].map((n) => String(n.department)))
    expect(redOpen.size).toBeGreaterThan(0)
    for (const row of board) {
      if (redOpen.has(String(row.id))) expect([row.name, row.colour]).toEqual([row.name, 'red'])
      if (!touched.has(String(row.id))) expect([row.name, row.colour, row.score]).toEqual([row.name, 'green', 100])
    }
    // Otherwise the loop above proved nothing about red.
    expect(board.filter((r) => redOpen.has(String(r.id))).length).toBeGreaterThan(0)
  }), TEST_TIME)

  it('shows the two frozen quarters in the trend, with the colours of their snapshots', screenshotOnFailure('inspection-office-trend', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    const frozen = await Promise.all([older, last].map((q) => call('GET', `/api/inspection/quarters/${q}`, admin)))
    expect(frozen.map((a) => a.frozen)).toEqual([true, true])

    const quarters = page.locator('[data-testid="trend-colours"] [data-testid="trend-quarter"]')
    await page.locator('[data-testid="trend-colour-bar"]').nth(3).waitFor({ timeout: PAGE_LOAD })
    const shown = await quarters.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-quarter'), g.getAttribute('data-frozen')]))
    expect(shown.slice(-3)).toEqual([
      [older, 'true'],
      [last, 'true'],
      [current, 'false'],
    ])
    for (const [quarter, answer] of [
      [older, frozen[0]],
      [last, frozen[1]],
    ] as const) {
      const bar = page.locator(`[data-testid="trend-colour-bar"][data-quarter="${quarter}"]`)
      const count = (colour: string) => (answer.departments as Row[]).filter((d) => d.colour === colour).length
      expect([await bar.getAttribute('data-red'), await bar.getAttribute('data-yellow'), await bar.getAttribute('data-green')]).toEqual([String(count('red')), String(count('yellow')), String(count('green'))])
    }
    // The demo's story: two reds and three yellows in the older quarter, two reds and three yellows in the last.
    expect((frozen[0].departments as Row[]).filter((d) => d.colour !== 'green').map((d) => d.name).sort()).toEqual(['县住房和城乡建设局', '县农业农村局', '县教育局', '县财政局', '石桥乡'].sort())
    expect((frozen[1].departments as Row[]).filter((d) => d.colour === 'red').map((d) => d.name).sort()).toEqual(['县农业农村局', '石桥乡'].sort())
    // Each department's line has its frozen scores.
    const jyj = (frozen[0].departments as Row[]).find((d) => d.name === '县教育局')!
    const line = page.locator(`[data-testid="trend-score-line"][data-department="${jyj.id}"]`)
    const scores = ((await line.getAttribute('data-scores')) ?? '').split(',')
    expect(scores.slice(-3, -1)).toEqual([String(jyj.score), String((frozen[1].departments as Row[]).find((d) => d.name === '县教育局')!.score)])
    // The year's 考评 under the trends: the endpoint's rows, each department's 日常考核 the average of its frozen
    // quarters of the year.
    const year = Number(current.slice(0, 4))
    const yearAnswer = await call('GET', `/api/inspection/years/${year}`, admin)
    await page.locator('[data-testid="inspection-year-row"]').first().waitFor({ timeout: PAGE_LOAD })
    const yearRows = await page.locator('[data-testid="inspection-year-row"]').evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-name'), r.getAttribute('data-daily')]))
    expect(yearRows).toEqual((yearAnswer.departments as Array<{ name: string; daily: number | null }>).map((d) => [d.name, d.daily === null ? '' : String(d.daily)]))
    const ownFrozen = ([[older, frozen[0]], [last, frozen[1]]] as const).filter(([q]) => q.startsWith(String(year))).map(([, a]) => (a.departments as Row[]).find((d) => d.name === '县教育局')!.score as number)
    const jyjYear = (yearAnswer.departments as Array<{ name: string; daily: number | null }>).find((d) => d.name === '县教育局')!
    expect(jyjYear.daily).toBe(ownFrozen.length ? Math.round((ownFrozen.reduce((a, b) => a + b, 0) / ownFrozen.length) * 100) / 100 : null)
    await page.locator('[data-testid="trend-scores"]').scrollIntoViewIfNeeded()
    await shot('inspection-dashboard-office.png')
  }), TEST_TIME)

  it('opens the last frozen quarter and drills into a red department: its deductions and its notices, each a link', screenshotOnFailure('inspection-office-drill', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    const answer = await call('GET', `/api/inspection/quarters/${last}`, admin)
    await page.locator('[data-testid="inspection-quarter"]').selectOption(last)
    await page.locator(`[data-testid="inspection-dashboard"][data-quarter="${last}"] [data-testid="inspection-state"][data-frozen="true"]`).waitFor({ timeout: PAGE_LOAD })
    expect(sorted(await boardRows())).toEqual(asBoard(answer.departments as Row[]))

    const red = (answer.departments as Row[]).find((d) => d.name === '县农业农村局')!
    expect(red.colour).toBe('red')
    await page.locator(`[data-testid="inspection-row"][data-department="${red.id}"]`).click()
    const detail = page.locator(`[data-testid="inspection-detail"][data-department="${red.id}"]`)
    await detail.locator('[data-testid="inspection-notice"]').first().waitFor({ timeout: PAGE_LOAD })
    const deductions = await detail.locator('[data-testid="inspection-deduction"]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-item'), Number(r.getAttribute('data-points'))]))
    expect(deductions).toEqual(((answer.departments as Array<Row & { deductions: Array<{ item: string; points: number }> }>).find((d) => d.id === red.id)!.deductions).map((d) => [d.item, d.points]))
    expect(deductions.map(([item]) => item)).toContain('new-media')

    // The notices behind the colour: the snapshot's, each linking to its 督办通知, the red one among them.
    const shown = await detail.locator('[data-testid="inspection-notice"]').evaluateAll((items) => items.map((i) => [i.getAttribute('data-notice'), i.getAttribute('data-severity')]))
    for (const id of red.notices ?? []) expect(shown.map(([n]) => n)).toContain(String(id))
    expect(shown.map(([, severity]) => severity)).toContain('red')
    const href = await detail.locator('[data-testid="inspection-notice"] a').first().getAttribute('href')
    expect(href).toMatch(/^\/admin\/collections\/audit-notices\/\d+$/)
    const notice = await call('GET', `/api/audit-notices/${href!.split('/').pop()}?depth=0`, admin)
    expect(String(notice.department)).toBe(String(red.id))
    await shot('inspection-dashboard-drilldown.png')
  }), TEST_TIME)

  it('generates the 通报 of the last frozen quarter from the dashboard; its .docx and .xlsx hold the snapshot’s tables', screenshotOnFailure('inspection-office-bulletin', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    const answer = await call('GET', `/api/inspection/quarters/${last}`, admin)
    await page.locator('[data-testid="inspection-bulletin-generate"]').click()
    const draft = page.locator('[data-testid="inspection-bulletin-draft"]')
    await draft.waitFor({ timeout: PAGE_LOAD })
    const item = await call('GET', `/api/documents/${await draft.getAttribute('data-document')}?draft=true&depth=1`, admin)
    expect(item._status).toBe('draft')
    expect(item.column.kind).toBe('notice')
    expect(String(item.indexNumber)).toMatch(/^[0-9A-Z]{9,18}\/\d{4}-\d{5}$/)
    await shot('inspection-dashboard-bulletin.png')

    // The body names the red units among its problems.
    const docx = await download(`/api/inspection/quarters/${last}/bulletin.docx`, admin)
    const { value: text } = await mammoth.extractRawText({ buffer: docx })
    expect(text).toContain('一、基本情况')
    expect(text).toContain('二、存在问题')
    for (const name of ['县农业农村局', '石桥乡']) expect(text).toContain(name)

    // Annex 3: one row per unit with accounts, its posts the snapshot's, and the total the quarter's.
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await download(`/api/inspection/quarters/${last}/annexes.xlsx`, admin)) as never)
    expect(book.worksheets.map((w) => w.name)).toEqual(['附件1 主要栏目', '附件2 基层政务公开专栏', '附件3 政务新媒体'])
    const sheet = book.getWorksheet('附件3 政务新媒体')!
    const rows: unknown[][] = []
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    const header = rows.findIndex((r) => r[0] === '序号')
    expect(rows[header]).toEqual(['序号', '单位', '账号数', '合格', '不合格', '注销中', '合格率', '本季度发布信息（条）'])
    const body = rows.slice(header + 1)
    const withAccounts = (answer.departments as Row[]).filter((d) => d.figures!.newMedia.accounts > 0)
    expect(body.slice(0, -1).map((r) => [r[1], r[2], r[7]])).toEqual(withAccounts.map((d) => [d.name, d.figures!.newMedia.accounts, d.figures!.newMedia.posts]))
    expect([body.at(-1)![1], body.at(-1)![7]]).toEqual(['合计', answer.figures.newMedia.posts])
    // …and the posts are those of the post log (发文台账) over HTTP for the quarter's months.
    const months = [0, 1, 2].map((i) => `${last.slice(0, 4)}-${String((Number(last.slice(5)) - 1) * 3 + 1 + i).padStart(2, '0')}`)
    const log = (await call('GET', `/api/new-media-posts?where[month][in]=${months.join(',')}&limit=1000&depth=0`, admin)).docs as Array<{ count: number }>
    expect(answer.figures.newMedia.posts).toBe(log.reduce((sum, p) => sum + p.count, 0))
    expect(answer.figures.newMedia.posts).toBeGreaterThan(0)
  }), TEST_TIME)
})

describe('the 信息报送员 of 县财政局', () => {
  it('sees her own department’s row only, as the endpoint gives it, and its trend', screenshotOnFailure('inspection-editor', async () => {
    const editor = await tokenOf('editor2@demo.gov.cn')
    const answers = await Promise.all([older, last, current].map((q) => call('GET', `/api/inspection/quarters/${q}`, editor)))
    for (const answer of answers) expect((answer.departments as Row[]).map((d) => d.name)).toEqual(['县财政局'])
    // 县财政局 was yellow in the older quarter (a policy awaiting its 解读 at the close) and green in the last.
    expect(answers.slice(0, 2).map((a) => (a.departments as Row[])[0].colour)).toEqual(['yellow', 'green'])

    await logIn('editor2@demo.gov.cn')
    await openDashboard()
    expect(await boardRows()).toEqual(asBoard(answers[2].departments as Row[]))
    await page.locator('[data-testid="trend-colour-bar"]').nth(3).waitFor({ timeout: PAGE_LOAD })
    const line = page.locator('[data-testid="trend-score-line"]')
    expect(await line.count()).toBe(1)
    expect(((await line.getAttribute('data-scores')) ?? '').split(',').slice(-3)).toEqual(answers.map((a) => String((a.departments as Row[])[0].score)))
    // Her year's 考评: her row only.
    await page.locator('[data-testid="inspection-year-row"]').first().waitFor({ timeout: PAGE_LOAD })
    expect(await page.locator('[data-testid="inspection-year-row"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-name')))).toEqual(['县财政局'])
    // No 生成通报 for her, and the older quarter shows her yellow row.
    expect(await page.locator('[data-testid="inspection-bulletin-generate"]').count()).toBe(0)
    await openDashboard(older)
    expect((await boardRows()).map((r) => [r.name, r.colour])).toEqual([['县财政局', 'yellow']])
    await shot('inspection-dashboard-editor.png')
  }), TEST_TIME)
})
