/** Refuses state-changing requests that carry a cookie but come from another site (403, Chinese), on every path. */
import type { NextFunction, Request, Response } from 'express'
import { crossSiteProblem } from '../../domain/http/originPolicy'
import { listeningAddress } from './selfOrigin'

const header = (req: Request, name: string): string | undefined => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export const csrfGuard = ({ serverUrl }: { serverUrl?: string }) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const problem = crossSiteProblem({
      method: req.method,
      hasCookie: Boolean(req.headers.cookie),
      origin: header(req, 'origin'),
      referer: header(req, 'referer'),
      secFetchSite: header(req, 'sec-fetch-site'),
      host: header(req, 'host'),
      serverUrl,
      listening: listeningAddress(req),
    })
    if (!problem) return next()
    res.setHeader('Connection', 'close')
    res.status(403).json({ errors: [{ message: problem }] })
  }
