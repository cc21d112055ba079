/**
 * The plugin's options with their defaults, kept on the config (`config.custom.contentApi`) so that hooks, endpoints
 * and the worker read them from `payload` instead of having them threaded through every signature.
 */
import type { Payload } from 'payload'
import { actorRules, userModel, type ActorRules } from '../../domain/actors'
import {
  DEFAULT_FEED, DEFAULT_SETTINGS_GLOBAL, DEFAULT_SITE_PATHS, DEFAULT_SITEMAP_PAGES, DEFAULT_VERSION_COLLECTIONS, DEFAULT_WEBHOOK_POLL_MS,
} from './defaults'
import type { ContentApiPluginOptions, FeedOptions, PublicCollectionOptions, SitePath } from './types'

export type ResolvedOptions = {
  enabled: boolean
  collections: Record<string, PublicCollectionOptions>
  versionCollections: string[]
  settingsGlobal: string
  sitePaths: Record<string, SitePath>
  sitemapPages: string[]
  feed: FeedOptions | false
  rules: ActorRules
  webhookPollMs: number
}

export const CUSTOM_KEY = 'contentApi'

export const resolveOptions = (options: ContentApiPluginOptions): ResolvedOptions => ({
  enabled: options.enabled !== false,
  collections: options.collections,
  versionCollections: options.versionCollections ?? DEFAULT_VERSION_COLLECTIONS,
  settingsGlobal: options.settingsGlobal ?? DEFAULT_SETTINGS_GLOBAL,
  sitePaths: options.sitePaths ?? DEFAULT_SITE_PATHS,
  sitemapPages: options.sitemapPages ?? DEFAULT_SITEMAP_PAGES,
  feed: options.feed ?? DEFAULT_FEED,
  rules: actorRules(userModel(options.users)),
  webhookPollMs: options.webhookPollMs ?? DEFAULT_WEBHOOK_POLL_MS,
})

export const optionsOf = (payload: Pick<Payload, 'config'>): ResolvedOptions => {
  const options = (payload.config.custom as Record<string, ResolvedOptions | undefined> | undefined)?.[CUSTOM_KEY]
  if (!options) throw new Error('内容接口插件未安装：请在 Payload 配置的 plugins 中加入 contentApiPlugin(…)')
  return options
}
