/**
 * Issue 13 §1, §5 and §10 (workflow actions) in a real browser, as the roles that met them:
 * - the 信息报送员 submits from the panel (no page reload), edits the title of the item under review and is asked
 *   「保存将作废当前审核并退回草稿，是否继续？」: cancelling saves nothing (still 待初审), confirming takes it back to
 *   草稿, the register says 内容在审核过程中被修改，已退回草稿 (no signature existed) and no banner still claims 待初审;
 * - she edits a published item: the panel and the header say 网站上仍为已发布的版本, and 撤销修改 restores the
 *   published title while the public API keeps serving the same published version (nothing newly published);
 * - the 终审领导's 终审 asks whether to publish first, and the page is not reloaded.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { artifactsDir, launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'
import { lexicalFromParagraphs } from '../../domain/lexicalText'

const PAGE_LOAD = 300_000
const tag = Date.now().toString(36)

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // Seeding the demo data takes minutes when colleagues' servers and browsers share the cores.
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
  // Leaving an edited form asks the browser's 离开此页?; the workflow's own questions are the admin's dialogs.
  page.on('dialog', (dialog) => void dialog.accept())
  // The first admin page compiles for minutes on a loaded machine: do it once here, not inside a step's timeout.
  await page.goto(`${app.url}/admin/login`, { timeout: 600_000 })
}, 1_260_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

/** A draft of the demo editor's department (县人民政府办公室), created through the REST API. */
const draftOfEditor = async (title: string) => {
  const editor = await tokenOf('editor@demo.gov.cn')
  const me = await call('GET', '/api/users/me', editor)
  const columns = await call('GET', '/api/columns?where[slug][equals]=xzfbgswj&depth=0', editor)
  const created = await call('POST', '/api/documents?draft=true', editor, {
    title,
    column: columns.docs[0].id,
    department: typeof me.user.department === 'object' ? me.user.department.id : me.user.department,
    formedAt: new Date().toISOString(),
    disclosure: 'proactive',
    body: lexicalFromParagraphs(['为进一步做好政务公开工作，现将有关事项通知如下，请认真贯彻落实。']),
    _status: 'draft',
  })
  return { id: created.doc.id as number, editor }
}
const workflow = async (id: number, email: string, body: Record<string, unknown>) =>
  call('POST', `/api/documents/${id}/workflow`, await tokenOf(email), body)

const panel = () => page.locator('[data-testid="review-panel"]')
const stateBadge = () => panel().locator('[data-testid="review-state"]')
const visible = (selector: string) => page.locator(`${selector}:visible`)
const markPage = () => page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1))
const marker = () => page.evaluate(() => (window as unknown as { __marker?: number }).__marker ?? null)
const waitForState = (label: string) => page.waitForFunction(
  (expected) => document.querySelector('[data-testid="review-panel"] [data-testid="review-state"]')?.textContent === expected,
  label,
  { timeout: PAGE_LOAD },
)

