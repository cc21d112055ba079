/**
 * Addresses the link checker never connects to unless the web office allows the host: loopback, private, link-local
 * (cloud metadata at 169.254.169.254), shared, multicast and reserved ranges, IPv4 and IPv6. The check is made on the
 * address actually connected to, so a public name that resolves (or redirects) inward is refused too.
 */
import { isIP } from 'node:net'

const V4_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 shared (CGNAT)
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local, cloud metadata
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // 192.0.0/24 IETF protocol assignments
  [0xc0000200, 24], // 192.0.2/24 documentation
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xc6336400, 24], // 198.51.100/24 documentation
  [0xcb007100, 24], // 203.0.113/24 documentation
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved, broadcast
]

const v4Number = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)

const privateV4 = (ip: string): boolean => {
  const n = v4Number(ip)
  return V4_BLOCKS.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)))
}

/** The 8 groups of an IPv6 address as numbers (handles `::` and a trailing dotted IPv4). */
const v6Groups = (ip: string): number[] => {
  let text = ip.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const n = v4Number(dotted[1]!)
    text = text.slice(0, -dotted[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null]
  const left = head ? head.split(':').map((g) => parseInt(g, 16)) : []
  const right = tail ? tail.split(':').map((g) => parseInt(g, 16)) : []
  return tail === null ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
}

const privateV6 = (ip: string): boolean => {
  const g = v6Groups(ip)
  if (g.length !== 8) return true
  if (g.every((x) => x === 0)) return true // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true // ::1
  const embeddedV4 = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return privateV4(embeddedV4()) // mapped / compatible
  if (g[0] === 0x64 && g[1] === 0xff9b) return privateV4(embeddedV4()) // NAT64
  if ((g[0]! & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return true // fe80::/10 link-local
  if ((g[0]! & 0xff00) === 0xff00) return true // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true // documentation
  return false
}

/** True for an address in a private, loopback, link-local or reserved range; anything not an IP counts as private. */
export const isPrivateAddress = (ip: string): boolean => {
  const family = isIP(ip.replace(/^\[|\]$/g, ''))
  if (family === 4) return privateV4(ip)
  if (family === 6) return privateV6(ip.replace(/^\[|\]$/g, ''))
  return true
}

/** Whether the web office listed this host (by name as written in the link, or by the address it resolved to). */
export const isAllowedHost = (hostname: string, address: string, allowed: readonly string[]): boolean => {
  const names = allowed.map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean)
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return names.includes(host) || names.includes(address.toLowerCase())
}
