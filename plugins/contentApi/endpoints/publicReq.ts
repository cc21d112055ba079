/** A request with no user, so that every read goes through the collections' anonymous access rules. */
import { createLocalReq, type PayloadRequest } from 'payload'
import type { ContentApiSettings } from '../readSettings'

export const anonymousReq = (req: PayloadRequest): Promise<PayloadRequest> => createLocalReq({}, req.payload)

/**
 * The public site's base URL: the setting, else SERVER_URL, else this server's own origin (the URL the Express door
 * gives every request) — never the client's Host or X-Forwarded-Host header, which would poison cached feeds.
 */
export const siteBase = (req: PayloadRequest, settings: ContentApiSettings): string => {
  if (settings.publicSite.siteUrl) return settings.publicSite.siteUrl
  return apiBase(req)
}

/** This API's own origin: SERVER_URL, else the origin of the request URL the server built. */
export const apiBase = (req: PayloadRequest): string => {
  if (process.env.SERVER_URL) {
    try {
      return new URL(process.env.SERVER_URL).origin
    } catch {
      // an invalid SERVER_URL: fall back to the request URL
    }
  }
  return new URL(req.url ?? 'http://localhost/').origin
}

export const xmlResponse = (body: string, contentType: string) =>
  new Response(body, { status: 200, headers: { 'content-type': `${contentType}; charset=utf-8` } })
