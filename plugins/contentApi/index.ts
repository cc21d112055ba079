/**
 * Content API plugin for static site generators: the public change feed (`public-changes`), signed build
 * webhooks (`webhook-deliveries` + settings), RSS and sitemap endpoints, and public rich text as safe HTML.
 */
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { PUBLIC_CHANGE_COLLECTIONS, PublicChanges, type PublicChangeCollection } from './collections/PublicChanges'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { installAfterCommit } from './afterCommit'
import { ensureSequenceRow } from './actions/takeSequence'
import { DEFAULT_WEBHOOK_POLL_MS, VERSION_ONLY_COLLECTIONS } from './defaults'
import { changesEndpoint } from './endpoints/changesEndpoint'
import { feedEndpoint } from './endpoints/feedEndpoint'
import { sitemapEndpoint } from './endpoints/sitemapEndpoint'
import { addPublicHtml, HTML_FIELDS, htmlFieldsOf } from './hooks/addPublicHtml'
import { bumpContentVersion, rememberInterpretations, trackChange, trackDelete } from './hooks/trackPublicChanges'
import { contentApiSettingsFields } from './settingsFields'
import type { ContentApiPluginOptions } from './types'
import { startWebhookDispatcher } from './webhooks/webhookDispatcher'

const isTracked = (slug: string): slug is PublicChangeCollection => (PUBLIC_CHANGE_COLLECTIONS as readonly string[]).includes(slug)

const withHooks = (collection: CollectionConfig, enabled: boolean): CollectionConfig => {
  const { slug } = collection
  const html = slug in HTML_FIELDS
  const fields = html ? [...collection.fields, ...htmlFieldsOf(slug)] : collection.fields
  if (!enabled) return { ...collection, fields }
  const hooks = { ...collection.hooks }
  if (isTracked(slug)) {
    hooks.afterChange = [...(hooks.afterChange ?? []), trackChange(slug)]
    hooks.afterDelete = [...(hooks.afterDelete ?? []), trackDelete(slug)]
    if (slug === 'documents') hooks.beforeDelete = [...(hooks.beforeDelete ?? []), rememberInterpretations]
  } else if ((VERSION_ONLY_COLLECTIONS as readonly string[]).includes(slug)) {
    hooks.afterChange = [...(hooks.afterChange ?? []), bumpContentVersion]
    hooks.afterDelete = [...(hooks.afterDelete ?? []), bumpContentVersion]
  }
  if (html) hooks.afterRead = [...(hooks.afterRead ?? []), addPublicHtml(slug)]
  return { ...collection, fields, hooks }
}

export const contentApiPlugin =
  (options: ContentApiPluginOptions = {}) =>
  (config: Config): Config => {
    const enabled = options.enabled !== false
    const globals = (config.globals ?? []).map((global): GlobalConfig =>
      global.slug === 'settings'
        ? {
            ...global,
            fields: [...global.fields, ...contentApiSettingsFields],
            hooks: enabled ? { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), bumpContentVersion] } : global.hooks,
          }
        : global,
    )
    return {
      ...config,
      collections: [...(config.collections ?? []).map((c) => withHooks(c, enabled)), PublicChanges, WebhookDeliveries],
      globals,
      endpoints: enabled ? [...(config.endpoints ?? []), changesEndpoint, feedEndpoint, sitemapEndpoint] : config.endpoints,
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!enabled) return
        installAfterCommit(payload)
        await ensureSequenceRow({ payload }).catch((error) => payload.logger.debug({ err: error, msg: 'change log counter row not created yet' }))
        startWebhookDispatcher(payload, options.webhookPollMs ?? DEFAULT_WEBHOOK_POLL_MS)
      },
    }
  }
