/**
 * Issue 13 §2 and §10's preview in a real browser, as the 信息报送员 (editor@demo.gov.cn) who met them:
 * - a 不予公开 item's 理由说明 emptied is refused with its reason under 公开属性理由说明, and the toast names the
 *   field by its label (it said only 「下面的字段是无效的： docNumber」 when the 发文字号 still refused the save: since
 *   issue 16 a malformed 发文字号 is a review warning, not a refusal);
 * - a 发布机构 she may not use is refused with the Chinese reason under 发布机构. Her picker lists only her own
 *   department, so the other department reaches the server as the admin's own save request would carry it;
 * - the last words typed into 正文 are saved when 保存草稿 or Ctrl+S follows at once (src/admin/KeepTypedText.tsx);
 * - the edit view's 预览 button opens the public page of the draft, marked 预览（尚未发布）.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page, Request as PwRequest, Route } from 'playwright-core'
import { artifactsDir, launchBrowser, startDemoApp, type AppProcess } from '../helpers/appProcess'
import { adminSession } from '../helpers/adminSession'
import { lexicalFromParagraphs, lexicalPlainText } from '../../domain/lexicalText'

// Generous for a loaded machine; under E2E_SERVER=dev a page's first visit compiles it.
const PAGE_LOAD = 180_000

let app: AppProcess
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // The demo seed runs every item through the three reviews: slow under load.
  app = await startDemoApp({ SCHEDULER: 'off', LOGIN_RATE_LIMIT: '1000' })
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
  page = await context.newPage()
  page.setDefaultTimeout(PAGE_LOAD)
  page.on('dialog', (dialog) => void dialog.accept())
}, 900_000)
afterAll(async () => {
  await browser?.close()
  await app?.stop()
}, 60_000)

const { logIn, shot, screenshotOnFailure, call, tokenOf } = adminSession({ app: () => app, context: () => context, page: () => page, pageLoad: PAGE_LOAD })

let draftId: number
/** A 不予公开 draft whose 理由说明 the first test empties. */
let withheldId: number
let ownDepartment: number
let otherDepartment: number

/** A draft of the editor's department, made over REST as she would in the admin. */
const makeDraft = async () => {
  const editor = await tokenOf('editor@demo.gov.cn')
  const me = await call('GET', '/api/users/me', editor)
  ownDepartment = typeof me.user.department === 'object' ? me.user.department.id : me.user.department
  const admin = await tokenOf('admin@demo.gov.cn')
  const departments = await call('GET', '/api/departments?limit=50&depth=0', admin)
  otherDepartment = departments.docs.find((d: { id: number }) => d.id !== ownDepartment).id
  const columns = await call('GET', '/api/columns?where[slug][equals]=xzfbgswj&depth=0', editor)
  const created = await call('POST', '/api/documents?draft=true', editor, {
    title: `关于做好2026年春季森林防火工作的通知（字段提示测试${Date.now().toString(36)}）`,
    column: columns.docs[0].id,
    department: ownDepartment,
    docNumber: '临政办发〔2026〕14号',
    formedAt: new Date().toISOString(),
    disclosure: 'proactive',
    body: lexicalFromParagraphs(['各乡镇人民政府：春季是森林火灾高发期，请切实做好防火工作。']),
    _status: 'draft',
  })
  draftId = created.doc.id as number
  const withheld = await call('POST', '/api/documents?draft=true', editor, {
    title: `县政府常务会议议题材料（讨论稿）（字段提示测试${Date.now().toString(36)}）`,
    column: columns.docs[0].id,
    department: ownDepartment,
    formedAt: new Date().toISOString(),
    disclosure: 'withheld',
    nonDisclosureBasis: 'art16-process-information',
    nonDisclosureReason: '属于讨论记录、过程稿，依据条例第十六条第二款不予公开',
    body: lexicalFromParagraphs(['议题一：关于城区集中供热二期工程建设方案的汇报。']),
    _status: 'draft',
  })
  withheldId = withheld.doc.id as number
}

/** Opens the draft and types into a text field until the form takes it (the save button is enabled once it has). */
const openAndType = async (selector: string, value: string, id = draftId) => {
  await page.goto(`${app.url}/admin/collections/documents/${id}`, { timeout: PAGE_LOAD })
  await page.waitForSelector(selector)
  const saveEnabled = () => page.waitForSelector('#action-save-draft:not([disabled])', { timeout: 10_000 }).then(() => true, () => false)
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.fill(selector, '')
    await page.fill(selector, value)
    if (await saveEnabled()) return
  }
  throw new Error('the edit form never took the typed value')
}

const fieldOf = (input: string) => page.locator(`.field-type:has(${input})`).first()

const isFormState = (request: PwRequest) => request.method() === 'POST' && Boolean(request.headers()['next-action'])

