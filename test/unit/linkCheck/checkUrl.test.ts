/** The checker's HTTP side against a real loopback server: no mocked fetch; pacing and backoff on a virtual clock. */
import { checkUrl, type UrlCheckContext } from '../../../plugins/linkCheck/checkUrl'
import { hostPacer } from '../../../domain/linkCheck/hostPacer'
import { LINK_CHECK_DEFAULTS, type LinkCheckSettings } from '../../../domain/linkCheck/linkCheckSettings'
import { startLinkServer, virtualClock, type LinkServer } from '../../helpers/linkServers'

let server: LinkServer
beforeAll(async () => {
  server = await startLinkServer()
})
afterAll(() => server.close())

const context = (overrides: Partial<LinkCheckSettings> = {}, clock = virtualClock()): UrlCheckContext & { clock: ReturnType<typeof virtualClock> } => {
  const settings = { ...LINK_CHECK_DEFAULTS, timeoutMs: 150, retries: 1, retryBaseMs: 400, minHostIntervalMs: 1000, allowedPrivateHosts: ['127.0.0.1'], ...overrides }
  return {
    settings,
    userAgent: 'Gongkai-LinkCheck/1.0 (+https://www.county.gov.cn)',
    pacer: hostPacer({ concurrency: settings.concurrency, perHost: settings.perHostConcurrency, minIntervalMs: settings.minHostIntervalMs }, clock),
    clock,
    portalOrigins: [],
  }
}

it.each([
  ['/ok', 'ok', 'ok', 200],
  ['/missing', 'broken', 'not-found', 404],
  ['/error', 'broken', 'server-error', 500],
  ['/loop-a', 'broken', 'redirect-loop', 302],
  ['/moved', 'ok', 'ok', 200],
  ['/no-head', 'ok', 'ok', 200],
  ['/hang', 'broken', 'timeout', null],
])('%s → %s (%s)', async (path, verdict, reason, status) => {
  expect(await checkUrl(`${server.origin}${path}`, context())).toMatchObject({ verdict, reason, status })
})

it('HEAD first, then GET after 405; the User-Agent names the portal', async () => {
  const before = server.hits.length
  await checkUrl(`${server.origin}/no-head`, context())
  expect(server.hits.slice(before).map((h) => h.method)).toEqual(['HEAD', 'GET'])
  expect(server.hits.at(-1)!.userAgent).toBe('Gongkai-LinkCheck/1.0 (+https://www.county.gov.cn)')
})

it('a 500 is asked again after the backoff, then reported; requests to one host keep the minimum interval', async () => {
  const ctx = context()
  const before = server.hitsOf('/error').length
  const result = await checkUrl(`${server.origin}/error`, ctx)
  expect(result).toMatchObject({ verdict: 'broken', reason: 'server-error' })
  expect(server.hitsOf('/error').length - before).toBe(2)
  // The 400 ms backoff, then the pacer's wait for the rest of the 1000 ms interval.
  expect(ctx.clock.slept).toEqual([400, 600])
})

it('two links to one host are paced; no more than the per-host cap at once', async () => {
  const clock = virtualClock()
  const ctx = context({ perHostConcurrency: 1, minHostIntervalMs: 250 }, clock)
  const starts: number[] = []
  const pacer = ctx.pacer
  ctx.pacer = { acquire: async (host) => { const release = await pacer.acquire(host); starts.push(clock.now()); return release } }
  await Promise.all(['/ok', '/ok2', '/moved'].map((p) => checkUrl(`${server.origin}${p}`, ctx)))
  expect(starts.slice(1).map((t, i) => t - starts[i]!).every((gap) => gap >= 250)).toBe(true)
  expect(starts.length).toBe(4)
})

it('a loopback address not allowed by the settings is never contacted', async () => {
  const before = server.hits.length
  expect(await checkUrl(`${server.origin}/ok`, context({ allowedPrivateHosts: [] }))).toMatchObject({ verdict: 'skipped', reason: 'blocked' })
  expect(await checkUrl(`http://localhost:${new URL(server.origin).port}/ok`, context({ allowedPrivateHosts: [] }))).toMatchObject({ verdict: 'skipped', reason: 'blocked' })
  expect(server.hits.length).toBe(before)
})

it("the portal's own origin may be on the private network", async () => {
  const ctx = { ...context({ allowedPrivateHosts: [] }), portalOrigins: [server.origin] }
  expect(await checkUrl(`${server.origin}/ok`, ctx)).toMatchObject({ verdict: 'ok' })
})
