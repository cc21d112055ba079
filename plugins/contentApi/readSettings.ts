/** The content API's settings as stored in the settings global, over their defaults: the one place that reads them. */
import type { GlobalSlug, Payload, PayloadRequest } from 'payload'
import { CONTENT_API_DEFAULTS as D } from './defaults'
import { optionsOf } from './options'
import type { SitePath } from './types'

export type ContentApiSettings = {
  publicSite: { siteUrl: string; previewUrl: string; feedItems: number; paths: Record<string, string> }
  webhooks: { enabled: boolean; urls: string[]; secret: string; maxAttempts: number; retryBaseSeconds: number; timeoutSeconds: number }
}

type Stored = { publicSite?: Record<string, unknown> | null; webhooks?: Record<string, unknown> | null } | null | undefined

const or = <T>(value: unknown, fallback: T): T => (value === null || value === undefined || value === '' ? fallback : (value as T))

const urlsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((entry: { url?: unknown } | null) => entry?.url).filter((url): url is string => typeof url === 'string' && url.length > 0) : []

/** The stored values over the defaults (the global may never have been saved). */
export const contentApiSettingsOf = (stored: Stored, sitePaths: Record<string, SitePath>): ContentApiSettings => {
  const site = stored?.publicSite ?? {}
  const hooks = stored?.webhooks ?? {}
  return {
    publicSite: {
      siteUrl: or(site.siteUrl, ''),
      previewUrl: or(site.previewUrl, ''),
      feedItems: or(site.feedItems, D.feedItems),
      paths: Object.fromEntries(Object.entries(sitePaths).map(([name, { defaultValue }]) => [name, or(site[name], defaultValue)])),
    },
    webhooks: {
      enabled: Boolean(hooks.enabled),
      urls: urlsOf(hooks.urls),
      secret: or(hooks.secret, ''),
      maxAttempts: or(hooks.maxAttempts, D.webhookMaxAttempts),
      retryBaseSeconds: or(hooks.retryBaseSeconds, D.webhookRetryBaseSeconds),
      timeoutSeconds: or(hooks.timeoutSeconds, D.webhookTimeoutSeconds),
    },
  }
}

/** Read in the caller's transaction when given `req`. */
export const readSettings = async (payload: Payload, req?: PayloadRequest): Promise<ContentApiSettings> => {
  const { settingsGlobal, sitePaths } = optionsOf(payload)
  const stored = await payload.findGlobal({ slug: settingsGlobal as GlobalSlug, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  return contentApiSettingsOf(stored as Stored, sitePaths)
}
