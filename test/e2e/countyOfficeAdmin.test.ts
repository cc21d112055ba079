/**
 * Issue 13 §6, §7 and the labels of §9 in a real browser, as the roles that met them: the 终审领导 prints a 审批表
 * whose 保密审查 opinion was left blank; an editor selects items in the list and is offered no 发布/取消发布; the
 * 网站管理员 walks every collection's list and edit view and every global and finds no Latin-only label.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'
import { lexicalFromParagraphs } from '../../domain/lexicalText'

const PAGE_LOAD = 180_000

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
  page.on('dialog', (dialog) => void dialog.accept())
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

describe('审批表 (§6)', () => {
  it('shows the 终审领导 「（未填写意见）」 where the 保密审查员 wrote nothing, and 政策文件 as 信息类别', screenshotOnFailure('approval-form', async () => {
    const editor = await tokenOf('editor@demo.gov.cn')
    const me = await call('GET', '/api/users/me', editor)
    const columns = await call('GET', '/api/columns?where[slug][equals]=xzfbgswj&depth=0', editor)
    const created = await call('POST', '/api/documents?draft=true', editor, {
      title: `关于印发县政府办公室公文处理办法的通知（审批表测试${Date.now().toString(36)}）`,
      column: columns.docs[0].id,
      department: typeof me.user.department === 'object' ? me.user.department.id : me.user.department,
      formedAt: new Date().toISOString(),
      disclosure: 'proactive',
      body: lexicalFromParagraphs(['为规范公文处理工作，现将《县政府办公室公文处理办法》印发给你们，请认真遵照执行。']),
      _status: 'draft',
    })
    const id = created.doc.id as number
    await call('POST', `/api/documents/${id}/workflow`, editor, { action: 'submit' })
    await call('POST', `/api/documents/${id}/workflow`, await tokenOf('reviewer@demo.gov.cn'), { action: 'approve', opinion: '内容准确，同意报送' })
    await call('POST', `/api/documents/${id}/workflow`, await tokenOf('secrecy@demo.gov.cn'), { action: 'approve' })
    await call('POST', `/api/documents/${id}/workflow`, await tokenOf('approver@demo.gov.cn'), { action: 'approve', opinion: '同意发布' })

    await logIn('approver@demo.gov.cn')
    await page.goto(`${app.url}/api/documents/${id}/approval-form`, { timeout: PAGE_LOAD })
    const row = async (header: string) => page.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${header}$`) }) }).first().innerText()
    await expect(row('保密审查')).resolves.toContain('（未填写意见）')
    await expect(row('保密审查')).resolves.not.toContain('同意')
    await expect(row('初审')).resolves.toContain('内容准确，同意报送')
    await expect(row('信息类别')).resolves.toContain('政策文件')
    await expect(row('信息类别')).resolves.not.toContain('政府信息')
    await shot('approval-form-blank-opinion.png')
  }), 600_000)
})

describe('bulk actions (§7)', () => {
  it('offers an editor who selects items no 发布, 取消发布 or 编辑 in the 政府信息 list', screenshotOnFailure('bulk-actions', async () => {
    await logIn('editor@demo.gov.cn')
    await page.goto(`${app.url}/admin/collections/documents`, { timeout: PAGE_LOAD })
    await page.locator('.collection-list table tbody tr').first().waitFor({ timeout: PAGE_LOAD })
    // With no bulk action left to offer (and no 删除 for an editor) the rows cannot even be selected.
    const box = page.locator('.collection-list table tbody tr').first().locator('input[type="checkbox"]')
    if (await box.isEnabled()) {
      await box.check({ force: true })
      await page.locator('.list-selection', { hasText: '已选择 1' }).waitFor({ timeout: PAGE_LOAD })
    }
    const offered = (await page.locator('.list-selection__button').allInnerTexts()).map((t) => t.trim())
    expect(offered).not.toContain('发布')
    expect(offered).not.toContain('取消发布')
    expect(offered).not.toContain('编辑')
    await shot('bulk-actions-editor.png')
  }), 600_000)
})

const CJK = /[\u3400-\u9fff]/
const LATIN = /[A-Za-z]/
/**
 * Latin-only texts allowed in the admin, each a name Payload hard-codes: `API`, the tab to an entry's REST form, and
 * `ID`, the record-number column in the list's column picker (relabelling it would need a custom id field, a schema
 * change).
 */
const ALLOWED_LATIN: readonly string[] = ['API', 'ID']

