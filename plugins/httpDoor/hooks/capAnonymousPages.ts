/**
 * Anonymous readers over HTTP get at most `publicMaxPageSize` items per page: `limit=0` (everything),
 * `pagination=false` and larger limits — in REST, GraphQL and join fields alike — are cut to that page.
 * Local API calls (the system's own work) and overrideAccess calls are not touched.
 */
import type { CollectionBeforeOperationHook } from 'payload'

type Page = { limit?: unknown; pagination?: unknown }
type ReadArgs = Page & { overrideAccess?: unknown; id?: unknown; joins?: unknown }

const capped = (limit: unknown, max: number): number => (typeof limit === 'number' && limit > 0 ? Math.min(limit, max) : max)
const tooLarge = (limit: unknown, max: number): boolean => limit === 0 || (typeof limit === 'number' && limit > max)

export const capAnonymousPages =
  (maxPage: () => number): CollectionBeforeOperationHook =>
  ({ args: rawArgs, operation, req }) => {
    const args = rawArgs as ReadArgs
    if (operation !== 'read' || req.user || req.payloadAPI === 'local' || args.overrideAccess || args.id !== undefined) return rawArgs
    const max = maxPage()
    const next: ReadArgs = { ...args }
    if (args.pagination === false || tooLarge(args.limit, max)) {
      next.limit = capped(args.limit, max)
      next.pagination = true
    }
    if (args.joins && typeof args.joins === 'object') {
      next.joins = Object.fromEntries(
        Object.entries(args.joins as Record<string, Page | false | null>).map(([name, join]) =>
          join && typeof join === 'object' && tooLarge(join.limit, max) ? [name, { ...join, limit: capped(join.limit, max) }] : [name, join],
        ),
      )
    }
    return next as typeof rawArgs
  }
