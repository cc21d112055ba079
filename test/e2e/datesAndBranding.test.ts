/**
 * Issue 13 §9 (dates, the login page's logo) and §10 (系统设置 in tabs, a tree column picker) in a real browser, in an
 * en-US browser in New York and in a zh-CN browser on UTC: the 终审领导 sees every date of the list, the edit view
 * (document header, date fields), the versions view and the review panel as yyyy-MM-dd HH:mm in Beijing time, types
 * 定时发布 as yyyy-MM-dd HH:mm; the login page shows the county's name set in 系统设置; the 网站管理员 finds 系统设置 in
 * tabs and the 政府信息 list's columns in groups.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { artifactsDir, launchBrowser, demoPassword, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'
import { lexicalFromParagraphs } from '../../domain/lexicalText'
import { formatBeijing } from '../../domain/beijingTime'

const PASSWORD = demoPassword()
const PAGE_LOAD = 180_000
const COUNTY = `临川县人民政府${String(Date.now() % 1000).padStart(3, '0')}`
/** What §9 met: months by name, 12月 2, US dates, 上午/下午, AM/PM. */
const WRONG_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\d+月 \d|\d{1,2}\/\d{1,2}\/\d{4}|上午|下午|\b(AM|PM)\b|mm\/dd\/yyyy/


