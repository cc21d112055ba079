/** A fixed-window rate limiter per client IP, in process memory; answers 429 with a Chinese message. */
import type { NextFunction, Request, Response } from 'express'
import { messageOf } from '../../domain/errors'

export type RateLimitOptions = { windowMs: number; max: number; message?: string }

export type RateLimiter = ((req: Request, res: Response, next: NextFunction) => void) & {
  /** Counts `cost` hits (e.g. one per aliased login mutation); false after it has answered 429. */
  consume: (req: Request, res: Response, cost?: number) => boolean
}

export const rateLimit = ({ windowMs, max, message = messageOf('app.rate-limited') }: RateLimitOptions): RateLimiter => {
  const hits = new Map<string, { count: number; resetAt: number }>()
  const sweep = setInterval(() => {
    const now = Date.now()
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key)
  }, windowMs)
  sweep.unref()
  const consume = (req: Request, res: Response, cost = 1): boolean => {
    const key = req.ip || req.socket.remoteAddress || 'unknown'
    const now = Date.now()
    let entry = hits.get(key)
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs }
      hits.set(key, entry)
    }
    entry.count += Math.max(1, cost)
    res.setHeader('RateLimit-Limit', String(max))
    res.setHeader('RateLimit-Remaining', String(Math.max(0, max - entry.count)))
    if (entry.count > max) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)))
      res.status(429).json({ errors: [{ message }] })
      return false
    }
    return true
  }
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (consume(req, res)) next()
  }
  return Object.assign(middleware, { consume })
}
