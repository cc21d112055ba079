/** Options of the content API plugin (change feed, build webhooks, feeds, public HTML). */
export type ContentApiPluginOptions = {
  /** A disabled plugin still adds its collections and settings fields (same schema) but no hooks, endpoints or worker. */
  enabled?: boolean
  /** How often the webhook worker looks for deliveries that are due (retries); new ones are sent at once. */
  webhookPollMs?: number
}
