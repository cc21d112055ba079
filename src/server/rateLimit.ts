/**
 * A fixed-window rate limiter, in process memory, per client IP or per any key the caller names (an account);
 * answers 429 in Payload's own error shape (`{ errors: [{ message }] }`, so the admin's forms show it) with a
 * Chinese message that may say when to retry, and a Retry-After header.
 */
import type { NextFunction, Request, Response } from 'express'
import { messageOf } from '../../domain/errors'

export type RateLimitOptions = {
  windowMs: number
  max: number
  /** The refusal, fixed or from the moment the window ends (a retry is let through from then on). */
  message?: string | ((retryAt: Date, now: Date) => string)
  /** Sends RateLimit-Limit / RateLimit-Remaining on every counted request (default true); a second limiter on the same request turns it off. */
  advertise?: boolean
}

export type RateLimiter = ((req: Request, res: Response, next: NextFunction) => void) & {
  /** Counts `cost` hits (e.g. one per aliased login mutation) on `key` (default: the client IP); false after it has answered 429. */
  consume: (req: Request, res: Response, cost?: number, key?: string) => boolean
  /** Takes back hits that should not count after all (a login that succeeded). */
  refund: (key: string, cost?: number) => void
}

export const clientKey = (req: Request): string => req.ip || req.socket.remoteAddress || 'unknown'

export const rateLimit = ({ windowMs, max, message = messageOf('app.rate-limited'), advertise = true }: RateLimitOptions): RateLimiter => {
  const hits = new Map<string, { count: number; resetAt: number }>()
  const sweep = setInterval(() => {
    const now = Date.now()
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key)
  }, windowMs)
  sweep.unref()
  const consume = (req: Request, res: Response, cost = 1, key = clientKey(req)): boolean => {
    const now = Date.now()
    let entry = hits.get(key)
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs }
      hits.set(key, entry)
    }
    entry.count += Math.max(1, cost)
    if (advertise) {
      res.setHeader('RateLimit-Limit', String(max))
      res.setHeader('RateLimit-Remaining', String(Math.max(0, max - entry.count)))
    }
    if (entry.count > max) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)))
      const text = typeof message === 'function' ? message(new Date(entry.resetAt), new Date(now)) : message
      res.status(429).json({ errors: [{ message: text }] })
      return false
    }
    return true
  }
  const refund = (key: string, cost = 1): void => {
    const entry = hits.get(key)
    if (!entry) return
    entry.count -= Math.max(1, cost)
    // Nothing left that counts: the next attempt opens a window of its own.
    if (entry.count <= 0) hits.delete(key)
  }
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (consume(req, res)) next()
  }
  return Object.assign(middleware, { consume, refund })
}
