/** A request with no user, so that every read goes through the collections' anonymous access rules. */
import { createLocalReq, type PayloadRequest } from 'payload'
import { contentApiSettingsOf, type ContentApiSettings } from '../settingsFields'

export const anonymousReq = (req: PayloadRequest): Promise<PayloadRequest> => createLocalReq({}, req.payload)

export const publicSettings = async (req: PayloadRequest): Promise<ContentApiSettings> =>
  contentApiSettingsOf((await req.payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })) as never)

/** The public site's base URL: the setting, or the origin this request came to. */
export const siteBase = (req: PayloadRequest, settings: ContentApiSettings): string => {
  if (settings.publicSite.siteUrl) return settings.publicSite.siteUrl
  const url = new URL(req.url ?? 'http://localhost/')
  const proto = req.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '')
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? url.host
  return `${proto}://${host}`
}

export const xmlResponse = (body: string, contentType: string) =>
  new Response(body, { status: 200, headers: { 'content-type': `${contentType}; charset=utf-8` } })
