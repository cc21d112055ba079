// `npm run bench -- admin`: time-to-usable of the admin pages a county office lives in (issue 13, point 10), in the
// production build (`next build` into NEXT_DIST_DIR=.next-bench, then `npm start`) with Debian's chromium driven by
// playwright-core. Definitions in docs/benchmarks.md → 管理后台页面. A report, never a test: no timing is asserted.
//
// The build and the demo county's database come from scripts/productionBuild.mjs, as for the browser specs.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser, Page, Request } from 'playwright-core'
import { launchBrowser, startApp, type AppProcess } from '../../test/helpers/appProcess'
import { ensureProductionBuild, seedDemoDatabase } from '../productionBuild.mjs'

export const ADMIN_GOALS = { editP50Ms: 2000, actionMs: 1000 } as const
/**
 * The demo accounts' password in this bench's database. Not the public demo password: a production server makes an
 * account that logs in with it change its password first (plugins/security), which would stop the bench at a form.
 */
const PASSWORD = `Bench#${randomBytes(6).toString('hex')}Zq9`
/** The role that met the slow edit view: the 初审 opens an item in 待初审 and approves it. */
const REVIEWER = 'reviewer@demo.gov.cn'
const EDITOR = 'editor@demo.gov.cn'
/** Per page; a development server compiles each page on its first visit, which takes minutes on a loaded machine. */
let PAGE_TIMEOUT = 180_000

/**
 * What "usable" means per page, checked in the page on every animation frame from navigation start: the element a
 * user came for is in the DOM, visible, and (for the review panel) its action button is enabled, which also means
 * React has hydrated and the panel has read `GET …/workflow`.
 */
export const USABLE = {
  /** 首页: the 待我审核 widget has counted the items waiting (data-count is set once its request answered). */
  dashboard: '[data-testid="my-reviews"][data-count]',
  /** 政府信息 list: the first row of the table. */
  list: '.collection-list table tbody tr',
  /** Edit view: the title field, and the review panel with its state badge and an enabled 通过 button. */
  edit: ['#field-title', '[data-testid="review-panel"] [data-testid="review-state"][data-state="submitted"]', '[data-testid="workflow-action-approve"]:not([disabled])'],
} as const
/** After 初审 通过: the panel shows the new state. */
const AFTER_ACTION = '[data-testid="review-panel"] [data-testid="review-state"][data-state="first-reviewed"]'

export type Stats = { runs: number; samplesMs: number[]; p50Ms: number; p90Ms: number; maxMs: number }
export type EditPhases = { ttfbMs: number; domContentLoadedMs: number; loadMs: number; workflowRequestStartMs: number | null; workflowRequestEndMs: number | null; usableMs: number }
export type RequestProfile = {
  requests: number
  byType: Record<string, { count: number; bytes: number }>
  scriptBytes: number
  largestScripts: Array<{ url: string; bytes: number }>
  slowest: Array<{ url: string; type: string; ms: number }>
}
export type AdminPagesBench = {
  mode: 'production' | 'dev'
  build: string
  runs: number
  firstVisitMs: { dashboard: number; list: number; edit: number }
  dashboard: Stats
  list: Stats
  edit: Stats
  editPhasesP50: EditPhases
  action: Stats & { fullReloads: number }
  editProfile: RequestProfile
  serverMs: { workflowGetP50: number; editHtmlP50: number; listApiP50: number }
  goals: string[]
}

export const percentile = (values: number[], q: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest rank: p50 of 7 runs is the 4th, p90 the 7th.
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))])
}
export const stats = (samples: number[]): Stats => ({
  runs: samples.length,
  samplesMs: samples.map(Math.round),
  p50Ms: percentile(samples, 0.5),
  p90Ms: percentile(samples, 0.9),
  maxMs: Math.round(Math.max(...samples)),
})

