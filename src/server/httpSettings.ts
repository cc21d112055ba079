/**
 * Every number of the HTTP door, from the environment over safe defaults (README → 配置, docs/security.md).
 * Read when the app is created, so a test can pass its own values through `createApp({ limits })`.
 */
import { publicMaxPageSize } from '../../domain/http/publicPageSize'

const num = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return process.env[name] !== undefined && process.env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback
}

export type HttpSettings = {
  /** Login, password-reset and unlock attempts per client address per window (an office behind one NAT address shares it). */
  loginPerWindow: number
  /** Login attempts per account (the email tried) per window that did not succeed. */
  loginPerAccountPerWindow: number
  loginWindowMs: number
  publicReadsPerMinute: number
  staffReadsPerMinute: number
  /** Largest request body from a client without a verified session (GraphQL queries, login, forms). */
  anonymousBodyBytes: number
  /** Largest JSON body from staff (documents with long rich text). */
  staffBodyBytes: number
  /** Largest multipart body from staff (file uploads). */
  uploadBodyBytes: number
  /** Anonymous GraphQL operations executing at once in this process; the rest wait in line. */
  anonymousGraphqlConcurrency: number
  /** How long an anonymous GraphQL operation may wait in line before a 503. */
  anonymousGraphqlQueueMs: number
  graphql: { anonymous: GraphqlLimits; staff: GraphqlLimits }
  /** Applications for disclosure one client address may file through `POST /api/public/applications` in an hour. */
  publicApplicationsPerHour: number
  /** Largest page an anonymous REST or GraphQL query gets; `limit=0` ("all") means this many. */
  publicMaxPageSize: number
  /** Retry-After (seconds) of a 503: the database unreachable (a restart, a failover) or the server busy. */
  retryAfterSeconds: number
  /** How long `/readyz` waits for the database before answering 503. */
  readinessTimeoutMs: number
}

export type GraphqlLimits = { maxAliases: number; maxDepth: number; maxTokens: number; maxCost: number }

export const httpSettings = (overrides: Partial<HttpSettings> = {}): HttpSettings => ({
  loginPerWindow: num('LOGIN_RATE_LIMIT', 100),
  loginPerAccountPerWindow: num('LOGIN_ACCOUNT_RATE_LIMIT', 10),
  loginWindowMs: num('LOGIN_RATE_WINDOW_MS', 15 * 60 * 1000),
  publicReadsPerMinute: num('PUBLIC_RATE_LIMIT', 600),
  publicApplicationsPerHour: num('PUBLIC_APPLICATION_LIMIT', 20),
  staffReadsPerMinute: num('STAFF_RATE_LIMIT', 3000),
  anonymousBodyBytes: num('ANONYMOUS_BODY_LIMIT', 64 * 1024),
  staffBodyBytes: num('STAFF_BODY_LIMIT', 10 * 1024 * 1024),
  uploadBodyBytes: num('UPLOAD_BODY_LIMIT', 100 * 1024 * 1024),
  anonymousGraphqlConcurrency: Math.max(1, num('GRAPHQL_ANONYMOUS_CONCURRENCY', 2)),
  anonymousGraphqlQueueMs: num('GRAPHQL_ANONYMOUS_QUEUE_MS', 3000),
  graphql: {
    anonymous: {
      maxAliases: num('GRAPHQL_MAX_ALIASES', 10),
      maxDepth: num('GRAPHQL_MAX_DEPTH', 8),
      maxTokens: num('GRAPHQL_MAX_TOKENS', 1000),
      maxCost: num('GRAPHQL_MAX_COST', 3000),
    },
    staff: {
      maxAliases: num('GRAPHQL_STAFF_MAX_ALIASES', 50),
      maxDepth: num('GRAPHQL_STAFF_MAX_DEPTH', 15),
      maxTokens: num('GRAPHQL_STAFF_MAX_TOKENS', 10_000),
      maxCost: num('GRAPHQL_STAFF_MAX_COST', 100_000),
    },
  },
  publicMaxPageSize: publicMaxPageSize(),
  retryAfterSeconds: num('RETRY_AFTER_SECONDS', 5),
  readinessTimeoutMs: num('READINESS_TIMEOUT_MS', 5000),
  ...overrides,
})
