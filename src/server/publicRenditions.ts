/**
 * Anonymous list and by-id reads of the public collections, answered from what Payload gave before (issue 17): per
 * item, its JSON at that depth (read with the public `select` and anonymous access), and per list query, its page of
 * ids and counts. All of it is kept while the content version (src/server/publicCache.ts) is unchanged and never
 * longer than the cache's lifetime, and keyed on what Payload reads of the request, so a random query string reuses
 * them; a new query costs one indexed read of ids (the items it shares with other pages are not read again).
 * Anything else (select, populate, joins, locale, a malformed number, a refused query, an item that stopped being
 * public in between) goes to Payload unchanged: its answer is the reference, and the tests compare the two.
 */
import type { Request } from 'express'
import { createPayloadRequest, headersWithCors, parseParams, type CollectionSlug, type PayloadRequest, type SanitizedConfig, type Where } from 'payload'
import { publicSelect } from '../../hooks/publicQuery/publicSelect'
import { toWebRequest } from './fetchBridge'
import type { Prepared } from './publicCache'

export type PublicRenditionsOptions = {
  enabled?: boolean
  /** Collections read this way; each must give the same JSON with its public select as without (tested). */
  collections?: string[]
  /** Items kept in memory (once per depth and language, lists and by-id apart) and their bytes; pages get a tenth and an eighth. */
  maxEntries?: number
  maxBytes?: number
  ttlMs?: number
}

type Produce = () => Promise<Response | Prepared>
type Entry = { version: string; expiresAt: number; value: unknown; bytes: number }
/** A list page as Payload gave it, around its items: `{"docs":[` … `],"hasNextPage":…}`. */
type Page = { ids: Array<string | number>; before: Buffer; after: Buffer }
type Route = { slug: CollectionSlug; id: string | null; query: string; depth: string; language: string }

/** What Payload reads of a find (and of a findByID, `depth` alone) that is answered here. */
const LIST_PARAMS = new Set(['where', 'sort', 'limit', 'page', 'depth'])
/** What Payload reads besides: with any of these the request goes to Payload. Other parameters Payload ignores. */
const PAYLOAD_PARAMS = new Set([
  'select', 'populate', 'joins', 'draft', 'trash', 'pagination', 'locale', 'fallback-locale', 'fallbackLocale', 'data',
  'flattenLocales', 'autosave', 'overrideLock', 'publishAllLocales', 'unpublishAllLocales',
])
const NUMBER = /^\d{1,9}$/
const COMMA = Buffer.from(',')
const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=([^;]*)/

/**
 * Entries valid while the content version they were read under stands, for at most `ttlMs`; stored under the version
 * read before the read they keep (a change committed meanwhile moves the version on). The oldest leave first when
 * there are too many or they take too much memory.
 */
const versionedStore = <T>(maxEntries: number, maxBytes: number, ttlMs: number, sizeOf: (value: T) => number) => {
  const entries = new Map<string, Entry>()
  let storedBytes = 0
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    storedBytes -= entry.bytes
    entries.delete(key)
  }
  return {
    fresh: (key: string, versionNow: string): T | null => {
      const entry = entries.get(key)
      if (!entry) return null
      if (entry.version === versionNow && entry.expiresAt > Date.now()) return entry.value as T
      drop(key)
      return null
    },
    keep: (key: string, versionAtRead: string, value: T) => {
      drop(key)
      const bytes = sizeOf(value)
      entries.set(key, { version: versionAtRead, expiresAt: Date.now() + ttlMs, value, bytes })
      storedBytes += bytes
      while (entries.size > 0 && (entries.size > maxEntries || storedBytes > maxBytes)) drop(entries.keys().next().value as string)
    },
  }
}

