import { backoffMs, decide, startState, type Answer, type CheckState } from '../../../domain/linkCheck/linkOutcome'
import { isAllowedHost, isPrivateAddress } from '../../../domain/linkCheck/privateAddress'

const settings = { retries: 2, retryBaseMs: 100, retryMaxMs: 1000, maxRedirects: 3 }
const URL_A = 'http://site.example/a'
const head = startState(URL_A)
const get: CheckState = { ...head, method: 'GET' }

const verdictOf = (state: CheckState, answer: Answer) => {
  const step = decide(state, answer, settings)
  return step.next === 'done' ? [step.verdict, step.reason] : [step.next, step.state.method, step.delayMs]
}

describe('decide › status to verdict', () => {
  it.each([
    [200, ['ok', 'ok']],
    [204, ['ok', 'ok']],
    [304, ['ok', 'ok']],
    [404, ['broken', 'not-found']],
    [410, ['broken', 'gone']],
  ])('HEAD %i → %j', (status, expected) => {
    expect(verdictOf(head, { status })).toEqual(expected)
  })

  it.each([405, 501, 403, 401, 400])('HEAD %i falls back to GET at once', (status) => {
    expect(verdictOf(head, { status })).toEqual(['request', 'GET', 0])
  })

  it('a failed connection on HEAD falls back to GET; on GET it is retried', () => {
    expect(verdictOf(head, { failure: 'network' })).toEqual(['request', 'GET', 0])
    expect(verdictOf(get, { failure: 'network' })).toEqual(['request', 'GET', 100])
  })

  it.each([
    [403, ['unknown', 'restricted']],
    [401, ['unknown', 'restricted']],
    [400, ['broken', 'client-error']],
    [404, ['broken', 'not-found']],
  ])('GET %i → %j', (status, expected) => {
    expect(verdictOf(get, { status })).toEqual(expected)
  })

  it('a private address is skipped, never retried', () => {
    expect(verdictOf(head, { failure: 'blocked' })).toEqual(['skipped', 'blocked'])
  })
})

describe('decide › retries with backoff', () => {
  it('retries a 500 twice (100 ms, then 200 ms) and then calls it broken', () => {
    const first = decide(head, { status: 500 }, settings)
    expect(first).toMatchObject({ next: 'request', delayMs: 100, state: { retries: 1, method: 'HEAD' } })
    const second = decide((first as { state: CheckState }).state, { status: 500 }, settings)
    expect(second).toMatchObject({ next: 'request', delayMs: 200, state: { retries: 2 } })
    expect(decide((second as { state: CheckState }).state, { status: 500 }, settings)).toEqual({ next: 'done', verdict: 'broken', reason: 'server-error', status: 500, finalUrl: URL_A })
  })

  it('a timeout is retried, then broken', () => {
    expect(decide({ ...head, retries: 1 }, { failure: 'timeout' }, settings)).toMatchObject({ next: 'request', delayMs: 200 })
    expect(decide({ ...head, retries: 2 }, { failure: 'timeout' }, settings)).toMatchObject({ next: 'done', verdict: 'broken', reason: 'timeout' })
  })

  it('429 honours Retry-After up to the cap, and ends unknown rather than broken', () => {
    expect(decide(head, { status: 429, retryAfterSeconds: 0.5 }, settings)).toMatchObject({ delayMs: 500 })
    expect(decide(head, { status: 429, retryAfterSeconds: 60 }, settings)).toMatchObject({ delayMs: 1000 })
    expect(decide({ ...head, retries: 2 }, { status: 429 }, settings)).toMatchObject({ verdict: 'unknown', reason: 'rate-limited' })
  })

  it('no retries when the setting is 0', () => {
    expect(decide(head, { status: 503 }, { ...settings, retries: 0 })).toMatchObject({ next: 'done', verdict: 'broken' })
  })

  it('backoff doubles from the base and stops at the cap', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffMs(n, settings))).toEqual([100, 200, 400, 800, 1000])
  })
})

describe('decide › redirects', () => {
  it('follows a relative Location, keeping the method and resetting the retries', () => {
    expect(decide({ ...get, retries: 1 }, { status: 301, location: '/b#x' }, settings)).toEqual({
      next: 'request',
      delayMs: 0,
      state: { url: 'http://site.example/b', method: 'GET', retries: 0, visited: [URL_A, 'http://site.example/b'] },
    })
  })

  it('a redirect back to a visited URL is a loop', () => {
    const state: CheckState = { url: 'http://site.example/b', method: 'HEAD', retries: 0, visited: [URL_A, 'http://site.example/b'] }
    expect(decide(state, { status: 302, location: '/a' }, settings)).toMatchObject({ verdict: 'broken', reason: 'redirect-loop' })
  })

  it('follows exactly maxRedirects redirects and refuses the next one', () => {
    const visited = (n: number) => Array.from({ length: n + 1 }, (_, i) => `http://site.example/${i}`)
    const at = (n: number): CheckState => ({ url: visited(n)[n]!, method: 'HEAD', retries: 0, visited: visited(n) })
    expect(decide(at(2), { status: 302, location: '/next' }, settings)).toMatchObject({ next: 'request' })
    expect(decide(at(3), { status: 302, location: '/next' }, settings)).toMatchObject({ verdict: 'broken', reason: 'too-many-redirects' })
  })

  it.each([null, 'javascript:alert(1)', 'http://[bad'])('a redirect to %p is broken', (location) => {
    expect(decide(head, { status: 302, location }, settings)).toMatchObject({ verdict: 'broken', reason: 'bad-redirect' })
  })
})

describe('private addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12::3', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-ip'])(
    '%s is private',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  )

  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '2400:3200::1', '::ffff:8.8.8.8', '[2001:4860::8888]'])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false)
  })

  it('a host the web office allowed is matched by name or by address', () => {
    expect(isAllowedHost('intranet.county.gov.cn', '10.0.0.5', ['Intranet.County.gov.cn'])).toBe(true)
    expect(isAllowedHost('other.local', '10.0.0.5', [' 10.0.0.5 '])).toBe(true)
    expect(isAllowedHost('other.local', '10.0.0.6', ['10.0.0.5'])).toBe(false)
  })
})