describe('an edit during review (§1)', () => {
  it('asks the editor before a save ends the review, and tells the truth afterwards', screenshotOnFailure('review-editing-void', async () => {
    const title = `关于做好年度政务公开工作的通知（审核中修改${tag}）`
    const { id, editor } = await draftOfEditor(title)
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/${id}`, { timeout: PAGE_LOAD })
    await page.locator('[data-testid="workflow-action-submit"]').waitFor({ timeout: PAGE_LOAD })
    await markPage()
    await page.locator('[data-testid="workflow-action-submit"]').click()
    await waitForState('待初审')
    await expect(page.locator('[data-testid="workflow-success"]').innerText()).resolves.toBe('提交审核成功，当前状态：待初审')
    // §10: the action updated the view without a page reload.
    await expect(marker()).resolves.toBe(1)

    await page.fill('#field-title', `${title}（改）`)
    await page.click('#action-save-draft')
    const question = visible('[data-testid="workflow-void-confirm"]')
    await question.waitFor({ timeout: PAGE_LOAD })
    await expect(question.innerText()).resolves.toBe('保存将作废当前审核并退回草稿，是否继续？')
    await shot('review-editing-void-confirm.png')

    // Cancel: nothing is saved, the item stays in the reviewer's queue.
    await visible('#confirm-cancel').click()
    await question.waitFor({ state: 'detached', timeout: PAGE_LOAD }).catch(() => question.waitFor({ state: 'hidden', timeout: PAGE_LOAD }))
    const unchanged = await call('GET', `/api/documents/${id}?draft=true&depth=0`, editor)
    expect([unchanged.title, unchanged.reviewState]).toEqual([title, 'submitted'])
    await expect(stateBadge().innerText()).resolves.toBe('待初审')

    // Confirm: saved as 草稿, and the panel, banner and register say so.
    await page.click('#action-save-draft')
    await question.waitFor({ timeout: PAGE_LOAD })
    await visible('#confirm-action').click()
    await waitForState('草稿')
    const saved = await call('GET', `/api/documents/${id}?draft=true&depth=0`, editor)
    expect([saved.title, saved.reviewState]).toEqual([`${title}（改）`, 'draft'])
    await panel().locator('[data-testid="workflow-records"]', { hasText: '内容在审核过程中被修改，已退回草稿' }).waitFor({ timeout: PAGE_LOAD })
    await expect(panel().innerText()).resolves.not.toContain('签名作废')
    await expect(panel().innerText()).resolves.not.toContain('当前状态：待初审')
    await panel().screenshot({ path: path.join(artifactsDir(), 'review-editing-void-panel.png') })
  }), 900_000)
})

describe('an edit of a published item (§5)', () => {
  it('says the website still shows the published version, and 撤销修改 restores it without publishing', screenshotOnFailure('review-editing-discard', async () => {
    const title = `关于公布县级行政权力清单的通知（已发布${tag}）`
    const { id, editor } = await draftOfEditor(title)
    await workflow(id, 'editor@demo.gov.cn', { action: 'submit' })
    await workflow(id, 'reviewer@demo.gov.cn', { action: 'approve', opinion: '同意' })
    await workflow(id, 'secrecy@demo.gov.cn', { action: 'approve', opinion: '不涉密' })
    await workflow(id, 'approver@demo.gov.cn', { action: 'approve', opinion: '同意发布' })
    const publicBefore = await call('GET', `/api/documents/${id}?depth=0`, null)
    expect(publicBefore.title).toBe(title)
    const feedBefore = await call('GET', '/api/public/changes?limit=500', null)

    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/${id}`, { timeout: PAGE_LOAD })
    await waitForState('已发布')
    await page.fill('#field-title', `${title}（误改）`)
    await page.click('#action-save-draft')
    await waitForState('草稿')
    const note = panel().locator('[data-testid="workflow-published-note"]')
    await note.waitFor({ timeout: PAGE_LOAD })
    await expect(note.innerText()).resolves.toBe('网站上仍为已发布的版本')
    // The header learns of the new draft version once the save has returned: wait for it rather than read at once.
    const header = page.locator('[data-testid="website-status"][data-changed="true"]')
    await header.waitFor({ timeout: PAGE_LOAD })
    await expect(header.innerText()).resolves.toContain('网站上仍为已发布的版本')
    // Payload's 还原到已发布的版本 (which would publish) is not offered.
    expect(await page.locator('#action-revert-to-published').count()).toBe(0)
    await shot('review-editing-published-changed.png')

    await markPage()
    await page.locator('[data-testid="workflow-action-discard"]').click()
    await visible('[data-testid="workflow-discard-confirm"]').waitFor({ timeout: PAGE_LOAD })
    await visible('#confirm-action').click()
    await waitForState('已发布')
    await page.waitForFunction((expected) => (document.querySelector('#field-title') as HTMLInputElement | null)?.value === expected, title, { timeout: PAGE_LOAD })
    await expect(marker()).resolves.toBe(1)
    await expect(page.locator('[data-testid="workflow-success"]').innerText()).resolves.toBe('撤销修改成功，当前状态：已发布')
    expect(await panel().locator('[data-testid="workflow-published-note"]').count()).toBe(0)
    await panel().locator('[data-testid="workflow-records"]', { hasText: '撤销修改，恢复为网站上的已发布版本' }).waitFor({ timeout: PAGE_LOAD })

    const edited = await call('GET', `/api/documents/${id}?draft=true&depth=0`, editor)
    expect([edited.title, edited.reviewState]).toEqual([title, 'published'])
    // Nothing newly published: the public version is the same one, and the change feed has no new entry.
    const publicAfter = await call('GET', `/api/documents/${id}?depth=0`, null)
    expect([publicAfter.title, publicAfter.updatedAt]).toEqual([title, publicBefore.updatedAt])
    const feedAfter = await call('GET', '/api/public/changes?limit=500', null)
    expect(feedAfter.items.length).toBe(feedBefore.items.length)
    await shot('review-editing-discarded.png')
  }), 900_000)
})

describe('终审 (§10)', () => {
  it('asks the approver before publishing, and updates the page without reloading it', screenshotOnFailure('review-editing-final', async () => {
    const title = `关于调整县城区公交线路的公告（终审确认${tag}）`
    const { id } = await draftOfEditor(title)
    await workflow(id, 'editor@demo.gov.cn', { action: 'submit' })
    await workflow(id, 'reviewer@demo.gov.cn', { action: 'approve', opinion: '同意' })
    await workflow(id, 'secrecy@demo.gov.cn', { action: 'approve', opinion: '不涉密' })

    await logIn('approver@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents/${id}`, { timeout: PAGE_LOAD })
    const approve = page.locator('[data-testid="workflow-action-approve"]')
    await approve.waitFor({ timeout: PAGE_LOAD })
    await markPage()
    await page.fill('[data-testid="workflow-opinion"]', '同意发布')
    await approve.click()
    const question = visible('[data-testid="workflow-publish-confirm"]')
    await question.waitFor({ timeout: PAGE_LOAD })
    await expect(question.innerText()).resolves.toBe('终审通过后，本稿件将立即发布到网站。是否继续？')
    await shot('review-editing-final-confirm.png')
    await visible('#confirm-cancel').click()
    expect((await call('GET', `/api/documents/${id}?draft=true&depth=0`, await tokenOf('approver@demo.gov.cn'))).reviewState).toBe('secrecy-reviewed')

    await approve.click()
    await question.waitFor({ timeout: PAGE_LOAD })
    await visible('#confirm-action').click()
    await waitForState('已发布')
    await expect(page.locator('[data-testid="workflow-success"]').innerText()).resolves.toBe('审核通过成功，当前状态：已发布')
    await expect(marker()).resolves.toBe(1)
    expect((await call('GET', `/api/documents/${id}?depth=0`, null)).title).toBe(title)
    await shot('review-editing-final-published.png')
  }), 900_000)
})
