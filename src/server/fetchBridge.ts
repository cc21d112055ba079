/** Express ↔ Fetch API: Payload's handlers take a web Request and return a web Response. */
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { selfOrigin } from './selfOrigin'

export type WebRequestOptions = {
  /** The body the door has already read (and checked); without it a body is streamed from the request. */
  body?: Buffer
  /** Drop every cookie except the language (the anonymous cache produces responses for nobody in particular). */
  anonymous?: boolean
}

const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'host'])

const languageCookie = (cookie: string): string | null => {
  const match = /(?:^|;\s*)(payload-lng=[^;]*)/.exec(cookie)
  return match ? match[1] : null
}

export const toWebRequest = (req: ExpressRequest, options: WebRequestOptions = {}): Request => {
  // The URL is this server's own origin, never the client's Host header (links and emails are built from it).
  const origin = selfOrigin(req)
  const rawPath = req.originalUrl || req.url
  const url = new URL(`${origin}${rawPath.startsWith('/') ? '' : '/'}${rawPath}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue
    if (name === 'cookie' && options.anonymous) {
      const lng = languageCookie(Array.isArray(value) ? value.join('; ') : value)
      if (lng) headers.set('cookie', lng)
      continue
    }
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  headers.set('host', url.host)
  if (options.anonymous) headers.delete('authorization')
  const hasBody = !['GET', 'HEAD'].includes(req.method)
  const body = !hasBody ? undefined : options.body !== undefined ? options.body : (Readable.toWeb(req) as ReadableStream)
  if (options.body === undefined && hasBody) {
    const length = req.headers['content-length']
    if (length !== undefined) headers.set('content-length', String(length))
  }
  // Node's fetch needs `duplex` for a streamed body (not in the DOM RequestInit type).
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, body: body as BodyInit | undefined, duplex: hasBody ? 'half' : undefined }
  return new Request(url, init)
}

export const sendWebResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return
    res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
