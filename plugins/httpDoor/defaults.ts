/** Defaults of the HTTP door plugin (Gongkai's values). */
export { publicMaxPageSize as defaultPublicMaxPageSize } from '../../domain/http/publicPageSize'

/** Operations whose arguments carry a `where`, an `id` or pagination from the client. */
export const GUARDED_OPERATIONS = new Set(['read', 'count', 'readDistinct', 'update', 'delete'])

/** The name the 忘记密码 mail signs with. */
export const DEFAULT_SITE_NAME = '政务公开管理平台'
