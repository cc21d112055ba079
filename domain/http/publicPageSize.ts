/**
 * The largest page an anonymous reader gets over HTTP (`PUBLIC_MAX_LIMIT`, README → 配置): read by the HTTP door's
 * server side and by the Payload plugin that caps anonymous reads, so both cut at the same size.
 */
export const DEFAULT_PUBLIC_MAX_PAGE_SIZE = 100

export const publicMaxPageSize = (env: Record<string, string | undefined> = process.env): number => {
  const raw = env.PUBLIC_MAX_LIMIT
  const value = Number(raw)
  return Math.max(1, raw !== undefined && raw !== '' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_PUBLIC_MAX_PAGE_SIZE)
}
