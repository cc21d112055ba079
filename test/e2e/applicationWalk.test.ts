/**
 * 依申请公开 walked through in a real browser: an application filed through the portal's endpoint is handled by the
 * staff of 县人民政府办公室 in its 申请办理 panel (要求补正, 收到补正), extended by the 终审领导 (延期答复) and answered
 * (答复 予以公开); after each step the page shows the new 状态, 答复期限 and 办理记录, refusals appear next to the
 * input they concern, the portal's status query says it is answered, and table 三 above the list counts it. Dates are
 * relative to the day the test runs, on the same working-day calendar as the server (no 节假日调整 in the demo county).
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { WorkingDayCalendar, localDate } from '../../domain/calendar'
import { messageOf } from '../../domain/errors'
import { adminSession, type Json } from '../helpers/adminSession'
import { artifactsDir, launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'

const PAGE_LOAD = 180_000
const TEST_TIME = 600_000
const OFFICE = '县人民政府办公室'

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

const calendar = new WorkingDayCalendar()
// The Beijing day of the run; taken again from the server's answer when the application is filed, since a run near
// midnight in Beijing (16:00 UTC) can start on one day and file on the next.
let today = localDate(new Date())
const year = today.slice(0, 4)
/** 条例33: 20 working days from receipt (or from the corrected application), and 20 more once extended. */
let replyDue = calendar.addWorkingDaysBounds(today, 20).earliest
let extendedDue = calendar.addWorkingDaysBounds(today, 40).earliest

