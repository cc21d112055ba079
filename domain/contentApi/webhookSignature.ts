/** HMAC-SHA256 signatures of build-webhook bodies (`X-Gongkai-Signature: sha256=<hex>`) and the retry schedule. */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const signBody = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`

export const verifySignature = (secret: string, body: string, header: string | null | undefined): boolean => {
  if (!header) return false
  const expected = Buffer.from(signBody(secret, body))
  const given = Buffer.from(header)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Delay before attempt `attempt + 1` after `attempt` failures: base · 2^(attempt-1), capped at one hour. */
export const retryDelayMs = (attempt: number, baseSeconds: number): number =>
  Math.min(3_600_000, Math.round(baseSeconds * 1000 * 2 ** Math.max(0, attempt - 1)))