/** Calls `step` every 3 s until it returns what `done` accepts, or throws after `timeout` ms with the last value. */
const until = async <T,>(step: () => Promise<T>, done: (value: T) => boolean, timeout: number): Promise<T> => {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await step()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeout} ms`)
    await new Promise((r) => setTimeout(r, 3_000))
  }
}

let app: AppProcess
let browser: Browser
let docId: number
let doc: Record<string, any>

const { call, tokenOf } = adminSession({ app: () => app })

beforeAll(async () => {
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  // The county's name, set as the 网站管理员 would in 系统设置.
  await call('POST', '/api/globals/settings', await tokenOf('admin@demo.gov.cn'), { branding: { countyName: COUNTY, portalName: '政务公开管理平台' } })
  // An item waiting for 终审, whose register has times to show.
  const editor = await tokenOf('editor@demo.gov.cn')
  const me = await call('GET', '/api/users/me', editor)
  const columns = await call('GET', '/api/columns?where[slug][equals]=xzfbgswj&depth=0', editor)
  const created = await call('POST', '/api/documents?draft=true', editor, {
    title: `关于做好冬季安全生产工作的通知（日期测试${Date.now().toString(36)}）`,
    column: columns.docs[0].id,
    department: typeof me.user.department === 'object' ? me.user.department.id : me.user.department,
    // 23:30 in Beijing the day before in UTC: a browser in New York or on UTC shows another day unless it shows Beijing.
    formedAt: '2026-11-30T12:00:00.000Z',
    disclosure: 'proactive',
    body: lexicalFromParagraphs(['请各乡镇、各部门切实做好冬季安全生产工作，确保人民群众生命财产安全。']),
    _status: 'draft',
  })
  docId = created.doc.id as number
  await call('POST', `/api/documents/${docId}/workflow`, editor, { action: 'submit' })
  await call('POST', `/api/documents/${docId}/workflow`, await tokenOf('reviewer@demo.gov.cn'), { action: 'approve', opinion: '同意' })
  await call('POST', `/api/documents/${docId}/workflow`, await tokenOf('secrecy@demo.gov.cn'), { action: 'approve' })
  doc = await call('GET', `/api/documents/${docId}?draft=true&depth=0`, await tokenOf('approver@demo.gov.cn'))
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

describe.each([
  { name: 'en-US, America/New_York', tag: 'en-us', locale: 'en-US', timezoneId: 'America/New_York' },
  { name: 'zh-CN, UTC', tag: 'zh-cn', locale: 'zh-CN', timezoneId: 'UTC' },
])('in a $name browser', ({ tag, locale, timezoneId }) => {
  let context: BrowserContext
  let page: Page
  const shot = (name: string) => page.screenshot({ path: path.join(artifactsDir(), `dates-${tag}-${name}.png`), fullPage: true })
  const screenshotOnFailure = (name: string, fn: () => Promise<void>) => async () => {
    try {
      await fn()
    } catch (error) {
      await shot(`${name}-failure`).catch(() => undefined)
      throw error
    }
  }
  const logIn = async (email: string) => {
    await context.clearCookies()
    await page.goto(`${app.url}/admin/login`, { timeout: PAGE_LOAD })
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: PAGE_LOAD })
  }
  const visibleText = () => page.locator('body').innerText()

  beforeAll(async () => {
    context = await browser.newContext({ locale, timezoneId, viewport: { width: 1440, height: 1000 } })
    page = await context.newPage()
    page.setDefaultTimeout(PAGE_LOAD)
  })
  afterAll(() => context?.close())

  it('shows the county name from 系统设置 on the login page, not Payload\'s logo', screenshotOnFailure('login', async () => {
    await context.clearCookies()
    await page.goto(`${app.url}/admin/login`, { timeout: PAGE_LOAD })
    await expect(page.getByTestId('county-name').innerText()).resolves.toBe(COUNTY)
    await expect(page.getByTestId('portal-name').innerText()).resolves.toBe('政务公开管理平台')
    await expect(page.locator('.graphic-logo').count()).resolves.toBe(0)
    await shot('login')
  }), 900_000)

  it('shows the 终审领导 the edit view\'s dates and the review panel in Beijing time, and takes 定时发布 as yyyy-MM-dd HH:mm', screenshotOnFailure('edit', async () => {
    await logIn('approver@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/${docId}`, { timeout: PAGE_LOAD })
    const header = page.locator('.doc-controls__value')
    await header.first().waitFor({ timeout: PAGE_LOAD })
    await until(() => header.first().innerText(), (t) => t === formatBeijing(doc.updatedAt), 60_000)
    // 已创建 is empty for a draft whose form data carries no createdAt; when shown, it is Beijing time too.
    const created = (await header.count()) > 1 ? (await header.nth(1).innerText()).trim() : ''
    if (created) expect(created).toBe(formatBeijing(doc.createdAt))
    // 成文日期 2026-11-30T12:00Z is 2026-11-30 in Beijing (20:00), whatever the browser's zone.
    await expect(page.locator('[data-beijing-date-field="formedAt"] input').inputValue()).resolves.toBe('2026-11-30')
    const publishAt = page.getByTestId('workflow-publish-at')
    await publishAt.waitFor({ timeout: PAGE_LOAD })
    await expect(publishAt.getAttribute('type')).resolves.toBe('text')
    await expect(publishAt.getAttribute('placeholder')).resolves.toBe('yyyy-MM-dd HH:mm')
    // Typed again until the panel has hydrated and keeps what was typed.
    const hint = page.getByText('将于北京时间 2026-12-31 16:45 发布')
    await until(async () => {
      if (!(await hint.count())) await publishAt.fill('2026-12-31 16:45')
      return hint.count()
    }, (n) => n === 1, PAGE_LOAD)
    await expect(publishAt.inputValue()).resolves.toBe('2026-12-31 16:45')
    const text = await visibleText()
    expect(text).not.toMatch(WRONG_DATE)
    // The register's times (提交, 初审, 保密审查) as the panel lists them.
    expect(text.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g)?.length ?? 0).toBeGreaterThanOrEqual(3)
    await shot('edit')
  }), 900_000)

  it('shows the versions view in Beijing time', screenshotOnFailure('versions', async () => {
    await page.goto(`${app.url}/admin/collections/documents/${docId}/versions`, { timeout: PAGE_LOAD })
    await page.locator('table tbody tr').first().waitFor({ timeout: PAGE_LOAD })
    const versions = await call('GET', `/api/documents/versions?where[parent][equals]=${docId}&sort=-updatedAt&depth=0`, await tokenOf('approver@demo.gov.cn'))
    const text = await visibleText()
    expect(text).toContain(formatBeijing(versions.docs[0].updatedAt))
    expect(text).not.toMatch(WRONG_DATE)
    await shot('versions')
  }), 900_000)

  it('lets the 网站管理员 pick the 政府信息 list\'s columns by group, and shows its dates in Beijing time', screenshotOnFailure('list', async () => {
    await logIn('admin@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents?limit=100&sort=-updatedAt`, { timeout: PAGE_LOAD })
    await page.locator('.collection-list table tbody tr').first().waitFor({ timeout: PAGE_LOAD })
    // Clicked again until the list has hydrated and the tree opens.
    const toggle = page.getByTestId('column-tree').getByRole('button', { name: '按分组选择列' })
    const tree = page.getByTestId('column-tree').getByRole('tree')
    await until(async () => {
      if (!(await tree.count())) await toggle.click()
      return tree.count()
    }, (n) => n === 1, PAGE_LOAD)
    const dates = page.locator('[data-column-group="日期与时间"]')
    await dates.waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-column-group]').count()).toBeGreaterThanOrEqual(3)
    await expect(dates.locator('input[data-column="updatedAt"]').count()).resolves.toBe(1)
    const groupBox = dates.locator('> label input[type="checkbox"]')
    if (!(await groupBox.isChecked())) await groupBox.click()
    await until(() => page.locator('.collection-list table thead').innerText(), (t) => t.includes('成文日期'), 60_000)
    await until(visibleText, (t) => t.includes(formatBeijing(doc.updatedAt)), 60_000)
    expect(await page.locator('.collection-list table').innerText()).not.toMatch(WRONG_DATE)
    await shot('list-column-tree')
  }), 900_000)

  it('shows the 网站管理员 系统设置 in tabs', screenshotOnFailure('settings', async () => {
    await page.goto(`${app.url}/admin/globals/settings`, { timeout: PAGE_LOAD })
    const tabs = page.locator('.tabs-field__tab-button')
    await tabs.first().waitFor({ timeout: PAGE_LOAD })
    const labels = (await tabs.allInnerTexts()).map((t) => t.trim())
    expect(labels).toEqual(expect.arrayContaining(['站点与单位', '发布与审核', '督查考核', '自动巡检', '工作日历', '内容接口与 Webhook']))
    // The admin remembers the last tab per user (the other browser context may have left it on 工作日历).
    await tabs.filter({ hasText: '站点与单位' }).click()
    await page.locator('input[name="branding.countyName"]').waitFor({ timeout: 30_000 })
    await expect(page.locator('input[name="branding.countyName"]').inputValue()).resolves.toBe(COUNTY)
    await tabs.filter({ hasText: '工作日历' }).click()
    await page.locator('input[name="calendar.requestFrom"]').waitFor({ timeout: 30_000 })
    await shot('settings-tabs')
  }), 900_000)
})
