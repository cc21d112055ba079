/**
 * Anonymous GET responses of the API: an ETag over the body (304 on If-None-Match), Cache-Control, and an
 * in-process cache keyed on the URL. An entry is valid while the content version is unchanged: this process's
 * counter (bumped after each committed public change) and the change log's last sequence in the database, read at
 * most every `versionCheckMs` — so with several instances another instance's publish is seen within that time —
 * and never longer than `ttlMs` (changes that are not feed items, e.g. a department's name, on other instances).
 */
import { createHash } from 'node:crypto'
import type { Request, Response as ExpressResponse } from 'express'
import type { Payload } from 'payload'
import { contentVersion, lastSequence } from '../../plugins/contentApi'
import { carriesCredentials } from './clientIdentity'
import { sendWebResponse } from './fetchBridge'

export type PublicCacheOptions = {
  enabled?: boolean
  ttlMs?: number
  versionCheckMs?: number
  maxEntries?: number
  maxEntryBytes?: number
  /** Cache-Control max-age for anonymous responses (0: clients and CDNs revalidate with the ETag every time). */
  maxAgeSeconds?: number
}

/** An answer already in bytes (src/server/publicRenditions.ts), sent without a web Response in between. */
export type Prepared = { status: 200; headers: Array<[string, string]>; body: Buffer }

type Entry = { version: string; expiresAt: number; status: number; headers: Array<[string, string]>; body: Buffer; etag: string }

const CACHEABLE_TYPE = /^(application\/(json|xml|rss\+xml)|text\/)/
const SKIPPED_HEADERS = new Set(['set-cookie', 'content-length', 'date', 'etag', 'cache-control', 'connection', 'transfer-encoding', 'content-encoding'])

/** Query parameters that change what Payload would do for a signed-in reader: such requests are never cached. */
const UNCACHED_PARAMS = ['draft', 'trash']

export const publicCache = (payload: Payload, options: PublicCacheOptions = {}) => {
  const enabled = options.enabled ?? process.env.PUBLIC_CACHE !== 'false'
  const ttlMs = options.ttlMs ?? Number(process.env.PUBLIC_CACHE_TTL_MS || 30_000)
  const versionCheckMs = options.versionCheckMs ?? Number(process.env.CONTENT_VERSION_CHECK_MS || 1000)
  const maxEntries = options.maxEntries ?? 2000
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? Number(process.env.PUBLIC_CACHE_MAX_AGE || 0)}, must-revalidate`
  const entries = new Map<string, Entry>()
  const version = contentVersion(payload)
  let databaseSeq = 0
  let checkedAt = -Infinity
  let checking: Promise<void> | null = null

  const currentVersion = async (): Promise<string | null> => {
    if (Date.now() - checkedAt >= versionCheckMs) {
      checking ??= lastSequence(payload)
        .then((seq) => {
          databaseSeq = seq
          checkedAt = Date.now()
        })
        .catch((error) => {
          payload.logger.warn({ err: error, msg: 'content version check failed: serving uncached' })
          checkedAt = -Infinity
          databaseSeq = -1
        })
        .finally(() => {
          checking = null
        })
      await checking
    }
    return databaseSeq < 0 ? null : `${version.local()}:${databaseSeq}`
  }

  const send = (req: Request, res: ExpressResponse, entry: Entry, hit: boolean) => {
    res.status(entry.status)
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('ETag', entry.etag)
    res.setHeader('Cache-Control', cacheControl)
    res.setHeader('Vary', 'Authorization, Cookie')
    if (enabled) res.setHeader('X-Cache', hit ? 'HIT' : 'MISS')
    const match = req.headers['if-none-match']
    if (match && match.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')) {
      res.status(304).end()
      return
    }
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  return {
    /** The content version the entries are checked against (null while the change log cannot be read). */
    version: currentVersion,
    /**
     * Anonymous reads of the API, but not uploaded files (streamed, and access-checked per file). "Anonymous" is
     * decided as leniently as Payload reads credentials (clientIdentity.carriesCredentials), and the response is
     * then produced without any cookie or Authorization header, so what is stored can only be what nobody may see more of.
     */
    applies: (req: Request): boolean =>
      (req.method === 'GET' || req.method === 'HEAD') &&
      !carriesCredentials(payload, req) &&
      !req.path.startsWith('/media/file/') &&
      !UNCACHED_PARAMS.some((name) => new URLSearchParams(req.originalUrl.split('?')[1] ?? '').has(name)),

    serve: async (req: Request, res: ExpressResponse, produce: () => Promise<Response | Prepared>): Promise<void> => {
      const key = `${req.method} ${req.originalUrl}|${/(?:^|;\s*)payload-lng=([^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? ''}`
      const versionNow = enabled ? await currentVersion() : null
      const cached = entries.get(key)
      if (cached && versionNow !== null && cached.version === versionNow && cached.expiresAt > Date.now()) {
        entries.delete(key)
        entries.set(key, cached)
        return send(req, res, cached, true)
      }
      const response = await produce()
      let body: Buffer
      const headers: Array<[string, string]> = []
      if (response instanceof Response) {
        const type = response.headers.get('content-type') ?? ''
        if (response.status !== 200 || !CACHEABLE_TYPE.test(type) || response.headers.has('set-cookie')) {
          await sendWebResponse(response, res)
          return
        }
        body = Buffer.from(await response.arrayBuffer())
        response.headers.forEach((value, name) => {
          if (!SKIPPED_HEADERS.has(name)) headers.push([name, value])
        })
      } else {
        body = response.body
        headers.push(...response.headers.filter(([name]) => !SKIPPED_HEADERS.has(name)))
      }
      const entry: Entry = {
        version: versionNow ?? '',
        expiresAt: Date.now() + ttlMs,
        status: 200,
        headers,
        body,
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      }
      if (enabled && versionNow !== null && body.length <= maxEntryBytes) {
        entries.set(key, entry)
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      }
      send(req, res, entry, false)
    },
  }
}
