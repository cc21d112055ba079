/**
 * Payload's GraphQL endpoint for the Express server. The same as @payloadcms/next's GRAPHQL_POST, but bound
 * to the server's own Payload instance key (STACK.md pitfall 10) instead of the one Next shares.
 */
import { configToSchema } from '@payloadcms/graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest, addLocalesToRequestFromData, createPayloadRequest, headersWithCors, logError, mergeHeaders,
  type SanitizedConfig,
} from 'payload'

type Schema = { schema: any; validationRules: (args: any) => any[] }

export const graphqlHandler = (config: Promise<SanitizedConfig> | SanitizedConfig, payloadInstanceCacheKey: string) => {
  let schema: Promise<Schema> | null = null
  return async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, payloadInstanceCacheKey, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    schema ??= (async () => (configToSchema as (c: unknown) => unknown)(await (config as Promise<unknown>)) as Schema)()
    const { schema: graphqlSchema, validationRules } = await schema
    const headers: Record<string, string> = {}
    const apiResponse = await createHandler({
      context: { headers, req },
      onOperation: async (_request, _args, result) => {
        if (!result.errors) return result
        const errors = result.errors.map((error) => {
          const status = (error.originalError as { status?: number } | undefined)?.status ?? 500
          logError({ err: error, payload })
          return {
            ...error.toJSON(),
            message: status === 500 && !payload.config.debug ? '服务器内部错误' : error.message,
            extensions: { ...(error.extensions ?? {}), statusCode: status },
          }
        })
        return { ...result, errors } as never
      },
      schema: graphqlSchema,
      validationRules: (_, args, defaultRules) => defaultRules.concat(validationRules(args)),
    })(originalRequest)
    const responseHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
    for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
    return new Response(apiResponse.body, {
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
      status: apiResponse.status,
    })
  }
}
