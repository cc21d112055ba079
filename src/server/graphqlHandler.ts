/**
 * Payload's GraphQL endpoint for the Express server. The same as @payloadcms/next's GRAPHQL_POST, but bound
 * to the server's own Payload instance key instead of the one Next shares (with Next's, REST errors lose
 * their field paths), and with the cost limits of the HTTP door: tokens, aliases, depth and a cost that counts
 * pages as they will be returned (domain/http/graphqlCost.ts), stricter for anonymous clients, whose
 * operations also run at most `anonymousGraphqlConcurrency` at a time so that a burst of heavy queries cannot
 * hold up everyone else.
 */
import { configToSchema } from '@payloadcms/graphql'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type Source, type ValidationContext, type ValidationRule } from 'graphql'
import { createComplexityRule } from 'graphql-query-complexity'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest, addLocalesToRequestFromData, createPayloadRequest, headersWithCors, logError, mergeHeaders,
  type SanitizedConfig,
} from 'payload'
import { messageOf } from '../../domain/errors'
import { isDatabaseUnavailable } from '../../domain/http/databaseUnavailable'
import { DATABASE_UNAVAILABLE_HEADER } from './databaseUnavailable'
import { payloadCostEstimator } from '../../domain/http/graphqlCost'
import type { GraphqlLimits, HttpSettings } from './httpSettings'
import { semaphore, SemaphoreTimeout } from './semaphore'

type Schema = ReturnType<typeof configToSchema>

export const GRAPHQL_TOO_MANY_TOKENS = (n: number) => messageOf('app.graphql-too-many-tokens', String(n))
export const GRAPHQL_TOO_MANY_ALIASES = (n: number) => messageOf('app.graphql-too-many-aliases', String(n))
export const GRAPHQL_TOO_DEEP = (n: number) => messageOf('app.graphql-too-deep', String(n))
export const GRAPHQL_TOO_COSTLY = (max: number, actual: number) => messageOf('app.graphql-too-costly', String(max), String(actual))
export const GRAPHQL_BUSY = messageOf('app.server-busy')

const TOKEN_MARKER = 'gongkai-token-limit'
/** Staff may ask for `limit: 0` and get everything; counted as this many items. */
const STAFF_UNBOUNDED_PAGE = 1000

/** graphql-armor's rules throw by default (a 500); report a plain Chinese validation error instead. */
const reportAs = (message: string) => ({
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(new GraphQLError(message))],
})

/** How many rules `rulesFor` returns (they run first, on their own). */
const LIMIT_RULES = 3

const rulesFor = (limits: GraphqlLimits, unboundedPage: number, variables: Record<string, unknown> | undefined): ValidationRule[] => [
  maxAliasesRule({ n: limits.maxAliases, ...reportAs(GRAPHQL_TOO_MANY_ALIASES(limits.maxAliases)) }),
  maxDepthRule({ n: limits.maxDepth, ...reportAs(GRAPHQL_TOO_DEEP(limits.maxDepth)) }),
  createComplexityRule({
    maximumComplexity: limits.maxCost,
    variables: variables ?? {},
    estimators: [payloadCostEstimator({ unboundedPage })],
    createError: (max, actual) => new GraphQLError(GRAPHQL_TOO_COSTLY(max, actual)),
  }),
]

const parserFor = (maxTokens: number) => (source: string | Source): DocumentNode => {
  try {
    return new MaxTokensParserWLexer(source, { n: maxTokens, exposeLimits: false, errorMessage: TOKEN_MARKER }).parseDocument()
  } catch (error) {
    if (error instanceof GraphQLError && error.message.includes(TOKEN_MARKER)) throw new GraphQLError(GRAPHQL_TOO_MANY_TOKENS(maxTokens))
    throw error
  }
}

export const graphqlHandler = (config: Promise<SanitizedConfig> | SanitizedConfig, payloadInstanceCacheKey: string, settings: HttpSettings) => {
  let schema: Promise<Schema> | null = null
  const anonymousSlots = semaphore(settings.anonymousGraphqlConcurrency)
  return async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, payloadInstanceCacheKey, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    schema ??= (async () => configToSchema(await config))()
    const { schema: graphqlSchema, validationRules } = await schema
    const anonymous = !req.user
    const limits = anonymous ? settings.graphql.anonymous : settings.graphql.staff
    const unboundedPage = anonymous ? settings.publicMaxPageSize : STAFF_UNBOUNDED_PAGE
    let release = () => {}
    if (anonymous) {
      try {
        release = await anonymousSlots.acquire(settings.anonymousGraphqlQueueMs)
      } catch (error) {
        if (!(error instanceof SemaphoreTimeout)) throw error
        return Response.json({ errors: [{ message: GRAPHQL_BUSY }] }, { status: 503, headers: { 'retry-after': '1' } })
      }
      // Let requests that arrived meanwhile (light reads) go first: on SQLite an operation runs without yielding.
      await new Promise((resolve) => setImmediate(resolve))
    }
    try {
      const headers: Record<string, string> = {}
      const apiResponse = await createHandler({
        context: { headers, req },
        parse: parserFor(limits.maxTokens),
        onOperation: async (_request, _args, result) => {
          if (!result.errors) return result
          const errors = result.errors.map((error) => {
            const status = (error.originalError as { status?: number } | undefined)?.status ?? 500
            logError({ err: error, payload })
            // The whole answer becomes the door's 503 (src/server/databaseUnavailable.ts).
            if (isDatabaseUnavailable(error.originalError)) headers[DATABASE_UNAVAILABLE_HEADER] = '1'
            return new GraphQLError(status === 500 && !payload.config.debug ? messageOf('app.internal') : error.message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              path: error.path,
              originalError: error.originalError,
              extensions: { ...error.extensions, statusCode: status },
            })
          })
          return { ...result, errors }
        },
        schema: graphqlSchema,
        validationRules: (_, args, defaultRules) => [
          ...rulesFor(limits, unboundedPage, args.variableValues as Record<string, unknown> | undefined),
          ...defaultRules,
          ...validationRules(args),
        ],
        // The limits first, alone: GraphQL's own rules (overlapping fields) grow with the square of the aliases, so a
        // refused query must not get that far.
        validate: (schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[] = []) => {
          const limitsOnly = rules.slice(0, LIMIT_RULES)
          const refused = validate(schema, document, limitsOnly)
          return refused.length > 0 ? refused : validate(schema, document, rules.slice(LIMIT_RULES))
        },
      })(originalRequest)
      const responseHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
      // The body is read inside the slot: a response is produced lazily while it streams.
      const body = await apiResponse.arrayBuffer()
      return new Response(body, {
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
        status: apiResponse.status,
      })
    } finally {
      release()
    }
  }
}
