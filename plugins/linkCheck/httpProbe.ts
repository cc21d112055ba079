/**
 * One HEAD or GET request of the link checker, on node:http(s): no cookies or credentials, a User-Agent naming the
 * portal, a hard timeout from connect to the status line, the body never read. The address actually connected to is
 * checked (custom DNS lookup), so a name that resolves to the private network is refused unless the web office
 * allowed the host; redirects are followed by the caller, each hop checked again.
 */
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import type { Answer, Method } from '../../domain/linkCheck/linkOutcome'
import { isAllowedHost, isPrivateAddress } from '../../domain/linkCheck/privateAddress'

export type ProbeOptions = {
  timeoutMs: number
  userAgent: string
  /** Hosts allowed although private (the setting), or true for the portal's own origins. */
  allowPrivate: readonly string[] | true
}

const BLOCKED = 'ELINKBLOCKED'

const blockedError = (host: string) => Object.assign(new Error(`内网地址不检查：${host}`), { code: BLOCKED })

/** dns.lookup, refusing private addresses that are not allowed. */
const guardedLookup =
  (allow: ProbeOptions['allowPrivate']): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const list = addresses as dns.LookupAddress[]
      const refused = allow !== true && list.some((a) => isPrivateAddress(a.address) && !isAllowedHost(hostname, a.address, allow))
      if (refused || !list.length) return callback(blockedError(hostname), '', 0)
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list)
      callback(null, list[0]!.address, list[0]!.family)
    })
  }

const retryAfter = (value: string | string[] | undefined): number | null => {
  const text = Array.isArray(value) ? value[0] : value
  return text && /^\d+$/.test(text.trim()) ? Number(text.trim()) : null
}

export const probe = (url: string, method: Method, options: ProbeOptions): Promise<Answer> =>
  new Promise((resolve) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return resolve({ failure: 'network' })
    }
    const host = parsed.hostname.replace(/^\[|\]$/g, '')
    // An IP literal never goes through the lookup: check it here.
    if (isIP(host) && options.allowPrivate !== true && isPrivateAddress(host) && !isAllowedHost(host, host, options.allowPrivate)) return resolve({ failure: 'blocked' })
    const client = parsed.protocol === 'https:' ? https : http
    let settled = false
    const finish = (answer: Answer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(answer)
    }
    const request = client.request(
      parsed,
      {
        method,
        agent: false,
        lookup: guardedLookup(options.allowPrivate),
        headers: { 'user-agent': options.userAgent, accept: '*/*', 'accept-language': 'zh-CN,zh;q=0.9' },
      },
      (response) => {
        finish({ status: response.statusCode ?? 0, location: response.headers.location ?? null, retryAfterSeconds: retryAfter(response.headers['retry-after']) })
        response.destroy()
        request.destroy()
      },
    )
    const timer = setTimeout(() => {
      finish({ failure: 'timeout' })
      request.destroy()
    }, options.timeoutMs)
    request.on('error', (error: NodeJS.ErrnoException) => finish({ failure: error.code === BLOCKED ? 'blocked' : 'network' }))
    request.end()
  })