export const publicRenditions = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  payloadKey: string,
  version: () => Promise<string | null>,
  options: PublicRenditionsOptions = {},
) => {
  const enabled = options.enabled ?? process.env.PUBLIC_RENDITIONS !== 'false'
  const collections = new Set(options.collections ?? ['documents', 'interpretations'])
  const maxEntries = options.maxEntries ?? 20_000
  const maxBytes = options.maxBytes ?? 64 * 2 ** 20
  const ttlMs = options.ttlMs ?? Number(process.env.PUBLIC_CACHE_TTL_MS || 30_000)
  // Items and pages apart, so that many new queries (each a page) cannot push the items out.
  const items = versionedStore<Buffer>(maxEntries, maxBytes, ttlMs, (value) => value.length)
  const pages = versionedStore<Page>(Math.ceil(maxEntries / 10), Math.ceil(maxBytes / 8), ttlMs, (value) => value.before.length + value.after.length + value.ids.length * 16)

  /** The route of an anonymous GET answered here, with the parts of the request Payload's answer depends on. */
  const routeOf = (req: Request): Route | null => {
    const [path, search = ''] = req.originalUrl.split('?')
    const match = /^\/api\/([a-z0-9-]+)(?:\/(\d{1,15}))?$/.exec(path)
    if (!match || !collections.has(match[1])) return null
    const id = match[2] ?? null
    const kept: string[] = []
    const params = new URLSearchParams(search)
    for (const [name, value] of params) {
      const base = name.replace(/\[.*$/, '')
      if (PAYLOAD_PARAMS.has(base)) return null
      if (!LIST_PARAMS.has(base) || (id !== null && base !== 'depth')) continue
      if ((base === 'limit' || base === 'page' || base === 'depth') && (name !== base || !NUMBER.test(value) || params.getAll(base).length > 1)) return null
      kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    }
    // Payload's language comes from the language cookie, else Accept-Language (which the door sets without a cookie).
    const cookie = Array.isArray(req.headers.cookie) ? req.headers.cookie.join('; ') : (req.headers.cookie ?? '')
    const language = `${LANGUAGE_COOKIE.exec(cookie)?.[1] ?? ''}|${req.headers['accept-language'] ?? ''}`
    return { slug: match[1] as CollectionSlug, id, query: kept.join('&'), depth: params.get('depth') ?? '', language }
  }

  let corsOf: ((origin: string | undefined) => Array<[string, string]>) | null = null
  const prepared = async (request: Request, body: Buffer): Promise<Prepared> => {
    if (!corsOf) {
      const sanitized = await config
      corsOf = (origin) => {
        const headers: Array<[string, string]> = []
        const req = { payload: { config: sanitized }, headers: new Headers(origin ? { origin } : {}) } as unknown as PayloadRequest
        headersWithCors({ headers: new Headers({ 'content-type': 'application/json' }), req }).forEach((value, name) => headers.push([name, value]))
        return headers
      }
    }
    return { status: 200, headers: corsOf(request.headers.origin), body }
  }

  type Params = { depth?: number; limit?: number; page?: number; sort?: string[]; where?: Where }
  /** Payload's request for this one, and its parameters as Payload's handlers read them (before a Local API call sets `query.depth`). */
  const payloadRequest = async (request: Request): Promise<{ req: PayloadRequest; params: Params }> => {
    const req = await createPayloadRequest({ config, request: toWebRequest(request, { anonymous: true }), payloadInstanceCacheKey: payloadKey })
    if (req.user) throw new Error('not an anonymous request')
    return { req, params: parseParams({ ...(req.query as Record<string, unknown>) }) as Params }
  }

  const list = async (request: Request, route: Route, versionNow: string, fallback: Produce): Promise<Response | Prepared> => {
    let asked: { req: PayloadRequest; params: Params } | null = null
    const { slug } = route
    const pageKey = `page|${slug}|${route.language}|${route.query}`
    let listed = pages.fresh(pageKey, versionNow)
    if (listed === null) {
      asked = await payloadRequest(request)
      const { req, params: { limit, page, sort, where } } = asked
      const found = await req.payload.find({ collection: slug, depth: 0, limit, page, sort, where, select: {}, overrideAccess: false, req })
      // `docs` is the first key of Payload's answer: the items go between `{"docs":[` and `],…`.
      const meta = JSON.stringify({ ...found, docs: [] })
      const at = meta.indexOf('"docs":[]')
      listed = { ids: found.docs.map((doc) => doc.id), before: Buffer.from(`${meta.slice(0, at)}"docs":[`), after: Buffer.from(`]${meta.slice(at + 9)}`) }
      pages.keep(pageKey, versionNow, listed)
    }
    const { ids } = listed
    const keyOf = (id: unknown) => `many|${slug}|${String(id)}|${route.depth}|${route.language}`
    const found = new Map<unknown, Buffer>()
    const missing: Array<string | number> = []
    for (const id of ids) {
      const item = items.fresh(keyOf(id), versionNow)
      if (item === null) missing.push(id)
      else found.set(id, item)
    }
    if (missing.length > 0) {
      asked ??= await payloadRequest(request)
      const { req, params: { depth } } = asked
      const select = await publicSelect(req.payload.collections[slug].config, req)
      const read = await req.payload.find({ collection: slug, depth, where: { id: { in: missing } }, limit: missing.length, select, overrideAccess: false, req })
      for (const doc of read.docs) {
        const item = Buffer.from(JSON.stringify(doc))
        found.set(doc.id, item)
        items.keep(keyOf(doc.id), versionNow, item)
      }
    }
    // An item listed a moment ago and no longer public: Payload answers the whole request again.
    if (ids.some((id) => !found.has(id))) return fallback()
    const parts: Buffer[] = [listed.before]
    ids.forEach((id, i) => (i > 0 ? parts.push(COMMA, found.get(id)!) : parts.push(found.get(id)!)))
    parts.push(listed.after)
    return prepared(request, Buffer.concat(parts))
  }

  const byId = async (request: Request, route: Route & { id: string }, versionNow: string): Promise<Prepared> => {
    const key = `one|${route.slug}|${route.id}|${route.depth}|${route.language}`
    let bytes = items.fresh(key, versionNow)
    if (bytes === null) {
      const { req, params: { depth } } = await payloadRequest(request)
      const select = await publicSelect(req.payload.collections[route.slug].config, req)
      const doc = await req.payload.findByID({ collection: route.slug, id: route.id, depth, select, overrideAccess: false, req })
      bytes = Buffer.from(JSON.stringify(doc))
      items.keep(key, versionNow, bytes)
    }
    return prepared(request, bytes)
  }

  return {
    /** Answers an anonymous GET (the caller has decided it carries no credentials), or leaves it to Payload (`fallback`). */
    respond: async (request: Request, fallback: Produce): Promise<Response | Prepared> => {
      const route = enabled ? routeOf(request) : null
      if (!route) return fallback()
      const versionNow = await version()
      if (versionNow === null) return fallback()
      try {
        return route.id === null ? await list(request, route, versionNow, fallback) : await byId(request, { ...route, id: route.id }, versionNow)
      } catch {
        // A refused query, an item that is not public, a malformed value: Payload's own answer (and error) is the reference.
        return fallback()
      }
    },
  }
}
