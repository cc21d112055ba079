/**
 * Anonymous readers over HTTP get at most `publicMaxPageSize` items per page: `limit=0` (everything),
 * `pagination=false` and larger limits — in REST, GraphQL and join fields alike — are cut to that page.
 * Local API calls (the system's own work) and overrideAccess calls are not touched.
 */
import type { CollectionBeforeOperationHook } from 'payload'

const capped = (limit: unknown, max: number): number => (typeof limit === 'number' && limit > 0 ? Math.min(limit, max) : max)

export const capAnonymousPages =
  (maxPage: () => number): CollectionBeforeOperationHook =>
  ({ args: rawArgs, operation, req }) => {
    const args = rawArgs as Record<string, any>
    if (operation !== 'read' || req.user || req.payloadAPI === 'local' || args.overrideAccess || args.id !== undefined) return rawArgs
    const max = maxPage()
    const next: Record<string, any> = { ...args }
    if (next.limit === 0 || next.pagination === false || (typeof next.limit === 'number' && next.limit > max)) {
      next.limit = capped(next.limit, max)
      next.pagination = true
    }
    if (next.joins && typeof next.joins === 'object') {
      next.joins = Object.fromEntries(
        Object.entries(next.joins as Record<string, any>).map(([name, join]) =>
          join && typeof join === 'object' && (join.limit === 0 || (typeof join.limit === 'number' && join.limit > max)) ? [name, { ...join, limit: capped(join.limit, max) }] : [name, join],
        ),
      )
    }
    return next as typeof rawArgs
  }
