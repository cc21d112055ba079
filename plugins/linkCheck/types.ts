/** Options of the link-check plugin (错链检查: published bodies and attachments, on a schedule). */
import type { Where } from 'payload'
import type { UserModel } from '../../domain/actors'

/** One collection whose published items are checked. */
export type LinkSource = {
  /** Slug of the collection. */
  collection: string
  /** The items the public reads (e.g. published and 主动公开/部分公开); only their links are checked. */
  where: Where
  /**
   * The rich-text fields of an item the public reads, by the item (a 部分公开 item publishes its 公开文本 only).
   * Default `['body']`.
   */
  textFields?: (item: Record<string, unknown>) => string[]
  /** A relation to the upload collection (attachments). */
  attachmentsField?: string
  /** The item's department (its notices go there). Default `'department'`. */
  departmentField?: string
  /** Default `'title'`. */
  titleField?: string
}

export type LinkCheckPluginOptions = {
  sources: readonly LinkSource[]
  /** The upload collection attachments and file links name (default 'media'). */
  uploads?: string
  /** The portal's own addresses that always count as internal (e.g. SERVER_URL), besides the setting. */
  portalOrigins?: readonly string[]
  /** The settings global that receives the 链接检查 group (default 'settings'). */
  settingsGlobal?: string
  /** The departments collection the results name (default 'departments'), or false for a text field. */
  departments?: string | false
  /** false: no schedule (`runLinkCheck` still runs it); `cron` overrides the setting. Needs the scheduler plugin. */
  schedule?: { cron?: string; timezone?: string } | false
  /** false: the collection and settings stay (same schema) but no schedule. */
  enabled?: boolean
  users?: Partial<UserModel>
}
