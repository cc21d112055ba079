/**
 * The 三审 workflow in a real browser: an editor creates a 政府信息 in the admin and submits it from the review
 * panel; the 初审 sees it in 待我审核 and approves; the 保密审查员 must confirm the mobile number the
 * pre-check found (the server's refusal is shown verbatim first); the 终审领导 approves, and the item is
 * public through the anonymous REST API.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { artifactsDir, launchBrowser, demoPassword, startDemoApp, type AppProcess } from '../helpers/appProcess'

const PASSWORD = demoPassword()
const PAGE_LOAD = 180_000
const title = `关于开展春季植树活动的通知（流程测试${Date.now().toString(36)}）`

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page
let editUrl = ''

beforeAll(async () => {
  // Seeding the demo data takes minutes when other servers and browsers share the cores.
  app = await startDemoApp({})
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
  // Leaving a half-filled form (after a failed step) must not hang on the browser's 离开此页? question.
  page.on('dialog', (dialog) => void dialog.accept())
  // The first admin page compiles for minutes in a fresh build directory on a loaded machine: once, here.
  await page.goto(`${app.url}/admin/login`, { timeout: 600_000 })
}, 1_260_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const logIn = async (email: string) => {
  // A step that failed half-way may have left someone signed in.
  await context.clearCookies()
  await page.goto(`${app.url}/admin/login`, { timeout: PAGE_LOAD })
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: PAGE_LOAD })
}

const logOut = async () => {
  await page.goto(`${app.url}/admin/logout`, { timeout: PAGE_LOAD })
  await page.waitForURL(/\/admin\/login/, { timeout: PAGE_LOAD })
}

/** Keeps a full-page screenshot of the moment a step failed (test-artifacts/review-flow-failure.png). */
let step = 0
const screenshotOnFailure = (fn: () => Promise<void>) => {
  const name = `review-flow-failure-${++step}.png`
  return async () => {
    try {
      await fn()
    } catch (error) {
      await page?.screenshot({ path: path.join(artifactsDir(), name), fullPage: true }).catch(() => undefined)
      throw error
    }
  }
}

const panel = () => page.locator('[data-testid="review-panel"]')
const stateBadge = () => page.locator('[data-testid="review-state"]')

/** Opens the item, takes one action with an opinion (confirming 终审), and waits for the panel to show the new state. */
const act = async (action: string, opinion: string, expectedState: string) => {
  if (!page.url().startsWith(editUrl)) await page.goto(editUrl, { timeout: PAGE_LOAD })
  const button = page.locator(`[data-testid="workflow-action-${action}"]`)
  await button.waitFor({ timeout: PAGE_LOAD })
  await page.fill('[data-testid="workflow-opinion"]', opinion)
  await button.click()
  if (expectedState === '已发布') await page.locator('#confirm-action:visible').click()
  await page.locator('[data-testid="workflow-success"]').waitFor({ timeout: PAGE_LOAD })
  await expect(stateBadge().innerText()).resolves.toBe(expectedState)
}

