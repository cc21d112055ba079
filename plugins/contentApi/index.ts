/**
 * Content API plugin for static site generators: the public change feed (`public-changes`), signed build
 * webhooks (`webhook-deliveries` + settings), RSS and sitemap endpoints, and public rich text as safe HTML.
 * What each collection contributes (its public rule, followers, sitemap page, rich-text fields) comes from the
 * options; see types.ts.
 */
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { publicChangesCollection } from './collections/PublicChanges'
import { webhookDeliveriesCollection } from './collections/WebhookDeliveries'
import { installAfterCommit } from './afterCommit'
import { ensureSequenceRow } from './actions/takeSequence'
import { changesEndpoint } from './endpoints/changesEndpoint'
import { feedEndpoint } from './endpoints/feedEndpoint'
import { sitemapEndpoint } from './endpoints/sitemapEndpoint'
import { addPublicHtml, htmlFieldsOf } from './hooks/addPublicHtml'
import { bumpContentVersion, rememberFollowers, trackChange, trackDelete } from './hooks/trackPublicChanges'
import { CUSTOM_KEY, resolveOptions, type ResolvedOptions } from './options'
import { contentApiSettingsFields } from './settingsFields'
import { previewEndpoint } from './preview/previewEndpoint'
import { previewUrl } from './preview/previewUrl'
import type { ContentApiPluginOptions } from './types'
import { startWebhookDispatcher } from './webhooks/webhookDispatcher'

export { contentVersion, lastSequence } from './contentVersion'
export type { ContentApiPluginOptions, FeedOptions, Follower, PreviewOptions, PublicCollectionOptions, PublicRule, SitePath } from './types'

const withHooks = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const { slug } = collection
  const tracked = options.collections[slug]
  const html = tracked?.richTextFields
  const fields = html ? [...collection.fields, ...htmlFieldsOf(html, collection.fields)] : collection.fields
  if (!options.enabled) return { ...collection, fields }
  const hooks = { ...collection.hooks }
  if (tracked) {
    const followers = tracked.followers ?? []
    hooks.afterChange = [...(hooks.afterChange ?? []), trackChange(slug, followers)]
    hooks.afterDelete = [...(hooks.afterDelete ?? []), trackDelete(slug, followers)]
    if (followers.length > 0) hooks.beforeDelete = [...(hooks.beforeDelete ?? []), rememberFollowers(followers)]
  } else if (options.versionCollections.includes(slug)) {
    hooks.afterChange = [...(hooks.afterChange ?? []), bumpContentVersion]
    hooks.afterDelete = [...(hooks.afterDelete ?? []), bumpContentVersion]
  }
  if (html) hooks.afterRead = [...(hooks.afterRead ?? []), addPublicHtml(html, options.rules)]
  if (!tracked?.preview) return { ...collection, fields, hooks }
  // The edit view's 预览 button (Payload shows it when admin.preview is set) opens the public page's preview.
  return {
    ...collection,
    fields,
    hooks,
    admin: { ...collection.admin, preview: previewUrl(slug) },
    endpoints: [...(collection.endpoints || []), previewEndpoint(slug, tracked.preview)],
  }
}

/** The host's settings global with the plugin's fields, or a global of their own when the host has none. */
const withSettings = (globals: GlobalConfig[], options: ResolvedOptions): GlobalConfig[] => {
  const fields = contentApiSettingsFields(options)
  const hooks = (global: GlobalConfig): GlobalConfig['hooks'] =>
    options.enabled ? { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), bumpContentVersion] } : global.hooks
  if (!globals.some((global) => global.slug === options.settingsGlobal)) {
    const own: GlobalConfig = {
      slug: options.settingsGlobal,
      label: '内容接口设置',
      admin: { group: '系统管理' },
      access: { read: options.rules.staffOnly, update: options.rules.systemAdminOnly },
      fields,
    }
    return [...globals, { ...own, hooks: hooks(own) }]
  }
  return globals.map((global) => (global.slug === options.settingsGlobal ? { ...global, fields: [...global.fields, ...fields], hooks: hooks(global) } : global))
}

export const contentApiPlugin =
  (pluginOptions: ContentApiPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const { enabled, feed } = options
    const endpoints = [changesEndpoint, ...(feed ? [feedEndpoint(feed)] : []), sitemapEndpoint]
    return {
      ...config,
      collections: [...(config.collections ?? []).map((c) => withHooks(c, options)), publicChangesCollection(options), webhookDeliveriesCollection(options)],
      globals: withSettings(config.globals ?? [], options),
      endpoints: enabled ? [...(config.endpoints ?? []), ...endpoints] : config.endpoints,
      custom: { ...config.custom, [CUSTOM_KEY]: options },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!enabled) return
        installAfterCommit(payload)
        await ensureSequenceRow({ payload }).catch((error) => payload.logger.debug({ err: error, msg: 'change log counter row not created yet' }))
        startWebhookDispatcher(payload, options.webhookPollMs)
      },
    }
  }
