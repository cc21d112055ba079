/**
 * Addresses a server-side request (a build webhook) must never reach: loopback, private, link-local,
 * unspecified, multicast and reserved ranges, in any notation (`0x7f000001`, `2130706433`, `017700000001`,
 * `[::ffff:127.0.0.1]`), plus `localhost` names. Checked on the URL when it is saved and on every resolved
 * address when it is delivered (DNS rebinding).
 */
import net from 'node:net'

const blocked = new net.BlockList()
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) blocked.addSubnet(prefix, bits, 'ipv4')
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
] as const) blocked.addSubnet(prefix, bits, 'ipv6')

const hextets = (ip: string): number[] | null => {
  let text = ip.toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const parts = dotted[1].split('.').map(Number)
    text = text.slice(0, -dotted[1].length) + `${((parts[0] << 8) | parts[1]).toString(16)}:${((parts[2] << 8) | parts[3]).toString(16)}`
  }
  const [head, tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail !== undefined && tail ? tail.split(':') : []
  const fill = tail !== undefined ? 8 - left.length - right.length : 0
  const all = [...left, ...Array(Math.max(0, fill)).fill('0'), ...right].map((h) => parseInt(h, 16))
  return all.length === 8 && all.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffff) ? all : null
}

const v4FromWords = (a: number, b: number) => `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
export const embeddedIPv4 = (ip: string): string | null => {
  const h = hextets(ip)
  if (!h) return null
  const zero = (from: number, to: number) => h.slice(from, to).every((n) => n === 0)
  if (zero(0, 5) && (h[5] === 0xffff || h[5] === 0) && !(h[5] === 0 && h[6] === 0)) return v4FromWords(h[6], h[7]) // ::ffff:a.b.c.d, ::a.b.c.d
  if (h[0] === 0x64 && h[1] === 0xff9b && zero(2, 6)) return v4FromWords(h[6], h[7]) // 64:ff9b::/96
  if (h[0] === 0x2002) return v4FromWords(h[1], h[2]) // 6to4
  return null
}

/** True for an IP literal (v4 or v6, without brackets) in a range no webhook may reach. */
export const isForbiddenAddress = (ip: string): boolean => {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const family = net.isIP(bare)
  if (family === 4) return blocked.check(bare, 'ipv4')
  if (family === 6) {
    const v4 = embeddedIPv4(bare)
    if (v4 !== null && blocked.check(v4, 'ipv4')) return true
    return blocked.check(bare, 'ipv6')
  }
  return false
}

const isLocalName = (hostname: string): boolean => {
  const name = hostname.toLowerCase().replace(/\.+$/, '')
  return name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain' || name === ''
}

export const WEBHOOK_URL_SCHEME = '请填写以 http:// 或 https:// 开头的地址'
export const WEBHOOK_URL_PRIVATE = '不能向本机、内网或保留地址发送构建通知（如 127.0.0.1、localhost、10.x、172.16–31.x、192.168.x、169.254.x、fc00::/7、fe80::/10）'
export const WEBHOOK_URL_OWN_ORIGIN = '不能向本平台自身的地址发送构建通知'
export const WEBHOOK_URL_CREDENTIALS = '地址中不能包含用户名或密码'

export type WebhookUrlOptions = {
  /** `WEBHOOK_ALLOW_PRIVATE=true`: receivers on the same machine or network (tests, an intranet build server). */
  allowPrivate?: boolean
  /** Origins of this app (SERVER_URL, the listening HOST:PORT): never a webhook target. */
  ownOrigins?: readonly string[]
}

/** Why a build-webhook URL may not be saved, or null when it may. */
export const webhookUrlProblem = (value: unknown, { allowPrivate = false, ownOrigins = [] }: WebhookUrlOptions = {}): string | null => {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) return WEBHOOK_URL_SCHEME
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return WEBHOOK_URL_SCHEME
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return WEBHOOK_URL_SCHEME
  if (url.username || url.password) return WEBHOOK_URL_CREDENTIALS
  const sameOrigin = ownOrigins.some((own) => {
    try {
      const ownUrl = new URL(own)
      // A public name is this app on any port; a loopback one only on its own port (receivers may share the machine).
      const local = isLocalName(ownUrl.hostname) || isForbiddenAddress(ownUrl.hostname)
      return local ? ownUrl.host.toLowerCase() === url.host.toLowerCase() : ownUrl.hostname.toLowerCase() === url.hostname.toLowerCase()
    } catch {
      return false
    }
  })
  if (sameOrigin) return WEBHOOK_URL_OWN_ORIGIN
  if (allowPrivate) return null
  // The WHATWG parser has already turned 0x7f000001, 2130706433, 017700000001 and 127.1 into 127.0.0.1.
  if (isLocalName(url.hostname) || isForbiddenAddress(url.hostname)) return WEBHOOK_URL_PRIVATE
  return null
}
