/** The Express application in front of Payload and Next: health, headers, limits, REST/GraphQL, then the admin. */
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { sendWebResponse, toWebRequest } from './fetchBridge'
import { graphqlHandler } from './graphqlHandler'
import { publicCache, type PublicCacheOptions } from './publicCache'
import { rateLimit } from './rateLimit'
import { securityHeaders } from './securityHeaders'

export const SERVER_PAYLOAD_KEY = 'server'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Next's request handler for the admin; absent in API-only mode (tests, `GONGKAI_ADMIN=false`). */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  limits?: { loginPerWindow?: number; loginWindowMs?: number; publicReadsPerMinute?: number; staffReadsPerMinute?: number }
  production?: boolean
  /** The anonymous read cache and ETags (src/server/publicCache.ts). */
  cache?: PublicCacheOptions
}

const hasCredentials = (req: Request): boolean =>
  Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

export const createApp = ({ payload, config, nextHandler, limits = {}, production = false, cache = {} }: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')
  app.use(securityHeaders({ production }))

  // Chinese for everyone who has not picked a language in the admin (STACK.md pitfall 7): English is opt-in.
  app.use((req, _res, next) => {
    if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'zh-CN,zh;q=0.9'
    next()
  })

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([
        payload.count({ collection: 'departments', overrideAccess: true }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000).unref()),
      ])
      res.json({ status: 'ok', database: 'ok' })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'readiness check failed' })
      res.status(503).json({ status: 'unavailable', database: 'unreachable', errors: [{ message: '数据库不可用' }] })
    }
  })

  const loginLimit = rateLimit({
    windowMs: limits.loginWindowMs ?? 15 * 60 * 1000,
    max: limits.loginPerWindow ?? Number(process.env.LOGIN_RATE_LIMIT || 10),
    message: '登录尝试过于频繁，请15分钟后再试',
  })
  app.post(['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password'], loginLimit)

  const publicReads = rateLimit({ windowMs: 60_000, max: limits.publicReadsPerMinute ?? Number(process.env.PUBLIC_RATE_LIMIT || 600) })
  const staffReads = rateLimit({ windowMs: 60_000, max: limits.staffReadsPerMinute ?? Number(process.env.STAFF_RATE_LIMIT || 3000) })
  app.use('/api', (req, res, next) => {
    if (req.method !== 'GET' && !(req.method === 'POST' && req.path === '/graphql')) return next()
    return hasCredentials(req) ? staffReads(req, res, next) : publicReads(req, res, next)
  })

  const anonymousReads = publicCache(payload, cache)
  const graphql = graphqlHandler(config, SERVER_PAYLOAD_KEY)
  app.post('/api/graphql', async (req, res, next) => {
    try {
      await sendWebResponse(await graphql(toWebRequest(req)), res)
    } catch (error) {
      next(error)
    }
  })

  app.use('/api', async (req, res, next) => {
    if (req.path.startsWith('/graphql-playground')) return next()
    try {
      const respond = () => {
        const request = toWebRequest(req)
        return handleEndpoints({ config, path: new URL(request.url).pathname, payloadInstanceCacheKey: SERVER_PAYLOAD_KEY, request })
      }
      if (anonymousReads.applies(req)) await anonymousReads.serve(req, res, respond)
      else {
        if (req.method === 'GET') res.setHeader('Cache-Control', 'private, no-store')
        await sendWebResponse(await respond(), res)
      }
    } catch (error) {
      next(error)
    }
  })

  if (nextHandler) {
    app.use((req, res, next) => {
      nextHandler(req, res).catch(next)
    })
  } else {
    app.use((_req, res) => {
      res.status(404).json({ errors: [{ message: '未找到该页面' }] })
    })
  }

  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    payload.logger.error({ err: error, msg: 'unhandled request error' })
    if (!res.headersSent) res.status(500).json({ errors: [{ message: '服务器内部错误' }] })
  })
  return app
}
