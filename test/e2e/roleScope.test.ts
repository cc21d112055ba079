/**
 * Issue 13 §8 in a real browser (but the 已退回 row): the 信息报送员 of 县人民政府办公室 is offered her own department in the
 * 发布机构 picker, finds no 系统设置, 敏感词 or account list in her nav, sees her department's 督办通知 only, and
 * 新建政策解读 on a published policy opens a form with that policy filled in; the 网站管理员's picker offers every
 * department. Screenshots in test-artifacts/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'

// Generous for a loaded machine; under E2E_SERVER=dev a page's first visit compiles it.
const PAGE_LOAD = 180_000
const TEST_TIME = 600_000
const OWN = '县人民政府办公室'

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

/** Opens a relationship picker and returns every option it offers, scrolling its menu until all pages are loaded. */
const pickerOptions = async (field: string, expectedCount?: number): Promise<string[]> => {
  const control = page.locator(`#field-${field} .rs__control`)
  await control.waitFor({ timeout: PAGE_LOAD })
  await control.click()
  await page.locator('.rs__option').first().waitFor({ timeout: PAGE_LOAD })
  // The picker loads ten at a time, and the next ten when its menu is wheeled to the bottom.
  for (let loaded = await page.locator('.rs__option').count(); expectedCount !== undefined && loaded < expectedCount; ) {
    await page.locator('.rs__menu-list').hover()
    await page.mouse.wheel(0, 5_000)
    await page.waitForFunction((before) => document.querySelectorAll('.rs__option').length > before, loaded, { timeout: PAGE_LOAD })
    loaded = await page.locator('.rs__option').count()
  }
  return (await page.locator('.rs__option').allInnerTexts()).map((t) => t.trim())
}

const departmentName = (value: unknown) => (value && typeof value === 'object' ? String((value as { name?: string }).name ?? '') : '')

