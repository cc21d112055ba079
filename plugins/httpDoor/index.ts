/**
 * The Payload side of the HTTP door (docs/security.md → HTTP 入口): every collection refuses `where` clauses and
 * ids its database adapter would crash on (a Chinese 400, not a 500); anonymous HTTP reads get bounded pages and let
 * waiting requests run before each of them; session cookies are SameSite=Lax; and 忘记密码 answers the same for
 * every address with a Chinese mail whose link is built from this server's origin. Adds hooks, replaces none.
 */
import type { CollectionConfig, Config } from 'payload'
import { DEFAULT_SITE_NAME, defaultPublicMaxPageSize } from './defaults'
import { capAnonymousPages } from './hooks/capAnonymousPages'
import { guardQueryShape } from './hooks/guardQueryShape'
import { resetMailSender, takeOverResetMail } from './hooks/passwordResetMail'
import { yieldAnonymousReads } from './hooks/yieldAnonymousReads'
import type { HttpDoorOptions } from './types'

export const httpDoorPlugin =
  (options: HttpDoorOptions = {}) =>
  (config: Config): Config => {
    const cap = capAnonymousPages(options.publicMaxPageSize ?? defaultPublicMaxPageSize)
    const sendResetMail = resetMailSender(options.siteName ?? DEFAULT_SITE_NAME)
    const https = (process.env.SERVER_URL ?? '').startsWith('https:')
    const withGuards = (collection: CollectionConfig): CollectionConfig => {
      const hooks = { ...collection.hooks, beforeOperation: [guardQueryShape, cap, yieldAnonymousReads, ...(collection.hooks?.beforeOperation ?? [])] }
      if (!collection.auth) return { ...collection, hooks }
      const auth = typeof collection.auth === 'object' ? collection.auth : {}
      return {
        ...collection,
        // Lax, stated explicitly: no cookie on a cross-site POST, and no browser's "Lax after two minutes" exception.
        auth: { ...auth, cookies: { ...auth.cookies, sameSite: 'Lax', secure: auth.cookies?.secure ?? https } },
        hooks: {
          ...hooks,
          beforeOperation: [...hooks.beforeOperation, takeOverResetMail],
          afterOperation: [...(collection.hooks?.afterOperation ?? []), sendResetMail],
        },
      }
    }
    return { ...config, collections: (config.collections ?? []).map(withGuards) }
  }
