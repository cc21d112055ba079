/**
 * Issue 13, point 4, and the queue, 已退回 and 督办 parts of points 8 and 10, in a real browser as the roles that met
 * them: the 信息报送员 submits and sees 待初审 (not 草稿) in the list, the edit header and the policy's 解读 panel;
 * the 初审 sees 发布机构, 提交人, days waited and 办理时限 in 待我审核 and approves two items in one batch, each
 * with its own register entry; the 信息报送员 sees the 已退回 row with the return's time and reason; the 网站管理员's
 * dashboard has the 督办概况, whose 逾期 link lists the overdue item, and a 督办通知 shows its colour and links to it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'
import { lexicalFromParagraphs } from '../../domain/lexicalText'

const PAGE_LOAD = 180_000
const DATE_TIME = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // Seeding the demo county takes minutes when colleagues' servers and browsers share the cores.
  app = await startDemoApp({ SCHEDULER: 'off', AUDIT: 'false', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
  // The first admin page compiles the admin bundle: on a loaded machine that alone may take minutes.
  await page.goto(`${app.url}/admin/login`, { timeout: 600_000, waitUntil: 'domcontentloaded' })
  await page.locator('input[name="email"]').waitFor({ timeout: 600_000 })
}, 1_800_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

const q = (where: Record<string, string | number>) => Object.entries(where).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')

const tag = Date.now().toString(36)
let editor: string
let reviewer: string
let admin: string
let reviewerId: number
let department: number
const ids: Record<'a' | 'b' | 'c' | 'overdue' | 'policy' | 'interpretation', number> = { a: 0, b: 0, c: 0, overdue: 0, policy: 0, interpretation: 0 }

const columnId = async (slug: string) => (await call('GET', `/api/columns?${q({ 'where[slug][equals]': slug })}&depth=0`, editor)).docs[0].id as number
const createDocument = async (title: string, column: number, formedAt = new Date().toISOString()) =>
  (
    await call('POST', '/api/documents?draft=true', editor, {
      title,
      column,
      department,
      formedAt,
      disclosure: 'proactive',
      body: lexicalFromParagraphs(['现将有关事项通知如下，请各单位认真贯彻落实。']),
      _status: 'draft',
    })
  ).doc.id as number
const workflow = (collection: string, id: number, token: string, data: Record<string, unknown>) => call('POST', `/api/${collection}/${id}/workflow`, token, data)

beforeAll(async () => {
  ;[editor, reviewer, admin] = await Promise.all(['editor@demo.gov.cn', 'reviewer@demo.gov.cn', 'admin@demo.gov.cn'].map(tokenOf))
  const me = await call('GET', '/api/users/me', editor)
  department = typeof me.user.department === 'object' ? me.user.department.id : me.user.department
  reviewerId = (await call('GET', '/api/users/me', reviewer)).user.id
  const notices = await columnId('tzgg')
  // The 信息报送员 writes and submits three notices.
  ids.a = await createDocument(`关于做好冬季安全生产工作的通知（批量甲${tag}）`, notices)
  ids.b = await createDocument(`关于开展消防安全检查的通知（批量乙${tag}）`, notices)
  ids.c = await createDocument(`关于调整办公时间的通知（退回丙${tag}）`, notices)
  for (const id of [ids.a, ids.b, ids.c]) await workflow('documents', id, editor, { action: 'submit' })
  // A policy and its interpretation, submitted.
  ids.policy = await createDocument(`关于印发县级政务公开工作要点的通知（政策${tag}）`, await columnId('xzfbgswj'))
  ids.interpretation = (
    await call('POST', '/api/interpretations?draft=true', editor, {
      title: `《县级政务公开工作要点》解读（${tag}）`,
      policy: ids.policy,
      department,
      form: 'text',
      body: lexicalFromParagraphs(['一、出台背景。二、主要内容。三、落实措施。']),
      _status: 'draft',
    })
  ).doc.id
  await workflow('interpretations', ids.interpretation, editor, { action: 'submit' })
  // Formed 60 days ago and never published: past the 20 working days of 条例第二十六条.
  ids.overdue = await createDocument(`关于公布县级行政许可事项清单的通知（逾期${tag}）`, notices, new Date(Date.now() - 60 * 86_400_000).toISOString())
  await call('POST', '/api/audits/run', admin, {})
}, 300_000)

describe('审核状态 outside the side panel (point 4)', () => {
  it('shows the 信息报送员 待初审 in the list, with a filter by state, and in the edit header', screenshotOnFailure('review-state-list', async () => {
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents?limit=100`, { timeout: PAGE_LOAD })
    const cell = page.locator(`tr:has-text("批量甲${tag}") [data-testid="review-state-cell"]`)
    await cell.waitFor()
    expect(await cell.getAttribute('data-state')).toBe('submitted')
    expect((await cell.textContent())?.trim()).toBe('待初审')
    expect(await page.locator('thead').textContent()).toContain('审核状态')
    await shot('review-state-list.png')

    // One click filters the list by state.
    await page.click('[data-testid="review-state-filters"] a[data-state="submitted"]')
    await page.waitForURL((url) => url.search.includes('reviewState'))
    await page.locator(`tr:has-text("批量甲${tag}")`).waitFor()
    const states = await page.locator('[data-testid="review-state-cell"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')))
    expect(states.length).toBeGreaterThan(0)
    expect(new Set(states)).toEqual(new Set(['submitted']))

    await page.goto(`${app.url}/admin/collections/documents/${ids.a}`, { timeout: PAGE_LOAD })
    const header = page.locator('[data-testid="review-state-header"]')
    await header.waitFor()
    expect(await header.textContent()).toContain('待初审')
    await shot('review-state-edit-header.png')
  }), PAGE_LOAD * 4)

  it("shows each interpretation's review state on the policy", screenshotOnFailure('review-state-interpretations', async () => {
    await page.goto(`${app.url}/admin/collections/documents/${ids.policy}`, { timeout: PAGE_LOAD })
    const badge = page.locator('[data-testid="interpretation-review-state"]')
    await badge.waitFor()
    expect(await badge.getAttribute('data-state')).toBe('submitted')
    expect((await badge.textContent())?.trim()).toBe('待初审')
    await shot('review-state-interpretations.png')
  }), PAGE_LOAD * 2)
})

describe('待我审核 (point 10)', () => {
  it('shows the 初审 发布机构, 提交人, days waited and 办理时限, and approves two items in one batch, one register entry each', screenshotOnFailure('review-queue-batch', async () => {
    await logIn('reviewer@demo.gov.cn')
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    const row = (id: number) => page.locator(`[data-testid="my-reviews-item"][data-key="documents:${id}"]`)
    await row(ids.a).waitFor()
    await page.waitForFunction((key) => !document.querySelector(`[data-key="${key}"] [data-testid="my-reviews-department"]`)?.textContent?.includes('…'), `documents:${ids.a}`)
    expect(await row(ids.a).locator('[data-testid="my-reviews-department"]').textContent()).toBe('县人民政府办公室')
    expect(await row(ids.a).locator('[data-testid="my-reviews-submitter"]').textContent()).toContain('陈晓明')
    expect(await row(ids.a).locator('[data-testid="my-reviews-waiting"]').textContent()).toMatch(/^\d+(–\d+)? 个工作日 \/ \d+ 天$/)
    expect(await row(ids.a).locator('[data-testid="my-reviews-deadline"]').textContent()).toMatch(DATE_TIME)
    expect(await page.locator('[data-testid="my-reviews-table"] thead').textContent()).toMatch(/发布机构.*提交人.*已等待（工作日\/天）.*办理时限/)
    await shot('review-queue.png')

    await row(ids.a).locator('[data-testid="my-reviews-select"]').check()
    await row(ids.b).locator('[data-testid="my-reviews-select"]').check()
    await page.click('[data-testid="batch-start"]')
    const items = page.locator('[data-testid="batch-item"]')
    await page.locator('[data-testid="batch-item"] [data-testid="batch-findings"]').nth(1).waitFor()
    expect(await items.count()).toBe(2)
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-eligible')))).toEqual(['true', 'true'])
    await page.fill('[data-testid="batch-opinion"]', '内容无误，同意报送')
    await shot('review-queue-batch-confirm.png')
    await page.click('[data-testid="batch-confirm"]')
    await page.locator('[data-testid="batch-results"] [data-testid="batch-result"]').nth(1).waitFor()
    expect(await page.locator('[data-testid="batch-result"][data-ok="true"]').count()).toBe(2)
    expect(await page.locator('[data-testid="batch-results"]').textContent()).toContain('已审核通过 2 项')
    await shot('review-queue-batch-done.png')

    for (const id of [ids.a, ids.b]) {
      const entries = await call('GET', `/api/approval-records?${q({ 'where[subject.value][equals]': id, 'where[subject.relationTo][equals]': 'documents', 'where[action][equals]': 'approve' })}&depth=0`, admin)
      expect(entries.docs).toHaveLength(1)
      expect(entries.docs[0]).toMatchObject({ actor: reviewerId, opinion: '内容无误，同意报送', fromState: 'submitted', toState: 'first-reviewed' })
    }
    // Approved items leave the queue.
    await row(ids.a).waitFor({ state: 'detached' })
  }), PAGE_LOAD * 4)

  it('shows the 信息报送员 the 已退回 row with the time and reason of the return (point 8)', screenshotOnFailure('review-queue-returned', async () => {
    await workflow('documents', ids.c, reviewer, { action: 'return', opinion: '请补充执行日期和联系人' })
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    const returned = page.locator(`[data-testid="my-reviews-item"][data-key="documents:${ids.c}"] [data-testid="my-reviews-returned"]`)
    await returned.waitFor()
    const text = (await returned.textContent()) ?? ''
    expect(text).toContain('原因：请补充执行日期和联系人')
    expect(text).toContain('刘文静 退回')
    const record = await call('GET', `/api/approval-records?${q({ 'where[subject.value][equals]': ids.c, 'where[action][equals]': 'return' })}&depth=0`, admin)
    const returnedAt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
      .format(new Date(record.docs[0].at))
      .replace(/\//g, '-')
    expect(text).toContain(returnedAt)
    await shot('review-queue-returned.png')
  }), PAGE_LOAD * 2)
})

describe('督办 (point 10)', () => {
  it("puts the 督办概况 on the 网站管理员's dashboard, whose 逾期 link lists the overdue item", screenshotOnFailure('overdue-summary', async () => {
    await logIn('admin@demo.gov.cn')
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    const red = page.locator('[data-testid="overdue-count-red"]')
    await red.waitFor()
    expect(Number(await red.getAttribute('data-count'))).toBeGreaterThan(0)
    expect(await red.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 35, 24)')
    await shot('overdue-summary.png')
    await page.click('[data-testid="overdue-items-documents-red"]')
    await page.waitForURL((url) => url.pathname.endsWith('/collections/documents') && url.search.includes('where'))
    await page.locator(`tr:has-text("逾期${tag}")`).waitFor()
    await shot('overdue-list.png')
  }), PAGE_LOAD * 3)

  it('shows a 督办通知 in colour and links it to its item, in the list and in the edit view', screenshotOnFailure('notice-link', async () => {
    const notice = (await call('GET', `/api/audit-notices?${q({ 'where[subjectType][equals]': 'documents', 'where[subjectId][equals]': String(ids.overdue), 'where[status][equals]': 'open' })}&depth=0`, admin)).docs[0]
    expect(notice.severity).toBe('red')
    await page.goto(`${app.url}/admin/collections/audit-notices?${q({ 'where[subjectId][equals]': String(ids.overdue) })}`, { timeout: PAGE_LOAD })
    const badge = page.locator(`tr:has-text("逾期${tag}") [data-testid="notice-severity"]`)
    await badge.waitFor()
    expect(await badge.getAttribute('data-severity')).toBe('red')
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 236, 236)')
    const link = page.locator(`tr:has-text("逾期${tag}") [data-testid="notice-subject-link"]`)
    expect(await link.getAttribute('href')).toBe(`/admin/collections/documents/${ids.overdue}`)
    await shot('notice-list.png')

    await page.goto(`${app.url}/admin/collections/audit-notices/${notice.id}`, { timeout: PAGE_LOAD })
    const editLink = page.locator('[data-testid="notice-subject"] [data-testid="notice-subject-link"]')
    await editLink.waitFor()
    expect(await page.locator('[data-testid="notice-subject"] [data-testid="notice-severity"]').getAttribute('data-severity')).toBe('red')
    await shot('notice-edit.png')
    await editLink.click()
    await page.waitForURL((url) => url.pathname.endsWith(`/collections/documents/${ids.overdue}`))
  }), PAGE_LOAD * 3)
})
