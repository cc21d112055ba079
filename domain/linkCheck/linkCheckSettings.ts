/** The link checker's settings (系统设置 › 链接检查) and their defaults; the plugin reads them once per run. */

export type LinkCheckSettings = {
  /** Off: the scheduled run does nothing (the stored results and notices stay until the next run). */
  enabled: boolean
  /** When the check runs (cron, in `timeZone`): before the daily audit, which turns broken links into notices. */
  cron: string
  timeZone: string
  /** One request's limit, connect to last header. */
  timeoutMs: number
  /** Requests in flight at once, over all hosts, and to one host. */
  concurrency: number
  perHostConcurrency: number
  /** Robots-friendly pacing: the least time between two requests to one host. */
  minHostIntervalMs: number
  /** Retries after a timeout, a failed connection or a 5xx/429, with exponential backoff from the base to the cap. */
  retries: number
  retryBaseMs: number
  retryMaxMs: number
  maxRedirects: number
  /** Sent with every request; names the portal so that a site's webmaster knows who asks. */
  userAgent: string
  /** The portal's own addresses (its public site); the first resolves relative links. SERVER_URL is always one. */
  portalOrigins: string[]
  /** Hosts on the private network that may be checked anyway (e.g. an intranet site editors link to), by name or IP. */
  allowedPrivateHosts: string[]
}

export const LINK_CHECK_DEFAULTS: LinkCheckSettings = {
  enabled: true,
  cron: '30 6 * * *',
  timeZone: 'Asia/Shanghai',
  timeoutMs: 10_000,
  concurrency: 8,
  perHostConcurrency: 2,
  minHostIntervalMs: 1_000,
  retries: 2,
  retryBaseMs: 2_000,
  retryMaxMs: 30_000,
  maxRedirects: 5,
  userAgent: 'Gongkai-LinkCheck/1.0 (government information disclosure portal; link check)',
  portalOrigins: [],
  allowedPrivateHosts: [],
}

const list = (value: unknown): string[] | null => {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? String((v as { value?: unknown }).value ?? '') : String(v))).map((s) => s.trim()).filter(Boolean)
  if (typeof value === 'string') return value.split(/[\s,，;；]+/).map((s) => s.trim()).filter(Boolean)
  return null
}

/** Stored values over the defaults; a blank field falls back to its default. */
export const linkCheckSettingsFrom = (stored: Record<string, unknown> | null | undefined): LinkCheckSettings => {
  const s = stored ?? {}
  const out: Record<string, unknown> = { ...LINK_CHECK_DEFAULTS }
  for (const [key, fallback] of Object.entries(LINK_CHECK_DEFAULTS)) {
    const value = s[key]
    if (value === null || value === undefined || value === '') continue
    if (Array.isArray(fallback)) out[key] = list(value) ?? fallback
    else if (typeof fallback === 'number') out[key] = Number.isFinite(Number(value)) ? Number(value) : fallback
    else if (typeof fallback === 'boolean') out[key] = Boolean(value)
    else out[key] = String(value)
  }
  return out as LinkCheckSettings
}

/** HTTP headers are Latin-1: anything else an administrator typed (e.g. the portal's Chinese name) is percent-encoded. */
const headerSafe = (text: string): string => text.replace(/[^\x20-\x7e]+/g, (run) => encodeURIComponent(run))

/** The User-Agent sent: the setting, with the portal's address for contact. */
export const userAgentOf = (settings: Pick<LinkCheckSettings, 'userAgent' | 'portalOrigins'>): string =>
  headerSafe(settings.portalOrigins[0] ? `${settings.userAgent} (+${settings.portalOrigins[0]})` : settings.userAgent)
