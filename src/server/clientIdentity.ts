/**
 * Who is asking, for the limits: "staff" only with a session token that Payload itself would accept (its own
 * extraction rules — cookie with the CSRF list, `JWT`/`Bearer` headers — and a valid HS256 signature by this
 * server's secret, not expired). Checked with one HMAC, no database read; anything else is anonymous, so an
 * `Authorization: x` header buys no larger limit.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Request } from 'express'
import { extractJWT, type Payload } from 'payload'

const JWT_AUTH_VERSION = 1

const decodePart = (part: string): Record<string, unknown> | null => {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? value : null
  } catch {
    return null
  }
}

/** True when `token` is a Payload session token signed with this server's secret and not expired. */
export const verifyPayloadToken = (token: string, secret: string, now = Date.now()): boolean => {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  const header = decodePart(parts[0])
  const claims = decodePart(parts[1])
  if (!header || !claims || header.alg !== 'HS256' || header.authVersion !== JWT_AUTH_VERSION) return false
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${parts[0]}.${parts[1]}`).digest()
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now) return false
  return typeof claims.id === 'number' || typeof claims.id === 'string'
}

export const webHeaders = (req: Request): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}

/** A verified staff session on this request (memoised on the request). */
export const isVerifiedStaff = (payload: Payload, req: Request): boolean => {
  const memo = req as Request & { gongkaiStaff?: boolean }
  if (memo.gongkaiStaff === undefined) {
    const token = extractJWT({ headers: webHeaders(req), payload })
    memo.gongkaiStaff = Boolean(token) && verifyPayloadToken(String(token), payload.secret)
  }
  return memo.gongkaiStaff
}

/**
 * Whether the request carries anything Payload could take as a credential: any Authorization header, or a cookie
 * whose name is the token cookie as Payload parses names (trimmed: `payload-token =x` counts). Such requests are
 * never served from or stored in the anonymous cache.
 */
export const carriesCredentials = (payload: Payload, req: Request): boolean => {
  if (req.headers.authorization !== undefined) return true
  const cookie = Array.isArray(req.headers.cookie) ? req.headers.cookie.join(';') : req.headers.cookie
  if (!cookie) return false
  const tokenCookie = `${payload.config.cookiePrefix}-token`.toLowerCase()
  return cookie.split(';').some((pair) => {
    const name = pair.split('=')[0]
    let decoded = name
    try {
      decoded = decodeURIComponent(name)
    } catch {
      // keep the raw name
    }
    return decoded.trim().toLowerCase().includes(tokenCookie) || name.trim().toLowerCase().includes(tokenCookie)
  })
}
