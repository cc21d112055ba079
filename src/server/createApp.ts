/**
 * The Express application in front of Payload and Next — the one HTTP door (docs/security.md → HTTP 入口):
 * headers, one reading of the path, CSRF, limits, body caps, the anonymous cache, REST/GraphQL, then the admin.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { parse as parseGraphql } from 'graphql'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { codedError, CodedError, messageOf } from '../../domain/errors'
import { countFields } from '../../domain/http/graphqlCost'
import { isDatabaseUnavailable } from '../../domain/http/databaseUnavailable'
import { canonicalPathKey, isLoginRoute, LOGIN_MUTATION_PREFIXES, normalizeRequestUrl } from '../../domain/http/requestPath'
import { beijingClockTime, minutesUntil } from '../../domain/security/loginRetry'
import { isVerifiedStaff } from './clientIdentity'
import { csrfGuard } from './csrfGuard'
import { detectUnreachableSignIn, withDatabaseVerdict } from './databaseUnavailable'
import { sendWebResponse, toWebRequest } from './fetchBridge'
import { graphqlHandler } from './graphqlHandler'
import { graphqlLoginAccounts, restLoginAccount } from './loginAccounts'
import { httpSettings, type HttpSettings } from './httpSettings'
import { publicCache, type PublicCacheOptions } from './publicCache'
import { publicRenditions, type PublicRenditionsOptions } from './publicRenditions'
import { rateLimit } from './rateLimit'
import { bodyKind, bodyTooLarge, parseJsonBody, readBody } from './requestBody'
import { securityHeaders } from './securityHeaders'
import { configuredServerUrl } from './selfOrigin'

export const SERVER_PAYLOAD_KEY = 'server'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Next's request handler for the admin; absent in API-only mode (tests, `GONGKAI_ADMIN=false`). */
  nextHandler?: (req: Request, res: Response) => Promise<void>
  /** Overrides of the door's numbers (src/server/httpSettings.ts reads them from the environment). */
  limits?: Partial<HttpSettings>
  production?: boolean
  /** The anonymous read cache and ETags (src/server/publicCache.ts). */
  cache?: PublicCacheOptions
  /** Anonymous lists and by-id reads from per-item renditions (src/server/publicRenditions.ts). */
  renditions?: PublicRenditionsOptions
}

type DoorRequest = Request & { gongkaiBody?: Buffer }

