/** The expiry plugin's resolved options, stored on the config and read back by the pass and the rule. */
import type { Payload, Where } from 'payload'
import type { Id } from '../../domain/ids'
import { EXPIRY_KEY } from './defaults'
import type { ExpiryFields } from './types'

export type ResolvedExpiryOptions = {
  collection: string
  fields: ExpiryFields
  expiredValue: string
  expirableValues: readonly string[]
  publicWhere: Where | null
  settingsGlobal: string
  onExpired: ((payload: Payload, ids: Id[]) => Promise<void> | void) | null
}

export const expiryOptions = (payload: Payload): ResolvedExpiryOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[EXPIRY_KEY] as ResolvedExpiryOptions | undefined
  if (!resolved) throw new Error('有效期插件未安装：请在 plugins 中加入 expiryPlugin')
  return resolved
}
