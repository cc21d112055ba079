/**
 * CSRF: a state-changing request that carries a cookie must come from this site. Browsers send `Origin` on every
 * cross-site POST (and `Referer` or `Sec-Fetch-Site` when they do not); a client that sends none of them is not
 * a browser acting for someone else, so it needs no protection here.
 */

export const CROSS_SITE_REFUSED = '跨站请求已拒绝：请求来源不是本站。如通过域名访问，请设置 SERVER_URL'

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK.test(hostname.replace(/\.$/, ''))

export type OriginCheck = {
  method: string
  /** Whether the request carries any cookie (a session can only ride on a cookie). */
  hasCookie: boolean
  origin?: string
  referer?: string
  secFetchSite?: string
  /** The request's Host header. */
  host?: string
  /** The configured public URL (SERVER_URL), if any. */
  serverUrl?: string
  /** The host and port this server listens on (HOST:PORT, or the socket's local address and port). */
  listening: { hostname: string; port: number }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const originOf = (value: string | undefined): string | null => {
  if (!value || value === 'null') return null
  try {
    return new URL(value).origin
  } catch {
    return null
  }
}

/** Origins whose requests may carry this site's cookies. */
export const allowedOrigin = (origin: string, check: Pick<OriginCheck, 'host' | 'serverUrl' | 'listening'>): boolean => {
  if (check.serverUrl && originOf(check.serverUrl) === origin) return true
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  // The page was served by this very server: the Origin names the Host the browser connected to, and that host is
  // this server's own listening address (or loopback in development) — never a name an attacker's DNS controls.
  if (!check.host || url.host.toLowerCase() !== check.host.toLowerCase()) return false
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  if (port !== check.listening.port) return false
  return isLoopbackHost(url.hostname) || url.hostname.toLowerCase() === check.listening.hostname.toLowerCase()
}

/** Null when the request may go on, or the reason to refuse it. */
export const crossSiteProblem = (check: OriginCheck): string | null => {
  if (SAFE_METHODS.has(check.method.toUpperCase()) || !check.hasCookie) return null
  if (check.origin !== undefined) {
    const origin = originOf(check.origin)
    return origin && allowedOrigin(origin, check) ? null : CROSS_SITE_REFUSED
  }
  if (check.referer) {
    const origin = originOf(check.referer)
    return origin && allowedOrigin(origin, check) ? null : CROSS_SITE_REFUSED
  }
  if (check.secFetchSite && check.secFetchSite !== 'same-origin' && check.secFetchSite !== 'none') return CROSS_SITE_REFUSED
  return null
}
