/** The link checker's resolved options, stored on the config by the transform and read back at run time. */
import type { CollectionSlug, Payload } from 'payload'
import { LINK_CHECK_KEY } from './defaults'
import type { LinkSource } from './types'

export type ResolvedLinkCheckOptions = {
  sources: readonly LinkSource[]
  uploads: CollectionSlug
  results: CollectionSlug
  portalOrigins: readonly string[]
  settingsGlobal: string
}

export const linkCheckOptions = (payload: Payload): ResolvedLinkCheckOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[LINK_CHECK_KEY] as ResolvedLinkCheckOptions | undefined
  if (!resolved) throw new Error('链接检查插件未安装：请在 plugins 中加入 linkCheckPlugin')
  return resolved
}
