/** Names, fixed lists and Gongkai's option values of the security plugin (the policy numbers are settings: domain/security/securityDefaults.ts). */

export const SECURITY_EVENTS_SLUG = 'security-events'
export const LOGIN_THROTTLES_SLUG = 'login-throttles'
export const SECURITY_LOG_HEAD_SLUG = 'security-log-head'
export const SECURITY_SETTINGS_SLUG = 'security-settings'

/** Where the transform leaves the resolved options (`optionsOf(payload)`). */
export const OPTIONS_KEY = 'security'

/**
 * The client address as the Express server saw it (`req.ip`, behind TRUST_PROXY). The server sets it on every
 * request, overwriting whatever a client sent, because Payload's request carries no socket address.
 */
export const CLIENT_IP_HEADER = 'x-gongkai-client-ip'

/** Collections whose content the 三员 may not create, change or delete. */
export const CONTENT_COLLECTIONS = ['documents', 'interpretations', 'media', 'columns', 'new-media-accounts'] as const

/** The department an account belongs to. */
export const ORGANIZATION_COLLECTIONS = ['departments'] as const

/** The log's own machinery: its deletions are never logged. */
export const OWN_COLLECTIONS = [SECURITY_EVENTS_SLUG, LOGIN_THROTTLES_SLUG, SECURITY_LOG_HEAD_SLUG] as const

/** System bookkeeping of the other plugins (scheduler runs, change feed, webhook log). */
export const UNLOGGED_DELETIONS = ['scheduler-runs', 'public-changes', 'webhook-deliveries'] as const

/** The workflow plugin's register (its approval records). */
export const WORKFLOW_REGISTER = 'approval-records'

/** The robot 定时发布 of the workflow plugin. */
export const SYSTEM_ACCOUNTS = ['scheduler@gongkai.invalid'] as const

/** Default cron of the daily purge of entries older than the retention setting (Asia/Shanghai). */
export const DEFAULT_PURGE_CRON = '40 3 * * *'

/** Security settings are read at most this often per process (a change through the admin applies at once). */
export const SETTINGS_CACHE_MS = 5_000
