/**
 * One webhook POST over node:http(s), connecting only to addresses the URL check allows: the host name is
 * resolved here and every address it resolves to is checked at connect time, so a name that pointed outside when
 * the URL was saved cannot be re-pointed at 127.0.0.1 or the intranet later (DNS rebinding). Redirects are not followed.
 */
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { isForbiddenAddress, webhookUrlProblem, WEBHOOK_URL_PRIVATE } from '../../../domain/http/privateAddress'
import { webhookUrlOptions } from '../webhookUrlOptions'

export class WebhookRefused extends Error {}

export type WebhookResponse = { status: number }

const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, list) => {
      if (error) return callback(error, '', 0)
      const refused = !allowPrivate && list.some((entry) => isForbiddenAddress(entry.address))
      if (refused || list.length === 0) return callback(new WebhookRefused(`${WEBHOOK_URL_PRIVATE}（${hostname} 解析为 ${list.map((e) => e.address).join('、')}）`), '', 0)
      if (options.all) return callback(null, list)
      callback(null, list[0].address, list[0].family)
    })
  }

export const postWebhook = (url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<WebhookResponse> => {
  const options = webhookUrlOptions()
  const problem = webhookUrlProblem(url, options)
  if (problem) return Promise.reject(new WebhookRefused(problem))
  const target = new URL(url)
  const literal = target.hostname.replace(/^\[|\]$/g, '')
  if (!options.allowPrivate && isForbiddenAddress(literal)) return Promise.reject(new WebhookRefused(WEBHOOK_URL_PRIVATE))
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(Boolean(options.allowPrivate)),
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }))
        response.on('error', reject)
      },
    )
    const timer = setTimeout(() => {
      const timeout = new Error(`timeout after ${timeoutMs} ms`)
      timeout.name = 'TimeoutError'
      request.destroy(timeout)
    }, timeoutMs)
    timer.unref()
    request.on('error', reject)
    request.on('close', () => clearTimeout(timer))
    request.end(body)
  })
}
