/** The 安全设置 global over its defaults, cached briefly per process (read on every authenticated request). */
import type { Payload } from 'payload'
import { withSecurityDefaults, type SecuritySettings } from '../../domain/security/securityDefaults'
import { SECURITY_SETTINGS_SLUG, SETTINGS_CACHE_MS } from './defaults'

const cache = new WeakMap<Payload, { at: number; value: Promise<SecuritySettings> }>()

export const getSecuritySettings = (payload: Payload): Promise<SecuritySettings> => {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < SETTINGS_CACHE_MS) return cached.value
  const value = payload
    .findGlobal({ slug: SECURITY_SETTINGS_SLUG, depth: 0, overrideAccess: true })
    .then((stored) => withSecurityDefaults({ ...stored }))
    .catch((error) => {
      cache.delete(payload)
      throw error
    })
  cache.set(payload, { at: Date.now(), value })
  return value
}

/** After the global changes: the next request reads it again. */
export const forgetSecuritySettings = (payload: Payload): void => {
  cache.delete(payload)
}
