/** Defaults of the content API plugin: Gongkai's values, which a host overrides through the options (types.ts). */
import { publicTextOf } from '../../domain/publicDefinition'
import type { FeedOptions, Row, SitePath } from './types'

export const DEFAULT_WEBHOOK_POLL_MS = Number(process.env.WEBHOOK_POLL_MS || 2000)

/** The plugin's own collections. */
export const PUBLIC_CHANGES_SLUG = 'public-changes'
export const WEBHOOK_DELIVERIES_SLUG = 'webhook-deliveries'

export const DEFAULT_SETTINGS_GLOBAL = 'settings'

/** Departments and media reach public responses (populated names, files) without being feed items. */
export const DEFAULT_VERSION_COLLECTIONS = ['departments', 'media']

/** Defaults of the settings fields (系统设置 → 公开网站, 静态站点构建通知). */
export const CONTENT_API_DEFAULTS = {
  feedItems: 20,
  webhookMaxAttempts: 8,
  webhookRetryBaseSeconds: 30,
  webhookTimeoutSeconds: 10,
} as const

export const DEFAULT_SITE_PATHS: Record<string, SitePath> = {
  documentPath: { label: '政府信息页面路径', defaultValue: '/documents/{id}/' },
  interpretationPath: { label: '政策解读页面路径', defaultValue: '/interpretations/{id}/' },
  columnPath: { label: '栏目页面路径', defaultValue: '/columns/{slug}/' },
  newMediaPath: { label: '政务新媒体目录路径', defaultValue: '/new-media/' },
}

export const DEFAULT_SITEMAP_PAGES = ['newMediaPath']

export const DEFAULT_FEED: FeedOptions = {
  groups: { collection: 'columns', slugField: 'slug', titleField: 'title', sitePath: 'columnPath' },
  items: { collection: 'documents', groupField: 'column', dateField: 'publishedAt', titleField: 'title', sitePath: 'documentPath' },
  textOf: (row: Row) => publicTextOf(row),
  describe: (title) => `${title}（政府信息公开）`,
}
