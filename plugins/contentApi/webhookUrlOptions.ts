/** What a build-webhook URL may point at: no private or own addresses unless `WEBHOOK_ALLOW_PRIVATE=true`. */
import type { WebhookUrlOptions } from '../../domain/http/privateAddress'

export const webhookUrlOptions = (): WebhookUrlOptions => {
  const own: string[] = []
  if (process.env.SERVER_URL) own.push(process.env.SERVER_URL)
  const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1'
  own.push(`http://${host.includes(':') ? `[${host}]` : host}:${Number(process.env.PORT || 3000)}`)
  return { allowPrivate: process.env.WEBHOOK_ALLOW_PRIVATE === 'true', ownOrigins: own }
}