beforeAll(async () => {
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
  page.on('dialog', (dialog) => void dialog.accept())
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, call, shot, screenshotOnFailure } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

const listUrl = () => `${app.url}/admin/collections/applications`
const panel = () => page.locator('[data-testid="application-actions"]')
const text = async (selector: string) => (await page.locator(selector).innerText()).trim()

/** Table 三's cell for a row and column, as shown above the list for `year`. */
const tableCells = async (cells: Array<[row: string, column: string]>): Promise<number[]> => {
  await page.goto(listUrl(), { timeout: PAGE_LOAD })
  await page.locator('[data-testid="annual-table-toggle"]').click()
  await page.locator('[data-testid="annual-table-year"]').selectOption(year)
  await page.locator(`[data-testid="annual-table-grid"][data-year="${year}"]`).waitFor()
  return Promise.all(cells.map(async ([row, column]) => Number(await text(`[data-testid="annual-cell-${row}-${column}"]`))))
}

/** Opens a step's form, fills it, sends it; waits for the success line or the refusal. */
const takeStep = async (action: string, fill: Record<string, string> = {}, expect: 'success' | 'refusal' = 'success') => {
  const form = page.locator(`[data-testid="application-step-form"][data-action="${action}"]`)
  if (!(await form.isVisible())) await page.locator(`[data-testid="application-step-${action}"]`).click()
  await form.waitFor()
  for (const [field, value] of Object.entries(fill)) {
    const input = form.locator(`[data-testid="application-step-${field}"]`)
    if (field === 'outcome' || field === 'department') await input.selectOption(value)
    else await input.fill(value)
  }
  await form.locator('[data-testid="application-step-submit"]').click()
  if (expect === 'success') {
    await page.locator('[data-testid="application-success"]').waitFor()
    await form.waitFor({ state: 'detached' })
  } else {
    await form.locator('[data-testid="application-step-error"]').waitFor()
  }
}

/** The panel's 状态 and 答复期限, and the edit form's own read-only fields once the view is refreshed. */
const expectShown = async (status: string, due: string, historyItems: number) => {
  await page.locator('[data-testid="application-status"]', { hasText: status }).waitFor()
  expect(await text('[data-testid="application-status"]')).toBe(status)
  expect(await text('[data-testid="application-due"]')).toBe(due)
  expect(await panel().locator('[data-testid="application-history-item"]').count()).toBe(historyItems)
  // router.refresh(): the form below the panel shows the stored record again.
  await page.locator('#field-status .rs__single-value', { hasText: status }).waitFor()
  await page.waitForFunction((n) => document.querySelectorAll('[id^="history-row-"]').length === n, historyItems)
  if (due.match(/^\d{4}-\d{2}-\d{2}$/)) expect(await page.inputValue('#field-dueAt')).toBe(due)
}

let filed: { trackingNumber: string; queryCode: string }
let before: number[] = []
let editUrl = ''

describe('an application for disclosure, from the portal to table 三', () => {
  it('counts the register in table 三 above the list before the walk, and the table balances', screenshotOnFailure('application-walk-table-before', async () => {
    await logIn('approver@demo.gov.cn')
    before = await tableCells([['granted', 'person'], ['new', 'person']])
    expect(await page.locator('[data-testid="annual-table-balance"]').getAttribute('data-balanced')).toBe('true')
    expect(await text('[data-testid="annual-table-grid"] thead')).toContain('自然人')
    expect(await text('[data-testid="annual-table-grid"] tbody')).toContain('（三）不予公开')
  }), TEST_TIME)

  it('takes an application through the portal’s endpoint, received today', async () => {
    const departments = await call('GET', `/api/departments?where[name][equals]=${encodeURIComponent(OFFICE)}&depth=0`, null)
    const office = departments.docs[0] as Json
    expect(office.name).toBe(OFFICE)
    const res = await call('POST', '/api/public/applications', null, {
      applicantType: 'person',
      name: '张三明',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
      email: 'zhangsan@example.com',
      address: '临江县城关镇人民路1号',
      description: `临江县2026年城乡居民医疗保险财政补助资金拨付文件（浏览器测试${Date.now().toString(36)}）`,
      purpose: '了解补助标准',
      delivery: 'email',
      department: office.id,
    })
    expect(res.trackingNumber).toMatch(/^YSQ\d{14}$/)
    expect([today, localDate(new Date())]).toContain(res.receivedAt)
    today = res.receivedAt
    replyDue = calendar.addWorkingDaysBounds(today, 20).earliest
    extendedDue = calendar.addWorkingDaysBounds(today, 40).earliest
    expect(res.dueAt).toBe(replyDue)
    filed = { trackingNumber: res.trackingNumber, queryCode: res.queryCode }
  })

  it('lets the department’s staff request a correction (refused without the matter first) and register its receipt', screenshotOnFailure('application-walk-correction', async () => {
    await logIn('editor@demo.gov.cn')
    await page.goto(listUrl(), { timeout: PAGE_LOAD })
    await page.locator('a', { hasText: filed.trackingNumber }).first().click()
    await page.waitForURL(/\/admin\/collections\/applications\/\d+/)
    editUrl = page.url().replace(/[?#].*$/, '')
    await panel().waitFor()
    await expectShown('已收到', replyDue, 1)
    // Only the 终审领导 and the 网站管理员 extend: the editor is told so instead of a button.
    expect(await page.locator('[data-testid="application-step-extend"]').count()).toBe(0)
    expect(await panel().innerText()).toContain('由终审领导或网站管理员登记')
    expect(await page.locator('[data-testid="application-step-receive-correction"]').count()).toBe(0)

    await takeStep('request-correction', {}, 'refusal')
    const refusal = page.locator('[data-field="reason"] [data-testid="application-step-error"]')
    expect((await refusal.innerText()).trim()).toBe(messageOf('applications.reason-required', '需要补正的事项'))
    await shot('application-walk-refusal.png')

    await takeStep('request-correction', { reason: '请写明所需文件的文号或印发时间' })
    expect(await text('[data-testid="application-success"]')).toBe('已登记：要求补正')
    await expectShown('待补正', '待补正，收到补正后重新计算', 2)
    expect(await panel().locator('[data-testid="application-history-item"]').nth(1).innerText()).toBe(`${today} 要求补正。请写明所需文件的文号或印发时间`)
    // Now only the correction's receipt (or closing it as abandoned) is offered.
    expect(await panel().locator('[data-testid^="application-step-"][data-testid$="correction"], [data-testid="application-step-close-abandoned"]').count()).toBe(2)
    expect(await page.locator('[data-testid="application-step-reply"]').count()).toBe(0)

    await takeStep('receive-correction')
    await expectShown('办理中', replyDue, 3)
    expect(await page.locator('[data-testid="application-step-request-correction"]').count()).toBe(0)
  }), TEST_TIME)

  it('lets the 终审领导 extend the reply once, refusing more than 20 working days next to the days', screenshotOnFailure('application-walk-extend', async () => {
    await logIn('approver@demo.gov.cn')
    await page.goto(editUrl, { timeout: PAGE_LOAD })
    await panel().waitFor()
    await expectShown('办理中', replyDue, 3)
    await takeStep('extend', { reason: '需调取档案室存档文件', days: '21' }, 'refusal')
    const refusal = page.locator('[data-field="days"] [data-testid="application-step-error"]')
    expect((await refusal.innerText()).trim()).toBe('延长的期限应为 1 至 20 个工作日（条例第三十三条）')
    await takeStep('extend', { days: '20' })
    await expectShown('已延期', extendedDue, 4)
    expect(await panel().locator('[data-testid="application-history-item"]').nth(3).innerText()).toBe(`${today} 延期答复，20 个工作日。需调取档案室存档文件`)
    expect(await page.locator('[data-testid="application-step-extend"]').count()).toBe(0)
  }), TEST_TIME)

  it('answers with 予以公开, after which nothing is left to do and the portal says it is answered', screenshotOnFailure('application-walk-reply', async () => {
    await takeStep('reply', { outcome: 'granted', reason: '已通过电子邮件提供' })
    await expectShown('已答复', extendedDue, 5)
    expect(await text('[data-testid="application-answered"]')).toBe(today)
    expect(await text('[data-testid="application-outcome"]')).toBe('予以公开')
    expect(await page.locator('[data-testid^="application-step-"]').count()).toBe(0)
    expect(await panel().innerText()).toContain('本申请已办结。')
    await panel().screenshot({ path: path.join(artifactsDir(), 'application-walk-panel.png') })

    const res = await fetch(`${app.url}/api/public/applications/${filed.trackingNumber}?code=${encodeURIComponent(filed.queryCode)}`)
    expect(res.status).toBe(200)
    const status = (await res.json()) as Json
    expect(status).toEqual({ trackingNumber: filed.trackingNumber, status: 'answered', receivedAt: today, dueAt: extendedDue, answeredAt: today })
  }), TEST_TIME)

  it('counts it in table 三: 自然人 予以公开 and 本年新收 one more each, and the table still balances', screenshotOnFailure('application-walk-table-after', async () => {
    const after = await tableCells([['granted', 'person'], ['new', 'person']])
    expect(after).toEqual([before[0] + 1, before[1] + 1])
    const balance = page.locator('[data-testid="annual-table-balance"]')
    expect(await balance.getAttribute('data-balanced')).toBe('true')
    expect((await balance.innerText()).trim()).toContain('本表平衡')
    await page.locator('[data-testid="annual-table"]').screenshot({ path: path.join(artifactsDir(), 'application-walk-table.png') })
  }), TEST_TIME)
})
