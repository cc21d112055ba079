/**
 * The README's first command, for real: `npm run dev` on an empty SQLite file seeds the demo county and
 * serves the Chinese admin; a browser signs in as the demo admin.
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { artifactsDir, launchBrowser, startApp, type AppProcess } from '../helpers/appProcess'

let app: AppProcess
let browser: Browser

beforeAll(async () => {
  app = await startApp('dev', { SEED_DEMO: 'true' })
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

describe('npm run dev', () => {
  it('seeds the demo county on first start', async () => {
    const res = await fetch(`${app.url}/api/documents?limit=1`)
    const json = (await res.json()) as { totalDocs: number }
    expect(json.totalDocs).toBeGreaterThan(5)
    const columns = (await (await fetch(`${app.url}/api/columns?limit=100`)).json()) as { docs: Array<{ title: string }> }
    expect(columns.docs.map((c) => c.title)).toEqual(expect.arrayContaining(['工作动态', '通知公告', '政策文件', '政策解读', '财政预决算']))
  })

  it('lets the demo admin sign in to a Chinese admin, whatever the browser language', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${app.url}/admin`, { timeout: 180_000 })
    await page.waitForURL(/\/admin\/login/, { timeout: 180_000 })
    await page.getByText('登录', { exact: false }).first().waitFor({ timeout: 120_000 })
    await page.fill('input[name="email"]', 'admin@demo.gov.cn')
    await page.fill('input[name="password"]', process.env.DEMO_PASSWORD || 'Gongkai@2026')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 180_000 })
    await page.getByText('政府信息').first().waitFor({ timeout: 120_000 })
    const text = await page.locator('body').innerText()
    expect(text).toContain('政府信息')
    expect(text).toContain('政策解读')
    expect(text).not.toContain('Dashboard')
    await page.screenshot({ path: path.join(artifactsDir(), 'admin-dashboard.png'), fullPage: true })
    await page.goto(`${app.url}/admin/collections/documents`, { timeout: 180_000 })
    await page.locator('table tbody tr').first().waitFor({ timeout: 180_000 })
    // Relation cells (发布机构) are filled in by a second request.
    await page.locator('table').getByText('县人民政府办公室').first().waitFor({ timeout: 60_000 })
    const table = await page.locator('table').first().innerText()
    expect(table).toContain('索引号')
    expect(table).toContain('公开属性')
    expect(table).toMatch(/\/\d{4}-\d{5}/)
    await page.screenshot({ path: path.join(artifactsDir(), 'admin-documents.png'), fullPage: true })
    await context.close()
  }, 400_000)

  it('runs the daily audit on the demo county and lists its 督办通知 in the admin', async () => {
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.gov.cn', password: process.env.DEMO_PASSWORD || 'Gongkai@2026' }),
    })
    const { token } = (await login.json()) as { token: string }
    const run = await fetch(`${app.url}/api/audits/run`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: '{}' })
    expect(run.status).toBe(200)
    const notices = (await (await fetch(`${app.url}/api/audit-notices?limit=100&where[status][equals]=open`, { headers: { authorization: `JWT ${token}` } })).json()) as {
      totalDocs: number
      docs: Array<{ rule: string; severity: string; subjectTitle: string }>
    }
    // The demo county has policies that never got their interpretation and 工作动态 columns past their cycle.
    expect(notices.totalDocs).toBeGreaterThan(0)
    expect(notices.docs.map((n) => n.rule)).toEqual(expect.arrayContaining(['interpretation-overdue', 'column-stale']))
    // Anonymous readers never see them.
    expect((await fetch(`${app.url}/api/audit-notices`)).status).toBe(403)

    const context = await browser.newContext({ locale: 'zh-CN' })
    await context.addCookies([{ name: 'payload-token', value: token, url: app.url }])
    const page = await context.newPage()
    await page.goto(`${app.url}/admin/collections/audit-notices`, { timeout: 180_000 })
    await page.locator('table tbody tr').first().waitFor({ timeout: 180_000 })
    const table = await page.locator('table').first().innerText()
    expect(table).toContain('红色（逾期/否决）')
    expect(table).toContain('待整改')
    // The rows are the notices the API gave (the list shows the first page of them).
    expect(notices.docs.some((n) => table.includes(n.subjectTitle))).toBe(true)
    await page.screenshot({ path: path.join(artifactsDir(), 'admin-audit-notices.png'), fullPage: true })
    await page.goto(`${app.url}/admin/collections/calendar-days`, { timeout: 180_000 })
    await page.getByText('节假日调整').first().waitFor({ timeout: 120_000 })
    expect(await page.locator('body').innerText()).toContain('工作日历以国务院办公厅公布的放假安排')
    await context.close()
  }, 400_000)

  it('stops cleanly on SIGTERM', async () => {
    await app.stop('SIGTERM')
    expect(app.output()).toContain('SIGTERM received')
    expect(app.output()).toContain('stopped')
  })
})
