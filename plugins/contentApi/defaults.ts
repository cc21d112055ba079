export const DEFAULT_WEBHOOK_POLL_MS = Number(process.env.WEBHOOK_POLL_MS || 2000)

/** Defaults of the settings fields (系统设置 → 内容接口与构建通知). */
export const CONTENT_API_DEFAULTS = {
  feedItems: 20,
  documentPath: '/documents/{id}/',
  interpretationPath: '/interpretations/{id}/',
  columnPath: '/columns/{slug}/',
  newMediaPath: '/new-media/',
  webhookMaxAttempts: 8,
  webhookRetryBaseSeconds: 30,
  webhookTimeoutSeconds: 10,
} as const

/** Collections whose changes reach anonymous responses without being items of the feed themselves. */
export const VERSION_ONLY_COLLECTIONS = ['departments', 'media'] as const