describe('the 信息报送员 of 县人民政府办公室 (§8)', () => {
  it('is offered only her own department in the 发布机构 picker, already chosen', screenshotOnFailure('role-scope-picker', async () => {
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/create`, { timeout: PAGE_LOAD })
    await page.locator('#field-department .rs__single-value', { hasText: OWN }).waitFor({ timeout: PAGE_LOAD })
    expect(await pickerOptions('department')).toEqual([OWN])
    await shot('role-scope-editor-department-picker.png')
    await page.keyboard.press('Escape')
  }), TEST_TIME)

  it('finds no 系统设置, 敏感词 or account list in her nav, and no one else’s account', screenshotOnFailure('role-scope-nav', async () => {
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    // Payload's nav is an <aside class="nav"> whose entries carry ids (nav-<collection>, nav-global-<global>); it is
    // in the page whether it is open or closed (a narrow window closes it).
    const nav = page.locator('aside.nav')
    await nav.locator('#nav-documents').waitFor({ state: 'attached', timeout: PAGE_LOAD })
    const navText = (await nav.textContent()) ?? ''
    expect(navText).not.toContain('系统设置')
    expect(navText).not.toContain('敏感词')
    for (const id of ['nav-global-settings', 'nav-sensitive-terms', 'nav-users']) {
      expect(await nav.locator(`#${id}`).count()).toBe(0)
    }
    expect(navText).toContain('督办通知')
    await shot('role-scope-editor-nav.png')
    await page.goto(`${app.url}/admin/collections/users`, { timeout: PAGE_LOAD })
    await page.locator('.not-found, .collection-list').first().waitFor({ timeout: PAGE_LOAD })
    const content = await page.locator('body').innerText()
    expect(content).not.toContain('admin@demo.gov.cn')
    expect(content).not.toContain('reviewer@demo.gov.cn')
    // Her own account stays hers to keep under 账户.
    await page.goto(`${app.url}/admin/account`, { timeout: PAGE_LOAD })
    const email = page.locator('input[name="email"]')
    await email.waitFor({ timeout: PAGE_LOAD })
    expect(await email.inputValue()).toBe('editor@demo.gov.cn')
    await shot('role-scope-editor-account.png')
  }), TEST_TIME)

  it('sees only her department’s 督办通知', screenshotOnFailure('role-scope-notices', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    // A year on, every department's columns are overdue (a run may be told its time).
    await call('POST', '/api/audits/run', admin, { now: new Date(Date.now() + 400 * 86_400_000).toISOString() })
    const all = (await call('GET', '/api/audit-notices?limit=1000&depth=1', admin)).docs as Array<{ department?: unknown }>
    const others = all.filter((n) => departmentName(n.department) !== OWN)
    // Otherwise the list below would prove nothing.
    expect(others.length).toBeGreaterThan(0)
    const own = all.length - others.length
    expect(own).toBeGreaterThan(0)

    // The 责任单位 cell asks for its department once its row is in the window (加载中… until then, 「没有」 if never):
    // a window tall enough for every row, so that each cell asks.
    const viewport = page.viewportSize()
    await page.setViewportSize({ width: 1440, height: 4000 })
    try {
      await page.goto(`${app.url}/admin/collections/audit-notices?limit=100`, { timeout: PAGE_LOAD })
      const rows = page.locator('.collection-list table tbody tr')
      await rows.first().waitFor({ timeout: PAGE_LOAD })
      expect(await rows.count()).toBe(own)
      for (let i = 0; i < own; i++) await rows.nth(i).filter({ hasText: OWN }).waitFor({ timeout: PAGE_LOAD })
      await shot('role-scope-editor-notices.png')
    } finally {
      if (viewport) await page.setViewportSize(viewport)
    }
  }), TEST_TIME)

  it('opens 新建政策解读 on a published policy with that policy and her department filled in', screenshotOnFailure('role-scope-new-interpretation', async () => {
    const editor = await tokenOf('editor@demo.gov.cn')
    const me = await call('GET', '/api/users/me', editor)
    const department = typeof me.user.department === 'object' ? me.user.department.id : me.user.department
    const policies = await call(
      'GET',
      `/api/documents?where[kind][equals]=policy&where[_status][equals]=published&where[department][equals]=${department}&where[disclosure][equals]=proactive&limit=1&depth=0`,
      editor,
    )
    const policy = policies.docs[0] as { id: number; title: string }
    expect(policy).toBeTruthy()

    await page.goto(`${app.url}/admin/collections/documents/${policy.id}`, { timeout: PAGE_LOAD })
    const link = page.locator('[data-testid="policy-interpretation-panel"] a', { hasText: '新建政策解读' })
    await link.waitFor({ timeout: PAGE_LOAD })
    await shot('role-scope-policy-panel.png')
    await link.click()
    await page.waitForURL((url) => url.pathname.endsWith('/collections/interpretations/create'), { timeout: PAGE_LOAD })
    await page.locator('#field-policy .rs__single-value', { hasText: policy.title }).waitFor({ timeout: PAGE_LOAD })
    await page.locator('#field-department .rs__single-value', { hasText: OWN }).waitFor({ timeout: PAGE_LOAD })
    // The sidebar reads the chosen policy's state too.
    await page.locator('[data-testid="interpretation-policy-panel"]', { hasText: policy.title }).waitFor({ timeout: PAGE_LOAD })
    await shot('role-scope-new-interpretation-prefilled.png')
  }), TEST_TIME)
})

describe('the 网站管理员 (§8)', () => {
  it('is offered every department in the 发布机构 picker', screenshotOnFailure('role-scope-admin-picker', async () => {
    const admin = await tokenOf('admin@demo.gov.cn')
    const departments = (await call('GET', '/api/departments?limit=1000&depth=0', admin)).docs as Array<{ name: string }>
    expect(departments.length).toBeGreaterThan(1)
    await logIn('admin@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/create`, { timeout: PAGE_LOAD })
    const offered = await pickerOptions('department', departments.length)
    expect([...offered].sort()).toEqual(departments.map((d) => d.name).sort())
    await shot('role-scope-admin-department-picker.png')
    await page.keyboard.press('Escape')
    // The nav entries the editor does not get are there for the admin (the selectors above find something).
    const nav = page.locator('aside.nav')
    for (const id of ['nav-global-settings', 'nav-sensitive-terms', 'nav-users']) {
      expect(await nav.locator(`#${id}`).count()).toBe(1)
    }
  }), TEST_TIME)
})