/**
 * The admin's form-state requests (server actions) from now on: `holdAfterThoseInFlight` waits until none is in
 * flight and then holds every new one unanswered; `release` lets the held ones through and stops holding.
 */
const formStateRequests = () => {
  const inFlight = new Set<PwRequest>()
  const held: Route[] = []
  let holding = false
  let settled: (() => void) | null = null
  const started = (request: PwRequest) => {
    if (isFormState(request)) inFlight.add(request)
  }
  const ended = (request: PwRequest) => {
    inFlight.delete(request)
    if (inFlight.size === 0) settled?.()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  const hold = async (route: Route, request: PwRequest) => {
    if (holding && isFormState(request)) return void held.push(route)
    return route.fallback()
  }
  const forAdmin = (url: URL) => url.pathname.startsWith('/admin')
  return {
    holdAfterThoseInFlight: async () => {
      await page.route(forAdmin, hold)
      holding = true
      // A request that started before the route was in place is answered as usual; wait for those.
      if (inFlight.size > 0) await new Promise<void>((resolve) => (settled = resolve))
    },
    release: async () => {
      holding = false
      page.off('request', started)
      page.off('requestfinished', ended)
      page.off('requestfailed', ended)
      await Promise.all(held.splice(0).map((route) => route.continue().catch(() => undefined)))
      await page.unroute(forAdmin, hold)
    },
  }
}

describe('save refusals reach their field (§2)', () => {
  beforeAll(async () => {
    await makeDraft()
    await logIn('editor@demo.gov.cn')
  }, 900_000)

  it('shows the reason under 公开属性理由说明 when it is emptied, and the toast names the field', screenshotOnFailure('field-error-reason', async () => {
    await openAndType('#field-nonDisclosureReason', '   ', withheldId)
    const field = fieldOf('#field-nonDisclosureReason')
    // The toast lasts seconds: watch for it and the field's error from the click on, together.
    const toast = page.locator('.payload-toast-container [data-sonner-toast]', { hasText: '公开属性理由说明' })
    const reason = field.locator('.field-error', { hasText: '非主动公开的信息须填写理由说明' })
    // The form asks the server for its state again after the refusal (a server action: a POST with a Next-Action
    // header); Payload merged that answer as "valid", and the reason was gone a moment after it showed.
    let refused = false
    const formStateAfterRefusal = page.waitForResponse((res) => refused && isFormState(res.request()))
    const [response] = await Promise.all([
      page.waitForResponse((res) => {
        const isSave = res.url().includes(`/api/documents/${withheldId}`) && res.request().method() === 'PATCH'
        if (isSave) refused = true
        return isSave
      }),
      toast.waitFor(),
      reason.waitFor({ state: 'visible' }),
      page.click('#action-save-draft'),
    ])
    expect(response.status()).toBe(400)
    expect(await toast.innerText()).not.toContain('nonDisclosureReason')
    await formStateAfterRefusal
    // Two frames after that answer arrived, the reason is still there.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(await reason.isVisible()).toBe(true)
    await shot('field-error-reason.png')
    // Nothing was saved.
    const stored = await call('GET', `/api/documents/${withheldId}?draft=true&depth=0`, await tokenOf('editor@demo.gov.cn'))
    expect(stored.nonDisclosureReason).toBe('属于讨论记录、过程稿，依据条例第十六条第二款不予公开')
    // Written again, the reason is judged again as it is typed, and the refusal goes.
    await page.fill('#field-nonDisclosureReason', '属于过程稿，依据条例第十六条第二款不予公开')
    await reason.waitFor({ state: 'hidden' })
  }), 1_200_000)

  it('shows the own-department reason under 发布机构 for another department', screenshotOnFailure('field-error-department', async () => {
    // The admin's save carries the form as JSON in a multipart field (_payload); the other department goes there,
    // as it did when her picker still listed it.
    let saveAnswer = ''
    await page.route(`**/api/documents/${draftId}?**`, async (route, request: PwRequest) => {
      const body = request.postData()
      if (request.method() !== 'PATCH' || !body) return route.continue()
      const response = await route.fetch({ postData: body.replace(/"department":\s*(\{"id":\s*)?\d+/, `"department":${otherDepartment}`) })
      saveAnswer = `${response.status()} ${await response.text()}`
      return route.fulfill({ response })
    })
    // The form itself still holds her own department (only the request was changed), so the server's answers about
    // the form (form state: a server action, a POST with a Next-Action header) rightly find 发布机构 valid and take
    // the reason away again. On a loaded machine an answer to a request sent while she typed could land in the same
    // render as the refusal, which then never showed. So none is in flight at the click, and those asked for after
    // it are held until the reason has shown.
    const formState = formStateRequests()
    try {
      await openAndType('#field-title', `关于做好2026年春季森林防火工作的通知（改发布机构${Date.now().toString(36)}）`)
      await formState.holdAfterThoseInFlight()
      const reason = fieldOf('#field-department').locator('.field-error', { hasText: '只能以本部门名义报送或修改信息' })
      await Promise.all([
        page.locator('.payload-toast-container [data-sonner-toast]', { hasText: '发布机构' }).waitFor(),
        reason.waitFor({ state: 'visible' }),
        page.click('#action-save-draft'),
      ]).catch((error: Error) => {
        throw new Error(`${error.message}\nthe save's answer: ${saveAnswer || '(none)'}`)
      })
      expect(saveAnswer).toMatch(/^400 /)
      await shot('field-error-department.png')
    } finally {
      await formState.release()
      await page.unroute(`**/api/documents/${draftId}?**`)
    }
    const stored = await call('GET', `/api/documents/${draftId}?draft=true&depth=0`, await tokenOf('editor@demo.gov.cn'))
    expect(stored.department).toBe(ownDepartment)
  }), 1_200_000)
})

describe('the last words typed into 正文 are saved when the save follows at once', () => {
  /**
   * The rich-text field hands what was typed to the form in an idle callback, at the latest 500 ms after the last key;
   * src/admin/KeepTypedText.tsx holds a save asked for before that. Here the page's main thread is kept busy with
   * short tasks, as on a slow office computer, so no idle moment comes while she types and saves: without the hold
   * the item was saved without these words.
   */
  const typeThenSave = async (words: string, save: (saveButton: { x: number; y: number; width: number; height: number }) => Promise<void>) => {
    await page.goto(`${app.url}/admin/collections/documents/${draftId}`, { timeout: PAGE_LOAD })
    const editor = page
      .locator('.rich-text-lexical', { has: page.locator('.field-label', { hasText: '正文' }) })
      .locator('[data-lexical-editor="true"]')
    // She changed the title first: the form counts as modified and 保存草稿 is on offer before the 正文 handover.
    await page.fill('#field-title', `关于做好2026年春季森林防火工作的通知（补充联系方式${Date.now().toString(36)}）`)
    const saveButton = page.locator('#action-save-draft:not([disabled])')
    await saveButton.waitFor()
    const box = await saveButton.boundingBox()
    if (!box) throw new Error('保存草稿 is not on the page')
    await editor.click()
    await page.keyboard.press('Control+End')
    const saved = page.waitForResponse((res) => res.url().includes(`/api/documents/${draftId}`) && res.request().method() === 'PATCH')
    // 8 ms tasks back to back until the save has been answered: never an idle period, input still goes first.
    await page.evaluate(() => {
      const w = window as unknown as { __busy?: boolean }
      w.__busy = true
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const start = performance.now()
        while (performance.now() - start < 8);
        if (w.__busy) channel.port2.postMessage(null)
      }
      channel.port2.postMessage(null)
    })
    try {
      await page.keyboard.type(words)
      await save(box)
      expect((await saved).status()).toBe(200)
    } finally {
      await page.evaluate(() => ((window as unknown as { __busy?: boolean }).__busy = false)).catch(() => undefined)
    }
    const stored = await call('GET', `/api/documents/${draftId}?draft=true&depth=0`, await tokenOf('editor@demo.gov.cn'))
    expect(lexicalPlainText(stored.body)).toContain(words)
  }

  it('by the 保存草稿 button', screenshotOnFailure('typed-text-click', async () => {
    // A click where the button is, at once (page.click would first wait for the page to settle).
    await typeThenSave('联系电话：0571-12345。', (box) => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2))
  }), 1_200_000)

  it('by Ctrl+S', screenshotOnFailure('typed-text-hotkey', async () => {
    await typeThenSave('传真：0571-67890。', () => page.keyboard.press('Control+s'))
  }), 1_200_000)
})

describe('preview of the public page (§10)', () => {
  it('opens the draft’s public page from the edit view’s 预览 button', screenshotOnFailure('public-preview', async () => {
    await page.goto(`${app.url}/admin/collections/documents/${draftId}`, { timeout: PAGE_LOAD })
    const button = page.locator('#preview-button')
    await button.waitFor()
    const [preview] = await Promise.all([context.waitForEvent('page'), button.click()])
    await preview.waitForLoadState('domcontentloaded')
    const text = await preview.locator('body').innerText()
    expect(text).toContain('预览（尚未发布）')
    expect(text).toContain('关于做好2026年春季森林防火工作的通知')
    expect(text).toContain('临政办发〔2026〕14号')
    expect(text).toContain('春季是森林火灾高发期')
    expect(text).toMatch(/成文日期\s*\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(/contentHash|signatures|内部意见/)
    await preview.screenshot({ path: path.join(artifactsDir(), 'public-preview.png'), fullPage: true })
    await preview.close()
  }), 1_200_000)
})