/** The PASS/MISS lines of the goals (edit view p50 under 2 s; a workflow action under 1 s without a full reload). */
export const goalLines = (edit: Stats, action: Stats & { fullReloads: number }): string[] => {
  const editMet = edit.p50Ms < ADMIN_GOALS.editP50Ms
  const actionMet = action.p50Ms < ADMIN_GOALS.actionMs && action.fullReloads === 0
  return [
    `${editMet ? 'PASS' : 'MISS'} edit view with review panel: p50 ${edit.p50Ms} ms (goal < ${ADMIN_GOALS.editP50Ms} ms)`,
    `${actionMet ? 'PASS' : 'MISS'} workflow action (初审 通过): p50 ${action.p50Ms} ms (goal < ${ADMIN_GOALS.actionMs} ms), full page reload in ${action.fullReloads} of ${action.runs} runs (goal 0)`,
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// The production build and the demo county it starts from: scripts/productionBuild.mjs (shared with the browser specs)
// ---------------------------------------------------------------------------------------------------------------

/** ADMIN_BENCH_BUILD=always rebuilds, =never reuses whatever is there; by default a build newer than the sources is reused. */
export const ensureBenchBuild = (distDir: string): string => ensureProductionBuild(distDir, process.env.ADMIN_BENCH_BUILD || 'auto')

// ---------------------------------------------------------------------------------------------------------------
// The items the 初审 approves: one per run, created and submitted by the 信息报送员 through the REST API
// ---------------------------------------------------------------------------------------------------------------

type Api = (pathname: string, init?: { method?: string; body?: unknown }) => Promise<any>
const apiAs = async (url: string, email: string): Promise<Api> => {
  const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
  if (!res.ok) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return async (pathname, init = {}) => {
    const answer = await fetch(`${url}${pathname}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = await answer.json().catch(() => null)
    if (!answer.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${answer.status} ${JSON.stringify(json)}`)
    return json
  }
}

const submittedItems = async (url: string, count: number): Promise<number[]> => {
  const api = await apiAs(url, EDITOR)
  const me = (await api('/api/users/me?depth=0')).user as { department: number }
  const column = (await api('/api/columns?where[slug][equals]=zwyw&depth=0&limit=1')).docs[0] as { id: number }
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const body = lexicalFromParagraphs(Array.from({ length: 12 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障和基层治理。`))
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const { doc } = await api('/api/documents?draft=true&depth=0', {
      method: 'POST',
      body: { title: `关于做好冬季安全生产工作的通知（基准测试第${i + 1}件）`, column: column.id, department: me.department, formedAt: new Date().toISOString(), disclosure: 'proactive', body, _status: 'draft' },
    })
    await api(`/api/documents/${doc.id}/workflow`, { method: 'POST', body: { action: 'submit' } })
    ids.push(doc.id)
  }
  return ids
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring in the browser
// ---------------------------------------------------------------------------------------------------------------

const USABLE_CHECK = `(wanted) => {
  const visible = (selector) => {
    const element = document.querySelector(selector)
    return element !== null && (element.checkVisibility ? element.checkVisibility() : element.offsetParent !== null)
  }
  return wanted.every(visible) ? window.performance.now() : false
}`

/** Navigates and returns the page's own clock (ms since navigation start) at the first frame where every selector is visible. */
const timeToUsable = async (page: Page, url: string, selectors: readonly string[]): Promise<number> => {
  await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT })
  // A string, not a function: tsx's esbuild names functions with a helper (__name) that does not exist in the page.
  const handle = await page.waitForFunction(`(${USABLE_CHECK})(${JSON.stringify(selectors)})`, undefined, { polling: 'raf', timeout: PAGE_TIMEOUT })
  return (await handle.jsonValue()) as number
}

const editPhases = (page: Page, usableMs: number): Promise<EditPhases> =>
  page.evaluate(`(() => {
    const nav = window.performance.getEntriesByType('navigation')[0]
    const workflow = window.performance.getEntriesByType('resource').find((entry) => /\\/workflow(\\?|$)/.test(entry.name))
    return {
      ttfbMs: Math.round(nav.responseStart),
      domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
      loadMs: Math.round(nav.loadEventEnd),
      workflowRequestStartMs: workflow ? Math.round(workflow.startTime) : null,
      workflowRequestEndMs: workflow ? Math.round(workflow.responseEnd) : null,
      usableMs: ${Math.round(usableMs)},
    }
  })()`)

/** Clicks 通过 (as a user does, in the page) and waits until the panel shows 待保密审查; tells whether the page reloaded. */
const approve = async (page: Page): Promise<{ ms: number; reloaded: boolean }> => {
  const started = Date.now()
  await page.evaluate(`window.__benchMarker = true; document.querySelector('[data-testid="workflow-action-approve"]').click()`)
  await page.locator(AFTER_ACTION).waitFor({ state: 'visible', timeout: PAGE_TIMEOUT })
  const ms = Date.now() - started
  const reloaded = (await page.evaluate('window.__benchMarker === true')) !== true
  return { ms, reloaded }
}

const profileRequests = async (page: Page, url: string): Promise<RequestProfile> => {
  const finished: Request[] = []
  const listener = (request: Request) => void finished.push(request)
  page.on('requestfinished', listener)
  await timeToUsable(page, url, USABLE.edit)
  page.off('requestfinished', listener)
  const rows = await Promise.all(
    finished.map(async (request) => {
      const timing = request.timing()
      const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }))
      // A response served from the browser's cache reports no body size (-1): it counts as 0 bytes transferred.
      return { url: request.url().replace(/^https?:\/\/[^/]+/, ''), type: request.resourceType(), bytes: Math.max(0, sizes.responseBodySize), ms: Math.round(timing.responseEnd) }
    }),
  )
  const byType: RequestProfile['byType'] = {}
  for (const row of rows) {
    byType[row.type] ??= { count: 0, bytes: 0 }
    byType[row.type].count++
    byType[row.type].bytes += row.bytes
  }
  const scripts = rows.filter((row) => row.type === 'script')
  return {
    requests: rows.length,
    byType,
    scriptBytes: scripts.reduce((sum, row) => sum + row.bytes, 0),
    largestScripts: [...scripts].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({ url, bytes }) => ({ url, bytes })),
    slowest: [...rows].sort((a, b) => b.ms - a.ms).slice(0, 6).map(({ url, type, ms }) => ({ url, type, ms })),
  }
}

/** Server-side answers alone (Node's fetch with the reviewer's session): the API the panel reads, the edit view's HTML, the list's API. */
const serverTimings = async (url: string, cookie: string, id: number) => {
  const time = async (pathname: string) => {
    const started = performance.now()
    // The session as a header too: Payload reads a cookie only from requests its CSRF list allows (a browser's Origin).
    const token = /payload-token=([^;]+)/.exec(cookie)?.[1]
    const res = await fetch(`${url}${pathname}`, { headers: { cookie, ...(token ? { authorization: `JWT ${token}` } : {}) } })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${pathname}: ${res.status}`)
    return performance.now() - started
  }
  const samples = { workflowGet: [] as number[], editHtml: [] as number[], listApi: [] as number[] }
  for (let i = 0; i < 5; i++) {
    samples.workflowGet.push(await time(`/api/documents/${id}/workflow`))
    samples.editHtml.push(await time(`/admin/collections/documents/${id}`))
    samples.listApi.push(await time('/api/documents?depth=1&limit=10&sort=-updatedAt'))
  }
  return { workflowGetP50: percentile(samples.workflowGet, 0.5), editHtmlP50: percentile(samples.editHtml, 0.5), listApiP50: percentile(samples.listApi, 0.5) }
}

export type AdminBenchOptions = { mode?: 'production' | 'dev'; runs?: number; distDir?: string; log?: (line: string) => void }

export const benchAdminPages = async ({ mode = 'production', runs = Number(process.env.ADMIN_BENCH_RUNS || 7), distDir, log = console.log }: AdminBenchOptions = {}): Promise<AdminPagesBench> => {
  PAGE_TIMEOUT = Number(process.env.ADMIN_BENCH_TIMEOUT_MS || (mode === 'production' ? 180_000 : 900_000))
  const dist = distDir ?? process.env.NEXT_DIST_DIR ?? (mode === 'production' ? '.next-bench' : '.next-bench-dev')
  const build = mode === 'production' ? ensureBenchBuild(dist) : `development server in ${dist}`
  log(`admin pages: ${build}`)
  let app: AppProcess | undefined
  let browser: Browser | undefined
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-admin-'))
  try {
    const uri = `file:${path.join(dbDir, 'app.db')}`
    const env: Record<string, string> = { NEXT_DIST_DIR: dist, DATABASE_URI: uri, MEDIA_DIR: path.join(dbDir, 'media'), SCHEDULER: 'off', LOG_LEVEL: 'warn', DEMO_PASSWORD: mode === 'production' ? '' : PASSWORD }
    if (mode === 'production') {
      log(`admin pages: ${seedDemoDatabase(dbDir, PASSWORD)}`)
      app = await startApp('start', env)
    } else {
      app = await startApp('dev', { ...env, SEED_DEMO: 'true' }, 600_000)
    }
    // One item per run in 待初审, plus one for the request profile and one for the server timings.
    const ids = await submittedItems(app.url, runs + 2)
    browser = await launchBrowser()
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(PAGE_TIMEOUT)
    page.on('dialog', (dialog) => void dialog.accept())

    await page.goto(`${app.url}/admin/login`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT })
    await page.fill('input[name="email"]', REVIEWER)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((u) => !u.pathname.includes('/login'), { timeout: PAGE_TIMEOUT })

    // The first visit of each page (a development server compiles it then; production fills its caches): apart.
    const firstVisitMs = {
      dashboard: Math.round(await timeToUsable(page, `${app.url}/admin`, [USABLE.dashboard])),
      list: Math.round(await timeToUsable(page, `${app.url}/admin/collections/documents`, [USABLE.list])),
      edit: Math.round(await timeToUsable(page, `${app.url}/admin/collections/documents/${ids[runs]}`, USABLE.edit)),
    }
    log(`admin pages: first visits ${JSON.stringify(firstVisitMs)}`)

    const samples = { dashboard: [] as number[], list: [] as number[], edit: [] as number[], action: [] as number[] }
    const phases: EditPhases[] = []
    let fullReloads = 0
    for (let run = 0; run < runs; run++) {
      samples.dashboard.push(await timeToUsable(page, `${app.url}/admin`, [USABLE.dashboard]))
      samples.list.push(await timeToUsable(page, `${app.url}/admin/collections/documents`, [USABLE.list]))
      const usable = await timeToUsable(page, `${app.url}/admin/collections/documents/${ids[run]}`, USABLE.edit)
      samples.edit.push(usable)
      phases.push(await editPhases(page, usable))
      log(`admin pages: run ${run + 1} edit view phases ${JSON.stringify(phases[run])}`)
      const action = await approve(page)
      samples.action.push(action.ms)
      if (action.reloaded) fullReloads++
      log(`admin pages: run ${run + 1}/${runs} dashboard ${Math.round(samples.dashboard[run])} ms, list ${Math.round(samples.list[run])} ms, edit ${Math.round(usable)} ms, 初审通过 ${action.ms} ms${action.reloaded ? ' (full reload)' : ''}`)
    }
    // The breakdowns explain the timings; a failure in them must not lose the runs measured above.
    const editProfile = await profileRequests(page, `${app.url}/admin/collections/documents/${ids[runs + 1]}`).catch((error) => ({ error: String(error) }) as unknown as RequestProfile)
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const serverMs = await serverTimings(app.url, cookie, ids[runs + 1]).catch(() => ({ workflowGetP50: NaN, editHtmlP50: NaN, listApiP50: NaN }))
    await context.close()

    const median = (key: keyof EditPhases) => percentile(phases.map((p) => p[key]).filter((v): v is number => v !== null), 0.5)
    const edit = stats(samples.edit)
    const action = { ...stats(samples.action), fullReloads }
    return {
      mode,
      build,
      runs,
      firstVisitMs,
      dashboard: stats(samples.dashboard),
      list: stats(samples.list),
      edit,
      editPhasesP50: {
        ttfbMs: median('ttfbMs'),
        domContentLoadedMs: median('domContentLoadedMs'),
        loadMs: median('loadMs'),
        workflowRequestStartMs: median('workflowRequestStartMs'),
        workflowRequestEndMs: median('workflowRequestEndMs'),
        usableMs: median('usableMs'),
      },
      action,
      editProfile,
      serverMs,
      goals: goalLines(edit, action),
    }
  } finally {
    await browser?.close().catch(() => undefined)
    await app?.stop().catch(() => undefined)
    fs.rmSync(dbDir, { recursive: true, force: true })
  }
}

/** The report's lines (bench.ts prints them; docs/benchmarks.md keeps one run's). */
export const reportLines = (result: AdminPagesBench): string[] => [
  `admin pages (${result.mode}, ${result.runs} runs; ${result.build}) time-to-usable p50 / p90:`,
  `  首页 (待我审核)            ${result.dashboard.p50Ms} / ${result.dashboard.p90Ms} ms   (first visit ${result.firstVisitMs.dashboard} ms)`,
  `  政府信息 list              ${result.list.p50Ms} / ${result.list.p90Ms} ms   (first visit ${result.firstVisitMs.list} ms)`,
  `  edit view + review panel   ${result.edit.p50Ms} / ${result.edit.p90Ms} ms   (first visit ${result.firstVisitMs.edit} ms)`,
  `    phases (p50): first byte ${result.editPhasesP50.ttfbMs}, DOMContentLoaded ${result.editPhasesP50.domContentLoadedMs}, load ${result.editPhasesP50.loadMs}, GET …/workflow ${result.editPhasesP50.workflowRequestStartMs}→${result.editPhasesP50.workflowRequestEndMs}, usable ${result.editPhasesP50.usableMs} ms`,
  `    requests ${result.editProfile.requests}, scripts ${(result.editProfile.scriptBytes / 1024).toFixed(0)} KiB; server alone (p50): GET …/workflow ${Math.round(result.serverMs.workflowGetP50)} ms, edit view HTML ${Math.round(result.serverMs.editHtmlP50)} ms, list API ${Math.round(result.serverMs.listApiP50)} ms`,
  `  初审 通过 → 待保密审查 shown ${result.action.p50Ms} / ${result.action.p90Ms} ms   (full reload in ${result.action.fullReloads} of ${result.action.runs})`,
  ...result.goals.map((line) => `  ${line}`),
]
