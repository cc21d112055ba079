/**
 * Issue 13, point 3, as a county office meets it at 8:30 behind one NAT address: a 信息报送员 mistypes the
 * password until the per-account limit refuses her, and the login page says so in Chinese with the time to retry
 * (it showed nothing before, and the whole office was locked out); a colleague at the same address signs in.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { artifactsDir, launchBrowser, demoPassword, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { LOGIN_REFUSED_MESSAGE } from '../../domain/security/loginDelay'
import { beijingClockTime } from '../../domain/security/loginRetry'

const PASSWORD = demoPassword()
// `next dev` compiles each admin route on its first request; on a busy two-core machine that can take minutes.
const PAGE_LOAD = 300_000

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  app = await startDemoApp({})
  await fetch(`${app.url}/admin/login`, { signal: AbortSignal.timeout(PAGE_LOAD) }).catch(() => undefined)
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

/** Fills the login form and submits it; resolves with the answer of the login request. */
const submitLogin = async (email: string, password: string) => {
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  const answer = page.waitForResponse((res) => res.url().endsWith('/api/users/login') && res.request().method() === 'POST', { timeout: PAGE_LOAD })
  await page.click('button[type="submit"]')
  return answer
}

describe('login limit on the login page (issue 13, point 3)', () => {
  it('shows the 信息报送员 the limit in Chinese with the time to retry, and lets a colleague at the same address in', async () => {
    try {
      await page.goto(`${app.url}/admin/login`, { timeout: PAGE_LOAD })
      for (let i = 1; i <= 10; i++) {
        const answer = await submitLogin('editor@demo.gov.cn', `Wrong-pass-${i}`)
        expect(answer.status()).toBe(401)
      }
      await page.getByText(LOGIN_REFUSED_MESSAGE).first().waitFor()

      const refused = await submitLogin('editor@demo.gov.cn', `Wrong-pass-11`)
      expect(refused.status()).toBe(429)
      const retryAt = new Date(Date.now() + Number(refused.headers()['retry-after']) * 1000)
      const message = ((await refused.json()) as { errors: Array<{ message: string }> }).errors[0].message
      expect(message).toMatch(/^该账号登录尝试过于频繁，请于 \d{2}时\d{2}分后重试$/)
      // The time is the end of the window in Beijing time (within the second the Retry-After header rounds to).
      expect([beijingClockTime(new Date(retryAt.getTime() - 1000)), beijingClockTime(retryAt)]).toContain(message.match(/\d{2}时\d{2}分/)![0])
      const shown = page.getByText(message).first()
      await shown.waitFor({ state: 'visible' })
      await expect(page.locator('button[type="submit"]').isEnabled()).resolves.toBe(true)
      await page.screenshot({ path: path.join(artifactsDir(), 'login-limit.png'), fullPage: true })

      // Ten refusals at the office's address do not keep the 初审 colleague out.
      const colleague = await submitLogin('reviewer@demo.gov.cn', PASSWORD)
      expect(colleague.status()).toBe(200)
      await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: PAGE_LOAD })
    } catch (error) {
      await page?.screenshot({ path: path.join(artifactsDir(), 'login-limit-failure.png'), fullPage: true }).catch(() => undefined)
      throw error
    }
  }, 900_000)
})
