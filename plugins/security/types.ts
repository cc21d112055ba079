/** Options of the security plugin (accounts, sessions and the security audit log, 等保 2.0 第三级). */
import type { UserModel } from '../../domain/actors'

export type SecurityPluginOptions = {
  /**
   * false: the collections, global and fields stay (same schema and migrations) but no rule, hook, endpoint or
   * schedule runs.
   */
  enabled?: boolean
  /**
   * The staff accounts: their auth collection gets the password, login and session rules and the security fields;
   * roles decide who reads the log (审计管理员), who manages the 安全设置 (安全管理员) and who is one of the 三员.
   * Default: Gongkai's `users` with `roles` and `department`.
   */
  users?: Partial<UserModel>
  /** Collections whose content the 三员 may not create, change or delete (三员分立). */
  contentCollections?: readonly string[]
  /**
   * Collections an account is filled in from (its department): readable while the user must change their
   * password, and whose changes are logged as organization changes.
   */
  organizationCollections?: readonly string[]
  /** System bookkeeping whose deletions are not logged (the plugin's own collections are never logged). */
  unloggedDeletions?: readonly string[]
  /**
   * The workflow's register: every entry created there (actor, subject, action, states) is mirrored in the log.
   * false: none.
   */
  workflowRegister?: string | false
  /**
   * Request header carrying the client address, set by the host's HTTP server on every request (overwriting any
   * a client sent); Payload's request has no socket address. Default: `x-gongkai-client-ip`.
   */
  clientIpHeader?: string
  /** Emails of robot accounts that act for the system and never sign in, whatever password is tried. */
  systemAccounts?: readonly string[]
  /**
   * Cron of the daily purge of entries past the retention setting, run by the scheduler plugin
   * (`config.custom.scheduledTasks`). Default: SECURITY_PURGE_CRON, else 03:40 every day. false: no purge.
   */
  purgeCron?: string | false
}