describe('review flow in the admin', () => {
  it('lets the editor create a 政府信息 and submit it from the review panel', screenshotOnFailure(async () => {
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/create`, { timeout: PAGE_LOAD })
    await panel().waitFor()
    // Not saved yet: the panel only explains what comes next; nobody is offered a 发布 button.
    await expect(panel().innerText()).resolves.toContain('保存草稿后可提交审核')
    await expect(page.locator('[data-testid="publish-hint"]').innerText()).resolves.toContain('发布请使用右侧审核面板')
    expect(await page.locator('#action-save').count()).toBe(0)

    await page.fill('#field-title', title)
    const pick = async (field: string, option: string) => {
      await page.click(`#field-${field} .rs__control`)
      await page.locator('.rs__option', { hasText: option }).first().click()
      await expect(page.locator(`#field-${field} .rs__single-value`).innerText()).resolves.toContain(option)
    }
    await pick('column', '通知公告')
    await pick('department', '县人民政府办公室')
    await page.click('#field-formedAt input')
    await page.locator('.react-datepicker__day--today').first().click()
    await expect(page.locator('#field-disclosure').innerText()).resolves.toContain('主动公开')
    await page
      .locator('.rich-text-lexical', { has: page.locator('.field-label', { hasText: '正文' }) })
      .locator('[data-lexical-editor="true"]')
      .click()
    await page.keyboard.type('为改善城乡生态环境，县人民政府决定于三月中旬在全县开展春季义务植树活动。各乡镇、各部门要精心组织，确保活动取得实效。')
    await page.keyboard.press('Enter')
    await page.keyboard.type('联系人：县绿化委员会办公室 王明，联系电话：13912345678。')
    // Saved at once: the save waits for the 正文 editor to hand over the last words (src/admin/KeepTypedText.tsx).

    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/documents\/\d+/, { timeout: PAGE_LOAD })
    editUrl = page.url().replace(/[?#].*$/, '')
    await page.locator('[data-testid="workflow-action-submit"]').waitFor({ timeout: PAGE_LOAD })
    await expect(stateBadge().innerText()).resolves.toBe('草稿')
    // The pre-check already flags the mobile number for the secrecy officer.
    await expect(panel().locator('[data-testid="workflow-finding"][data-level="review"]').count()).resolves.toBe(1)

    await act('submit', '请审核', '待初审')
    await expect(panel().innerText()).resolves.toContain('陈晓明')
    await logOut()
  }), 600_000)

  it('lists the item in the reviewer’s 待我审核 and takes the 初审', screenshotOnFailure(async () => {
    await logIn('reviewer@demo.gov.cn')
    const mine = page.locator('[data-testid="my-reviews"]')
    await mine.locator('[data-testid="my-reviews-item"]', { hasText: title }).waitFor({ timeout: PAGE_LOAD })
    expect(Number(await mine.getAttribute('data-count'))).toBeGreaterThanOrEqual(1)
    await expect(mine.innerText()).resolves.toContain('待初审')
    await page.screenshot({ path: path.join(artifactsDir(), 'my-reviews.png') })
    await mine.locator('a', { hasText: title }).click()
    await page.waitForURL((url) => url.toString().startsWith(editUrl), { timeout: PAGE_LOAD })
    await act('approve', '内容属实，同意报送保密审查', '待保密审查')
    await logOut()
  }), 600_000)

  it('makes the secrecy officer confirm the flagged mobile number, showing the server’s refusal verbatim', screenshotOnFailure(async () => {
    await logIn('secrecy@demo.gov.cn')
    await page.goto(editUrl, { timeout: PAGE_LOAD })
    const approve = page.locator('[data-testid="workflow-action-approve"]')
    await approve.waitFor({ timeout: PAGE_LOAD })
    await page.fill('[data-testid="workflow-opinion"]', '经审查不涉密，同意公开')
    await approve.click()
    const error = page.locator('[data-testid="workflow-error"]')
    await error.waitFor({ timeout: PAGE_LOAD })
    await expect(error.innerText()).resolves.toBe('尚有1处需人工审查的预审结果未确认，请逐条填写确认意见')
    await page.fill('[data-testid^="workflow-finding-note-"]', '系县绿化委员会办公室对外公布的联系电话，可以公开')
    await approve.click()
    await page.locator('[data-testid="workflow-success"]').waitFor({ timeout: PAGE_LOAD })
    await expect(stateBadge().innerText()).resolves.toBe('待终审')
    await expect(panel().innerText()).resolves.toContain('已确认')
    await logOut()
  }), 600_000)

  it('publishes on the approver’s 终审, and the public API serves the item', screenshotOnFailure(async () => {
    await logIn('approver@demo.gov.cn')
    await act('approve', '同意发布', '已发布')
    const text = await panel().innerText()
    for (const name of ['刘文静', '赵志刚', '李国华']) expect(text).toContain(name)
    for (const stage of ['初审', '保密审查', '终审']) expect(text).toContain(stage)
    expect(await panel().locator('[data-testid="workflow-signatures"] tbody tr').count()).toBe(3)
    expect(await panel().locator('[data-testid="workflow-records"] li').count()).toBe(4)
    const print = panel().locator('[data-testid="workflow-print"]')
    await expect(print.innerText()).resolves.toBe('打印审批表')
    expect(await print.getAttribute('href')).toMatch(/\/api\/documents\/\d+\/approval-form$/)
    // No action is left but 撤回, and no Payload 发布 button anywhere.
    expect(await page.locator('[data-testid^="workflow-action-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))).toEqual([
      'workflow-action-withdraw',
    ])
    expect(await page.locator('#action-save').count()).toBe(0)

    await panel().screenshot({ path: path.join(artifactsDir(), 'review-panel.png') })
    await page.screenshot({ path: path.join(artifactsDir(), 'review-edit.png'), fullPage: true })
    expect(fs.statSync(path.join(artifactsDir(), 'review-panel.png')).size).toBeGreaterThan(5_000)

    const res = await fetch(`${app.url}/api/documents?where[title][equals]=${encodeURIComponent(title)}`)
    expect(res.status).toBe(200)
    const json = (await res.json()) as { totalDocs: number; docs: Array<{ title: string; _status: string; reviewState?: unknown }> }
    expect(json.totalDocs).toBe(1)
    expect(json.docs[0].title).toBe(title)
    expect(json.docs[0]._status).toBe('published')
    expect(json.docs[0].reviewState).toBeUndefined()
    await logOut()
  }), 600_000)
})

