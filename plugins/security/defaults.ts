/** Names and fixed lists of the security plugin (the policy numbers are settings: domain/security/securityDefaults.ts). */

export const SECURITY_EVENTS_SLUG = 'security-events'
export const LOGIN_THROTTLES_SLUG = 'login-throttles'
export const SECURITY_LOG_HEAD_SLUG = 'security-log-head'
export const SECURITY_SETTINGS_SLUG = 'security-settings'

/**
 * The client address as the Express server saw it (`req.ip`, behind TRUST_PROXY). The server sets it on every
 * request, overwriting whatever a client sent, because Payload's request carries no socket address.
 */
export const CLIENT_IP_HEADER = 'x-gongkai-client-ip'

/** Collections whose content the 三员 may not create, change or delete. */
export const CONTENT_COLLECTIONS = ['documents', 'interpretations', 'media', 'columns', 'new-media-accounts'] as const

/** Collections whose deletion is not itself logged: the log's own machinery and system bookkeeping. */
export const UNLOGGED_DELETIONS = [SECURITY_EVENTS_SLUG, LOGIN_THROTTLES_SLUG, SECURITY_LOG_HEAD_SLUG, 'scheduler-runs', 'public-changes', 'webhook-deliveries'] as const

/** Default cron of the daily purge of entries older than the retention setting (Asia/Shanghai). */
export const DEFAULT_PURGE_CRON = '40 3 * * *'

/** Security settings are read at most this often per process (a change through the admin applies at once). */
export const SETTINGS_CACHE_MS = 5_000
