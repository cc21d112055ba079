/** A fixed-window rate limiter per client IP, in process memory; answers 429 with a Chinese message. */
import type { NextFunction, Request, Response } from 'express'

export type RateLimitOptions = { windowMs: number; max: number; message?: string }

export const rateLimit = ({ windowMs, max, message = '请求过于频繁，请稍后再试' }: RateLimitOptions) => {
  const hits = new Map<string, { count: number; resetAt: number }>()
  const sweep = setInterval(() => {
    const now = Date.now()
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key)
  }, windowMs)
  sweep.unref()
  return (req: Request, res: Response, next: NextFunction): void => {
    const key = req.ip || req.socket.remoteAddress || 'unknown'
    const now = Date.now()
    let entry = hits.get(key)
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs }
      hits.set(key, entry)
    }
    entry.count += 1
    res.setHeader('RateLimit-Limit', String(max))
    res.setHeader('RateLimit-Remaining', String(Math.max(0, max - entry.count)))
    if (entry.count > max) {
      res.setHeader('Retry-After', String(Math.ceil((entry.resetAt - now) / 1000)))
      res.status(429).json({ errors: [{ message }] })
      return
    }
    next()
  }
}