/** What the admin names on screen: field labels, column headers, tabs, group titles, buttons, the list's heading. */
const LABELS = [
  '.field-label', 'label', 'th', 'button', '.btn', '[role="tab"]', '.tabs-field__tab-button', '.array-field__header-title',
  '.collapsible__toggle', '.nav-group__label', '.list-header h1', '.pill', 'legend', '.group-field__title',
].join(', ')

/** Latin-only labels on the page (data the admin displays — cells, values, document titles — is not looked at). */
const latinLabels = async (where: string): Promise<string[]> => {
  const texts = await page.locator(LABELS).evaluateAll((elements) =>
    elements
      // Values the user typed or the database holds are not labels.
      .filter((el) => !el.closest('td, .rs__value-container, .step-nav, .file-details, [contenteditable="true"]'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  )
  return [...new Set(texts)].filter((t) => LATIN.test(t) && !CJK.test(t) && !ALLOWED_LATIN.includes(t)).map((t) => `${where}: ${t}`)
}

/** An edit view's labels, tab by tab (a tabs field renders only the open tab). */
const latinLabelsOfEveryTab = async (where: string): Promise<string[]> => {
  const found = await latinLabels(where)
  const tabs = page.locator('.tabs-field__tab-button')
  for (let i = 0; i < (await tabs.count()); i++) {
    await tabs.nth(i).click()
    found.push(...(await latinLabels(`${where} › ${(await tabs.nth(i).innerText()).trim()}`)))
  }
  return [...new Set(found)]
}

/** Waits until the route has rendered its view (list, edit or an explanation that it may not). */
const open = async (route: string) => {
  await page.goto(`${app.url}${route}`, { timeout: PAGE_LOAD })
  await page.locator('.collection-list, .collection-edit, .global-edit, .unauthorized, .not-found').first().waitFor({ timeout: PAGE_LOAD })
  await page.waitForLoadState('networkidle', { timeout: PAGE_LOAD }).catch(() => undefined)
}

describe('Chinese labels (§9)', () => {
  it('shows the 网站管理员 no Latin-only label in any collection’s list and edit view or any global', screenshotOnFailure('chinese-labels', async () => {
    await logIn('admin@demo.gov.cn')
    await page.goto(`${app.url}/admin`, { timeout: PAGE_LOAD })
    await page.locator('a[href*="/admin/collections/"]').first().waitFor({ timeout: PAGE_LOAD })
    const hrefs = await page.locator('a[href*="/admin/collections/"], a[href*="/admin/globals/"]').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    const collections = [...new Set(hrefs.flatMap((h) => /^\/admin\/collections\/([^/]+)/.exec(h)?.[1] ?? []))]
    const globals = [...new Set(hrefs.flatMap((h) => /^\/admin\/globals\/([^/]+)/.exec(h)?.[1] ?? []))]
    // The walk is not vacuous: the content, the logs the issue named and the settings are all in it.
    expect(collections).toEqual(expect.arrayContaining(['documents', 'interpretations', 'columns', 'media', 'departments', 'users', 'public-changes', 'webhook-deliveries', 'approval-records']))
    expect(globals).toEqual(expect.arrayContaining(['settings']))

    const found: string[] = []
    for (const slug of collections) {
      await open(`/admin/collections/${slug}`)
      // Every column the list can show, as the column picker names them.
      const toggle = page.locator('.list-controls__toggle-columns')
      if (await toggle.count()) await toggle.first().click()
      found.push(...(await latinLabels(`${slug} list`)))
      if (slug === 'public-changes') expect(await page.locator('.collection-list table tbody').innerText()).not.toContain('序号计数器')
      await shot(`chinese-labels-${slug}-list.png`)

      await open(`/admin/collections/${slug}/create`)
      if (await page.locator('.collection-edit').count()) {
        found.push(...(await latinLabelsOfEveryTab(`${slug} create`)))
      } else {
        // Written by the system only: the edit view of an existing entry instead.
        await open(`/admin/collections/${slug}`)
        const first = page.locator('.collection-list table tbody tr a').first()
        if (await first.count()) {
          await open(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname)
          found.push(...(await latinLabelsOfEveryTab(`${slug} edit`)))
        }
      }
      await shot(`chinese-labels-${slug}-edit.png`)
    }
    for (const slug of globals) {
      await open(`/admin/globals/${slug}`)
      found.push(...(await latinLabelsOfEveryTab(`${slug} global`)))
      await shot(`chinese-labels-${slug}-global.png`)
    }
    expect(found).toEqual([])
  }), 1_800_000)
})
