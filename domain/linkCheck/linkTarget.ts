/**
 * What a link points at, decided before any request: an item or file of the portal (checked in the database), a page
 * of the portal (checked over HTTP against the portal's own origin), an outside page, or nothing checkable
 * (mailto:, tel:, an anchor, a malformed URL).
 */
import type { ExtractedLink } from './extractLinks'

export type LinkTarget =
  | { kind: 'record'; collection: string; id: string }
  | { kind: 'file'; collection: string; filename: string }
  | { kind: 'portal'; url: string }
  | { kind: 'external'; url: string }
  | { kind: 'skip'; reason: string }

/** Collections whose REST paths `/api/<slug>/<id>` a body may link to (the host's public ones). */
export type PortalPaths = { records: readonly string[]; uploads: readonly string[] }

const normalOrigin = (origin: string): string | null => {
  try {
    return new URL(origin).origin
  } catch {
    return null
  }
}

/** `/api/<upload>/file/<name>` → the file; `/api/<collection>/<id>` → the record; else null. */
const portalPath = (pathname: string, paths: PortalPaths): LinkTarget | null => {
  const file = /^\/api\/([\w-]+)\/file\/([^/]+)$/.exec(pathname)
  if (file && paths.uploads.includes(file[1]!)) return { kind: 'file', collection: file[1]!, filename: decodeURIComponent(file[2]!) }
  const record = /^\/api\/([\w-]+)\/([\w-]+)$/.exec(pathname)
  if (record && (paths.records.includes(record[1]!) || paths.uploads.includes(record[1]!))) return { kind: 'record', collection: record[1]!, id: record[2]! }
  return null
}

/**
 * `portalOrigins`: the addresses the portal answers on (its public site and SERVER_URL); the first one resolves
 * relative links. Without one, a relative link that is no known API path cannot be checked.
 */
export const linkTarget = (link: ExtractedLink, portalOrigins: readonly string[], paths: PortalPaths): LinkTarget => {
  if (link.kind === 'ref') return { kind: 'record', collection: link.collection, id: link.id }
  const url = link.url
  if (url.startsWith('#')) return { kind: 'skip', reason: 'anchor' }
  const origins = portalOrigins.map(normalOrigin).filter((o): o is string => o !== null)
  let parsed: URL
  try {
    parsed = url.startsWith('/') && !url.startsWith('//') ? new URL(url, origins[0] ?? 'http://portal.invalid') : new URL(url)
  } catch {
    return { kind: 'skip', reason: 'malformed' }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'skip', reason: parsed.protocol.replace(/:$/, '') }
  const own = url.startsWith('/') || origins.includes(parsed.origin)
  if (!own) return { kind: 'external', url: parsed.href }
  const known = portalPath(parsed.pathname, paths)
  if (known) return known
  if (!origins.length) return { kind: 'skip', reason: 'no-portal-origin' }
  parsed.hash = ''
  return { kind: 'portal', url: parsed.href }
}