describe('政策解读关联 in the admin', () => {
  it('shows a policy’s interpretations and deadline, and offers only eligible policies in the interpretation’s picker', screenshotOnFailure(async () => {
    await logIn('editor@demo.gov.cn')
    const found = (await (await fetch(`${app.url}/api/documents?where[docNumber][equals]=${encodeURIComponent('临政发〔2026〕3号')}&depth=0`)).json()) as {
      docs: Array<{ id: number; title: string }>
    }
    const policy = found.docs[0]
    expect(policy.title).toContain('民营经济')

    await page.goto(`${app.url}/admin/collections/documents/${policy.id}`, { timeout: PAGE_LOAD })
    const policyPanel = page.locator('[data-testid="policy-interpretation-panel"]')
    await policyPanel.locator('[data-testid="link-verdict"]').waitFor()
    const panelText = await policyPanel.innerText()
    expect(panelText).toContain('政策解读关联')
    expect(panelText).toContain('时限：政策发布后 5 日内关联解读')
    // The demo policy has two published interpretations, listed by title.
    expect(await policyPanel.locator('li').count()).toBe(2)
    expect(['linked', 'linked-late']).toContain(await policyPanel.locator('[data-testid="link-verdict"]').getAttribute('data-state'))

    await page.goto(`${app.url}/admin/collections/interpretations/create`, { timeout: PAGE_LOAD })
    await page.locator('[data-testid="interpretation-policy-panel"]').waitFor()
    expect(await page.locator('[data-testid="interpretation-policy-panel"]').innerText()).toContain('请选择所解读的政策文件')
    const picker = page.locator('#field-policy')
    const input = picker.locator('input').first()
    await picker.locator('.rs__control').click()
    // An on-request 行政处罚决定书 is not a policy one may interpret: the picker finds nothing.
    await input.fill('违法建设行政处罚')
    await page.locator('.rs__menu-notice--no-options').waitFor({ timeout: 60_000 })
    expect(await page.locator('.rs__option').count()).toBe(0)
    // A public policy is offered.
    await input.fill('民营经济')
    await page.locator('.rs__option', { hasText: '民营经济高质量发展' }).first().waitFor({ timeout: 60_000 })
    await page.locator('.rs__option', { hasText: '民营经济高质量发展' }).first().click()
    // The panel follows the choice: the policy's state and its link verdict.
    await page.locator('[data-testid="interpretation-policy-panel"]', { hasText: '政策已于' }).waitFor({ timeout: 60_000 })
    await page.locator('[data-testid="interpretation-policy-panel"] [data-testid="link-verdict"]').waitFor()
    await page.screenshot({ path: path.join(artifactsDir(), 'interpretation-panel.png'), fullPage: true })
    await logOut()
  }), 600_000)
})
