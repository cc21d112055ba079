/**
 * 导入国务院办公厅节假日安排通知 in a real browser: the demo admin opens 系统管理 → 节假日调整, pastes a notice for
 * 2027 (a fictional test fixture in the official format), sees the server's refusal of a mistyped copy with its line
 * number, previews the corrected one, leaves one day out, confirms, and the list shows the 2027 days.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { artifactsDir, launchBrowser, root, demoPassword, startDemoApp, type AppProcess } from '../helpers/appProcess'

const PASSWORD = demoPassword()
// `next dev` compiles each admin route on its first request; on a busy two-core machine that can take minutes.
const PAGE_LOAD = 300_000
const NOTICE_2027 = fs.readFileSync(path.join(root, 'test/unit/fixtures/holiday-notices/2027-fictional.txt'), 'utf8')

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  app = await startDemoApp({})
  // Compile the admin routes before the browser waits on them.
  for (const route of ['/admin/login', '/admin/collections/calendar-days']) await fetch(`${app.url}${route}`, { signal: AbortSignal.timeout(PAGE_LOAD) }).catch(() => undefined)
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

/** Keeps a full-page screenshot of the moment a step failed (test-artifacts/calendar-import-failure-n.png). */
let step = 0
const screenshotOnFailure = (fn: () => Promise<void>) => {
  const name = `calendar-import-failure-${++step}.png`
  return async () => {
    try {
      await fn()
    } catch (error) {
      await page?.screenshot({ path: path.join(artifactsDir(), name), fullPage: true }).catch(() => undefined)
      throw error
    }
  }
}

const panel = () => page.locator('[data-testid="notice-import"]')
/** A REST read with the admin's session, from inside the page. */
const apiGet = <T,>(route: string): Promise<T> =>
  page.evaluate(async (url) => (await fetch(url, { credentials: 'include', cache: 'no-store' })).json(), `${app.url}${route}`) as Promise<T>

describe('节假日调整 › 导入国务院办公厅节假日安排通知', () => {
  it('is reached from 系统管理 → 节假日调整 by the admin', screenshotOnFailure(async () => {
    await page.goto(`${app.url}/admin/login`, { timeout: PAGE_LOAD })
    await page.fill('input[name="email"]', 'admin@demo.gov.cn')
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: PAGE_LOAD })
    // The dashboard's 系统管理 group has the 节假日调整 card (the side nav starts closed).
    const group = page.locator('.collections__group', { has: page.locator('.collections__label', { hasText: '系统管理' }) })
    await group.locator('#card-calendar-days', { hasText: '节假日调整' }).locator('.card__click').click()
    await page.waitForURL(/\/admin\/collections\/calendar-days/, { timeout: PAGE_LOAD })
    await panel().waitFor()
    await expect(panel().locator('summary').innerText()).resolves.toBe('导入国务院办公厅节假日安排通知')
    // Nothing entered yet: the list is empty.
    const count = await apiGet<{ totalDocs: number }>('/api/calendar-days?limit=1')
    expect(count.totalDocs).toBe(0)
  }), 900_000)

  it('shows the refusal of a mistyped notice with its line number', screenshotOnFailure(async () => {
    await panel().locator('summary').click()
    await page.fill('[data-testid="notice-text"]', NOTICE_2027.replace('一、元旦：1月1日（周五）', '一、元旦：1月1日（周三）'))
    await page.click('[data-testid="notice-preview"]')
    const errors = page.locator('[data-testid="notice-errors"]')
    await errors.waitFor()
    await expect(errors.locator('[data-testid="notice-error"]').allInnerTexts()).resolves.toEqual(['第 9 行（元旦）：1月1日（周三）与日历不符：2027-01-01 是周五。'])
    expect(await page.locator('[data-testid="notice-row"]').count()).toBe(0)
    await page.screenshot({ path: path.join(artifactsDir(), 'calendar-import-refused.png'), fullPage: true })
  }), 900_000)

  it('previews every day of the notice, and saves the kept ones on 确认导入; the list then shows 2027', screenshotOnFailure(async () => {
    await page.fill('[data-testid="notice-text"]', NOTICE_2027)
    await page.click('[data-testid="notice-preview"]')
    const rows = page.locator('[data-testid="notice-row"]')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(34)
    expect(await page.locator('[data-testid="notice-errors"]').count()).toBe(0)
    const table = await page.locator('[data-testid="notice-preview-table"] table').innerText()
    for (const heading of ['日期', '星期', '类型', '名称', '已有记录/冲突', '移除']) expect(table).toContain(heading)
    const makeUp = page.locator('[data-testid="notice-row"][data-date="2027-02-20"]')
    await expect(makeUp.innerText()).resolves.toContain('周六')
    await expect(makeUp.locator('[data-testid="notice-kind"]').inputValue()).resolves.toBe('workday')
    await expect(makeUp.innerText()).resolves.toContain('春节调休上班')
    await expect(page.locator('[data-testid="notice-row"][data-date="2027-10-01"] [data-testid="notice-kind"]').inputValue()).resolves.toBe('holiday')

    // Leave 10-09 out.
    await page.locator('[data-testid="notice-row"][data-date="2027-10-09"] [data-testid="notice-remove"]').check()
    await expect(page.locator('[data-testid="notice-confirm"]').innerText()).resolves.toBe('确认导入（33 天）')
    await page.screenshot({ path: path.join(artifactsDir(), 'calendar-import-preview.png'), fullPage: true })

    await page.click('[data-testid="notice-confirm"]')
    await expect(page.locator('[data-testid="notice-success"]').innerText()).resolves.toContain('已导入 33 天（2027 年）')
    // The list refreshes in place: its first page is the earliest 2027 days.
    const list = page.locator('table').last()
    await list.getByText('2027-01-01').first().waitFor({ timeout: 60_000 })
    const listText = await list.innerText()
    expect(listText).toContain('2027-01-02')
    expect(listText).toContain('元旦')
    expect(listText).toContain('放假（休息日）')
    await page.screenshot({ path: path.join(artifactsDir(), 'calendar-import-list.png'), fullPage: true })

    const stored = await apiGet<{ totalDocs: number; docs: Array<{ date: string; kind: string; note: string; source: string }> }>('/api/calendar-days?limit=100&sort=date&depth=0')
    expect(stored.totalDocs).toBe(33)
    expect(stored.docs.find((d) => d.date === '2027-02-20')).toMatchObject({ kind: 'workday', note: '春节调休上班', source: '国务院办公厅关于2027年部分节假日安排的通知' })
    expect(stored.docs.some((d) => d.date === '2027-10-09')).toBe(false)
  }), 900_000)
})
