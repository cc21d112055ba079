import { allowedOrigin, crossSiteProblem, CROSS_SITE_REFUSED, isLoopbackHost } from '../../../domain/http/originPolicy'

const base = { method: 'POST', hasCookie: true, host: '127.0.0.1:3000', listening: { hostname: '127.0.0.1', port: 3000 } }

describe('crossSiteProblem', () => {
  it('refuses a cross-site POST that carries a cookie', () => {
    expect(crossSiteProblem({ ...base, origin: 'https://evil.example' })).toBe(CROSS_SITE_REFUSED)
  })

  it('refuses Origin: null (sandboxed frames, some redirects)', () => {
    expect(crossSiteProblem({ ...base, origin: 'null' })).toBe(CROSS_SITE_REFUSED)
  })

  it('falls back to the Referer, then to Sec-Fetch-Site', () => {
    expect(crossSiteProblem({ ...base, referer: 'https://evil.example/x' })).toBe(CROSS_SITE_REFUSED)
    expect(crossSiteProblem({ ...base, referer: 'http://127.0.0.1:3000/admin' })).toBeNull()
    expect(crossSiteProblem({ ...base, secFetchSite: 'cross-site' })).toBe(CROSS_SITE_REFUSED)
    expect(crossSiteProblem({ ...base, secFetchSite: 'same-site' })).toBe(CROSS_SITE_REFUSED)
    expect(crossSiteProblem({ ...base, secFetchSite: 'same-origin' })).toBeNull()
  })

  it('lets through reads, requests without cookies and clients that are not browsers', () => {
    expect(crossSiteProblem({ ...base, method: 'GET', origin: 'https://evil.example' })).toBeNull()
    expect(crossSiteProblem({ ...base, hasCookie: false, origin: 'https://evil.example' })).toBeNull()
    expect(crossSiteProblem({ ...base })).toBeNull()
  })
})

describe('allowedOrigin', () => {
  it('accepts SERVER_URL', () => {
    expect(allowedOrigin('https://gk.example.gov.cn', { host: 'gk.example.gov.cn', serverUrl: 'https://gk.example.gov.cn/', listening: { hostname: '0.0.0.0', port: 3000 } })).toBe(true)
  })

  it('accepts the request’s own host only on loopback or the listening HOST:PORT', () => {
    expect(allowedOrigin('http://localhost:3000', { host: 'localhost:3000', listening: { hostname: '127.0.0.1', port: 3000 } })).toBe(true)
    expect(allowedOrigin('http://10.0.0.5:3000', { host: '10.0.0.5:3000', listening: { hostname: '10.0.0.5', port: 3000 } })).toBe(true)
    // DNS rebinding: the attacker's name pointed at this server; its Origin matches the Host it sent, but not this server.
    expect(allowedOrigin('http://evil.example:3000', { host: 'evil.example:3000', listening: { hostname: '127.0.0.1', port: 3000 } })).toBe(false)
    expect(allowedOrigin('http://127.0.0.1:4000', { host: '127.0.0.1:3000', listening: { hostname: '127.0.0.1', port: 3000 } })).toBe(false)
  })

  it('knows loopback names', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true)
    expect(isLoopbackHost('localhost.evil.example')).toBe(false)
  })
})
