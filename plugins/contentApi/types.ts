/** Options of the content API plugin (change feed, build webhooks, RSS, sitemap, public HTML). */
import type { PayloadRequest, Where } from 'payload'
import type { UserModel } from '../../domain/actors'
import type { Id } from '../../domain/ids'

/** A row as read from the database (depth 0, or depth 1 for a function rule). */
export type Row = { id: Id; [field: string]: unknown }

/**
 * Which rows anonymous readers may see: a `where` (evaluated by the database in the transaction of the change, like
 * an access rule), or a predicate over the row read with `overrideAccess` at depth 1. Leave it out to use the
 * collection's own anonymous read access — then the feed and the REST API agree by construction.
 */
export type PublicRule = Where | ((row: Row, req: PayloadRequest) => boolean | Promise<boolean>)

/** Another collection whose rows are public only while a row of this one is (an interpretation and its policy). */
export type Follower = {
  collection: string
  /** The follower's relation field pointing at this collection. */
  field: string
}

export type PublicCollectionOptions = {
  /** Label of the collection in the change log (系统管理 → 公开内容变更记录). */
  label: string
  public?: PublicRule
  /** Collections whose rows change public-ness with a row of this one: the feed re-evaluates them. */
  followers?: Follower[]
  /**
   * The row's page in the sitemap: the name of a site path setting (see `sitePaths`) whose `{field}` placeholders
   * are filled from the row (`/documents/{id}/`). Leave it out to keep the collection out of the sitemap.
   */
  sitemapPath?: string
  /** Rich-text fields served as HTML to HTTP readers: source field → name of the virtual HTML field. */
  richTextFields?: Record<string, string>
  /**
   * A staff preview of the item's public page (`GET /api/{collection}/:id/preview`, and the edit view's 预览 button,
   * or the 预览地址 setting's URL when set). Leave it out for no preview.
   */
  preview?: PreviewOptions
}

/** What the preview page shows of an item, besides its rich text (`richTextFields`) that the public may read. */
export type PreviewOptions = {
  /** Fields shown under their labels, in this order; each only where an anonymous reader may read it. Public fields only. */
  fields: string[]
  /** The page's title field; the collection's `useAsTitle` by default. */
  titleField?: string
}

/** RSS of a group's latest public items (`GET /api/public/{groups}/:slug/feed.xml`). */
export type FeedOptions = {
  /** The collection whose rows have a feed (found by `slug`) and its site path setting. */
  groups: { collection: string; slugField?: string; titleField?: string; sitePath: string }
  /** The items: their collection, the relation to the group, the newest first by `dateField`. */
  items: { collection: string; groupField: string; dateField: string; titleField?: string; sitePath: string }
  /** The rich text a public reader gets of an item (the description is its first 200 characters). */
  textOf?: (row: Row) => unknown
  /** The channel's description. */
  describe?: (title: string) => string
}

/** A text setting of 公开网站 (系统设置) holding a page path of the public site; placeholders `{id}`, `{slug}`… */
export type SitePath = { label: string; defaultValue: string }

export type ContentApiPluginOptions = {
  /** A disabled plugin still adds its collections and settings fields (same schema) but no hooks, endpoints or worker. */
  enabled?: boolean
  /** The collections of the change feed, by slug, in the order of the change log's select options. */
  collections: Record<string, PublicCollectionOptions>
  /** Collections whose changes reach anonymous responses without being feed items (bump the read cache's version). */
  versionCollections?: string[]
  /** The global that gets the plugin's settings fields; added, with those fields only, when the host has none. */
  settingsGlobal?: string
  /** Page paths of the public site, by setting name (schema: keep names and order once data exists). */
  sitePaths?: Record<string, SitePath>
  /** Site path settings listed in the sitemap as pages of their own, after the home page. */
  sitemapPages?: string[]
  /** The column feed; false for none. */
  feed?: FeedOptions | false
  /** Where the host keeps its staff users and their roles (who is staff, who is 网站管理员). */
  users?: Partial<UserModel>
  /** How often the webhook worker looks for deliveries that are due (retries); new ones are sent at once. */
  webhookPollMs?: number
}
