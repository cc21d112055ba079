/**
 * Delivers build webhooks in the background: kicked after a commit that enqueued deliveries, and on a timer for
 * retries. Never awaited by a request, each POST has a timeout, all due deliveries go out concurrently, so a dead
 * or slow target delays nothing but its own deliveries. Targets on loopback or private addresses are refused at
 * connect time (postWebhook.ts). Delivery is at least once (several instances may race
 * for the same row); receivers treat the notice as "rebuild", which is idempotent.
 */
import type { Payload } from 'payload'
import { retryDelayMs, signBody } from '../../../domain/contentApi/webhookSignature'
import type { Id } from '../../../domain/ids'
import { WEBHOOK_DELIVERIES_SLUG } from '../defaults'
import { readSettings, type ContentApiSettings } from '../readSettings'
import { postWebhook, WebhookRefused } from './postWebhook'

type Delivery = { id: Id; url: string; body: string; attempts?: number | null; event?: string }
export type WebhookDispatcher = { kick: () => void; drain: () => Promise<void>; stop: () => void }

const dispatchers = new WeakMap<Payload, WebhookDispatcher>()

export const webhookDispatcher = (payload: Payload): WebhookDispatcher | undefined => dispatchers.get(payload)

export const startWebhookDispatcher = (payload: Payload, pollMs: number): WebhookDispatcher => {
  const existing = dispatchers.get(payload)
  if (existing) return existing
  const sending = new Set<string>()
  let running: Promise<void> | null = null
  let again = false
  let stopped = false

  const deliver = async (delivery: Delivery, settings: ContentApiSettings['webhooks']) => {
    const attempts = (delivery.attempts ?? 0) + 1
    const now = new Date()
    let status: number | null = null
    let error: string | null = null
    let refused = false
    try {
      const response = await postWebhook(
        delivery.url,
        delivery.body,
        {
          'content-type': 'application/json',
          'user-agent': 'Gongkai-Webhook/1',
          'x-gongkai-signature': signBody(settings.secret, delivery.body),
          'x-gongkai-event': delivery.event ?? '',
          'x-gongkai-delivery': String(delivery.id),
        },
        Math.max(100, settings.timeoutSeconds * 1000),
      )
      status = response.status
      if (status < 200 || status >= 300) error = `HTTP ${status}`
    } catch (caught) {
      const e = caught as Error & { code?: string; cause?: { code?: string } }
      // A target the address policy refuses now (its name re-pointed inside) is not retried.
      refused = caught instanceof WebhookRefused || e.cause instanceof WebhookRefused
      const code = e.code ?? e.cause?.code
      error = e.name === 'TimeoutError' ? `超时（${settings.timeoutSeconds} 秒）` : refused ? (e.cause instanceof WebhookRefused ? e.cause.message : e.message) : `${e.message}${code && !e.message.includes(code) ? ` (${code})` : ''}`
    }
    const data: Record<string, unknown> = { attempts, responseStatus: status, updatedAt: new Date().toISOString() }
    if (!error) Object.assign(data, { status: 'delivered', deliveredAt: new Date().toISOString(), lastError: null, nextAttemptAt: null })
    else if (refused || attempts >= settings.maxAttempts) Object.assign(data, { status: 'failed', lastError: error, nextAttemptAt: null })
    else Object.assign(data, { status: 'retrying', lastError: error, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, settings.retryBaseSeconds)).toISOString() })
    await payload.db.updateOne({ collection: WEBHOOK_DELIVERIES_SLUG, id: delivery.id, data })
    if (error) payload.logger.warn({ msg: `webhook delivery failed: ${error}`, delivery: delivery.id, url: delivery.url, attempts })
  }

  const drainOnce = async () => {
    const settings = (await readSettings(payload)).webhooks
    const { docs } = await payload.db.find<Delivery>({
      collection: WEBHOOK_DELIVERIES_SLUG,
      where: { and: [{ status: { in: ['pending', 'retrying'] } }, { nextAttemptAt: { less_than_equal: new Date().toISOString() } }] },
      sort: 'nextAttemptAt',
      limit: 100,
      pagination: false,
    })
    const due = docs.filter((d) => !sending.has(String(d.id)))
    // Not awaited: a slow target must not hold up the next pass (and the other targets' deliveries).
    for (const delivery of due) {
      sending.add(String(delivery.id))
      void deliver(delivery, settings)
        .catch((error) => payload.logger.error({ err: error, msg: 'webhook delivery bookkeeping failed', delivery: delivery.id }))
        .finally(() => sending.delete(String(delivery.id)))
    }
  }

  const drain = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        try {
          await drainOnce()
        } catch (error) {
          if (!stopped) payload.logger.error({ err: error, msg: 'webhook worker pass failed' })
        }
      } while (again && !stopped)
    })().finally(() => {
      running = null
    })
    return running
  }

  const timer = setInterval(() => void drain(), pollMs)
  timer.unref()
  const dispatcher: WebhookDispatcher = {
    kick: () => {
      if (!stopped) setImmediate(() => void drain())
    },
    drain,
    stop: () => {
      stopped = true
      clearInterval(timer)
    },
  }
  dispatchers.set(payload, dispatcher)
  return dispatcher
}
