/** The largest page for anonymous readers over HTTP, `PUBLIC_MAX_LIMIT` (README → 配置). */
export { publicMaxPageSize as defaultPublicMaxPageSize } from '../../src/server/httpSettings'

/** Operations whose arguments carry a `where`, an `id` or pagination from the client. */
export const GUARDED_OPERATIONS = new Set(['read', 'count', 'readDistinct', 'update', 'delete'])