const METHOD_OVERRIDE = ['x-payload-http-method-override', 'x-http-method-override']
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `retryAfterSeconds`: of every 503 the door sends (the database or the server busy or unreachable). */
const refusal = (retryAfterSeconds: number) => (res: Response, { status, message }: CodedError): void => {
  if (status === 413) res.setHeader('Connection', 'close')
  if (status === 503) res.setHeader('Retry-After', String(retryAfterSeconds))
  res.status(status).json({ errors: [{ message }] })
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/')

/** GraphQL mutations that try a password or send a mail: `loginUser`, `forgotPasswordUser`, … of any auth collection. */
const LOGIN_MUTATION = new RegExp(`^(${LOGIN_MUTATION_PREFIXES.join('|')})[A-Z]`)
/** … of which these try a password, and count for the account they name too. */
const PASSWORD_MUTATION = /^login[A-Z]/

/** A query parameter Payload would JSON-parse (`where`, `data`) that is not a JSON object: Payload answers 500. */
const malformedJsonParam = (url: string): CodedError | null => {
  const search = new URLSearchParams(url.split('?')[1] ?? '')
  for (const name of ['where', 'data']) {
    for (const value of search.getAll(name)) {
      if (!value) continue
      let parsed: unknown = null
      try {
        parsed = JSON.parse(value)
      } catch {
        // Not JSON at all: refused below like any other non-object.
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return codedError('app.query-param-not-json', name)
    }
  }
  return null
}

export const createApp = ({ payload, config, nextHandler, limits = {}, production = false, cache = {}, renditions = {} }: AppOptions): Express => {
  const settings = httpSettings(limits)
  const refuse = refusal(settings.retryAfterSeconds)
  // With the database down, a valid session must not pass for an anonymous visitor (src/server/databaseUnavailable.ts).
  detectUnreachableSignIn(payload)
  const serverUrl = configuredServerUrl()
  const authCollections = payload.config.collections.filter((c) => c.auth).map((c) => c.slug)
  const app = express()
  app.disable('x-powered-by')
  // Payload matches paths case-sensitively; so does the door (`/API/…` is not the API and reaches no handler of it).
  app.set('case sensitive routing', true)
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')
  // The client address for Payload's hooks (security log, login delay per address; plugins/security CLIENT_IP_HEADER), never the client's own claim.
  app.use((req, _res, next) => ((req.headers['x-gongkai-client-ip'] = req.ip || req.socket.remoteAddress || 'unknown'), next()))
  app.use(securityHeaders({ production }))

  // One reading of the path for every layer (fetch sends `/api/users/./login` as `/api/users/login`): Payload routes on the WHATWG-normalised path.
  app.use((req, _res, next) => {
    if (req.url !== '*') {
      const normalized = normalizeRequestUrl(req.url)
      req.url = normalized
      req.originalUrl = normalized
    }
    next()
  })

  // Chinese for everyone who has not picked a language in the admin (it goes by cookie, then Accept-Language): English is opt-in.
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
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), settings.readinessTimeoutMs).unref()),
      ])
      res.json({ status: 'ok', database: 'ok' })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'readiness check failed' })
      res.setHeader('Retry-After', String(settings.retryAfterSeconds))
      res.status(503).json({ status: 'unavailable', database: 'unreachable', errors: [{ message: messageOf('app.database-unavailable') }] })
    }
  })

  app.use(csrfGuard({ serverUrl }))

  // Two login limits, counted apart: per client address, high enough for a county office behind one NAT address, and
  // per account, low enough to stop guessing one password; a login that succeeds does not count against its account.
  const loginLimit = rateLimit({
    windowMs: settings.loginWindowMs,
    max: settings.loginPerWindow,
    message: (retryAt, now) => messageOf('app.login-rate-limited-ip', String(minutesUntil(retryAt, now))),
  })
  const accountLimit = rateLimit({
    windowMs: settings.loginWindowMs,
    max: settings.loginPerAccountPerWindow,
    advertise: false,
    message: (retryAt) => messageOf('app.login-rate-limited-account', beijingClockTime(retryAt)),
  })
  const passwordLoginPaths = new Set(authCollections.map((slug) => `/api/${slug}/login`))
  const publicReads = rateLimit({ windowMs: 60_000, max: settings.publicReadsPerMinute })
  const staffReads = rateLimit({ windowMs: 60_000, max: settings.staffReadsPerMinute })
  // 依申请公开 through the portal: per client address (the plugin also limits per applicant).
  const publicApplications = rateLimit({ windowMs: 3_600_000, max: settings.publicApplicationsPerHour })

  // The API door: read and check the body, turn method-override reads into reads, count logins and reads.
  app.use(async (request, res, next) => {
    const req = request as DoorRequest
    if (!isApiPath(req.path)) return next()
    try {
      const staff = isVerifiedStaff(payload, req)
      const override = req.method === 'POST' && METHOD_OVERRIDE.some((name) => String(req.headers[name] ?? '').toUpperCase() === 'GET')
      if (!READ_METHODS.has(req.method)) {
        const kind = bodyKind(req)
        if (kind === 'other' || (kind === 'urlencoded' && !override)) return refuse(res, codedError('app.body-unsupported'))
        if (kind !== 'none') {
          const limit = !staff ? settings.anonymousBodyBytes : kind === 'multipart' ? settings.uploadBodyBytes : settings.staffBodyBytes
          req.gongkaiBody = await readBody(req, limit)
          if (kind === 'json' && req.gongkaiBody.length > 0) parseJsonBody(req.gongkaiBody)
        }
        if (override && kind === 'urlencoded') {
          // Payload's admin asks for long lists this way; served exactly as the GET it stands for.
          const [path, query] = req.url.split('?')
          const extra = (req.gongkaiBody ?? Buffer.alloc(0)).toString('utf8')
          req.url = req.originalUrl = `${path}?${[query, extra].filter(Boolean).join('&')}`
          req.method = 'GET'
          for (const name of [...METHOD_OVERRIDE, 'content-type', 'content-length', 'transfer-encoding']) delete req.headers[name]
          req.gongkaiBody = undefined
        }
      }
      if (req.method === 'POST' && isLoginRoute(req.path, authCollections) && !loginLimit.consume(req, res)) return
      if (req.method === 'POST' && canonicalPathKey(req.path) === '/api/public/applications' && !publicApplications.consume(req, res)) return
      if (req.method === 'POST' && passwordLoginPaths.has(canonicalPathKey(req.path))) {
        const account = restLoginAccount(req.gongkaiBody, String(req.headers['content-type'] ?? ''))
        if (account && !accountLimit.consume(req, res, 1, account)) return
        if (account) {
          res.on('finish', () => {
            if (res.statusCode < 400) accountLimit.refund(account)
          })
        }
      }
      const graphql = req.method === 'POST' && req.path === '/api/graphql'
      if (graphql && req.gongkaiBody) {
        const { query, variables } = (parseJsonBody(req.gongkaiBody) as { query?: unknown; variables?: unknown } | null) ?? {}
        if (typeof query === 'string') {
          let attempts = 0
          let accounts: string[] = []
          try {
            const document = parseGraphql(query, { maxTokens: settings.graphql.staff.maxTokens })
            attempts = countFields(document, (name) => LOGIN_MUTATION.test(name))
            accounts = graphqlLoginAccounts(document, variables, (name) => PASSWORD_MUTATION.test(name))
          } catch {
            // Not a valid document: the GraphQL handler answers with the syntax error.
          }
          if (attempts > 0 && !loginLimit.consume(req, res, attempts)) return
          // GraphQL answers 200 to a failed login too, so here every attempt counts against its account.
          for (const account of new Set(accounts)) {
            if (!accountLimit.consume(req, res, accounts.filter((a) => a === account).length, account)) return
          }
        }
      }
      const read = req.method === 'GET' || req.method === 'HEAD' || graphql || override
      if (read && !(staff ? staffReads : publicReads).consume(req, res)) return
      if (req.method === 'GET' || req.method === 'HEAD') {
        const problem = malformedJsonParam(req.originalUrl)
        if (problem) return refuse(res, problem)
      }
      next()
    } catch (error) {
      if (error instanceof CodedError) return refuse(res, error)
      next(error)
    }
  })

  const anonymousReads = publicCache(payload, cache)
  const renditionReads = publicRenditions(config, SERVER_PAYLOAD_KEY, anonymousReads.version, renditions)
  const graphql = graphqlHandler(config, SERVER_PAYLOAD_KEY, settings)
  app.post('/api/graphql', async (request, res, next) => {
    const req = request as DoorRequest
    try {
      await sendWebResponse(withDatabaseVerdict(await graphql(toWebRequest(req, { body: req.gongkaiBody ?? Buffer.alloc(0) })), settings.retryAfterSeconds), res)
    } catch (error) {
      next(error)
    }
  })

  app.use('/api', async (request, res, next) => {
    const req = request as DoorRequest
    if (req.path.startsWith('/graphql-playground')) return next()
    try {
      const respond = (anonymous: boolean) => async () => {
        const web = toWebRequest(req, { body: req.gongkaiBody ?? (READ_METHODS.has(req.method) ? undefined : Buffer.alloc(0)), anonymous })
        const response = await handleEndpoints({ config, path: new URL(web.url).pathname, payloadInstanceCacheKey: SERVER_PAYLOAD_KEY, request: web })
        return withDatabaseVerdict(response, settings.retryAfterSeconds)
      }
      if (anonymousReads.applies(req)) await anonymousReads.serve(req, res, () => renditionReads.respond(req, respond(true)))
      else {
        if (req.method === 'GET') res.setHeader('Cache-Control', 'private, no-store')
        await sendWebResponse(await respond(false)(), res)
      }
    } catch (error) {
      next(error)
    }
  })

  // Everything else is Next (the admin): the same body caps, by declared length (Next reads the body itself).
  app.use((req, res, next) => {
    if (READ_METHODS.has(req.method)) return next()
    const staff = isVerifiedStaff(payload, req)
    const limit = staff ? settings.uploadBodyBytes : settings.anonymousBodyBytes
    const declared = req.headers['content-length']
    if (declared === undefined && req.headers['transfer-encoding'] !== undefined && !staff) return refuse(res, codedError('app.body-length-required'))
    if (declared !== undefined && Number(declared) > limit) return refuse(res, bodyTooLarge(limit))
    next()
  })

  if (nextHandler) {
    app.use((req, res, next) => {
      nextHandler(req, res).catch(next)
    })
  } else {
    app.use((_req, res) => {
      refuse(res, codedError('app.not-found'))
    })
  }

  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    const unreachable = isDatabaseUnavailable(error)
    payload.logger.error({ err: error, msg: unreachable ? 'database unreachable' : 'unhandled request error' })
    if (!res.headersSent) refuse(res, codedError(unreachable ? 'app.database-unavailable' : 'app.internal'))
  })
  return app
}

