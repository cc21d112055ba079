/** The security plugin's options over its defaults, kept on the config so hooks and actions read them from `payload`. */
import type { CollectionSlug, Payload } from 'payload'
import { actorRules, userModel, type ActorRules, type UserModel } from '../../domain/actors'
import {
  CLIENT_IP_HEADER, CONTENT_COLLECTIONS, DEFAULT_PURGE_CRON, OPTIONS_KEY, ORGANIZATION_COLLECTIONS, OWN_COLLECTIONS, SYSTEM_ACCOUNTS, UNLOGGED_DELETIONS, WORKFLOW_REGISTER,
} from './defaults'
import type { SecurityPluginOptions } from './types'

export type ResolvedSecurityOptions = {
  enabled: boolean
  users: UserModel
  /** `users.slug`, typed for the Local API and the database adapter. */
  accounts: CollectionSlug
  rules: ActorRules
  contentCollections: readonly string[]
  organizationCollections: readonly string[]
  /** The plugin's own collections included. */
  unloggedDeletions: readonly string[]
  workflowRegister: string | false
  systemAccounts: readonly string[]
  clientIpHeader: string
  purgeCron: string | false
}

export const resolveOptions = (options: SecurityPluginOptions = {}): ResolvedSecurityOptions => {
  const users = userModel(options.users)
  return {
    enabled: options.enabled !== false,
    users,
    accounts: users.slug as CollectionSlug,
    rules: actorRules(users),
    contentCollections: options.contentCollections ?? CONTENT_COLLECTIONS,
    organizationCollections: options.organizationCollections ?? ORGANIZATION_COLLECTIONS,
    unloggedDeletions: [...OWN_COLLECTIONS, ...(options.unloggedDeletions ?? UNLOGGED_DELETIONS)],
    workflowRegister: options.workflowRegister ?? WORKFLOW_REGISTER,
    systemAccounts: (options.systemAccounts ?? SYSTEM_ACCOUNTS).map((email) => email.toLowerCase()),
    clientIpHeader: (options.clientIpHeader ?? CLIENT_IP_HEADER).toLowerCase(),
    purgeCron: options.purgeCron ?? process.env.SECURITY_PURGE_CRON ?? DEFAULT_PURGE_CRON,
  }
}

const fallback = new WeakMap<Payload, ResolvedSecurityOptions>()

/** The options the plugin resolved (the defaults for a Payload built without it, e.g. a script's). */
export const optionsOf = (payload: Payload): ResolvedSecurityOptions => {
  const stored = (payload.config.custom as Record<string, unknown> | undefined)?.[OPTIONS_KEY] as ResolvedSecurityOptions | undefined
  if (stored) return stored
  const resolved = fallback.get(payload) ?? resolveOptions()
  fallback.set(payload, resolved)
  return resolved
}
