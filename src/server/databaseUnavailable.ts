/**
 * The HTTP door's answer when the database cannot be reached (docs/operations.md → 故障): 503, the Chinese message
 * of `app.database-unavailable` and Retry-After, for every request that needed the database, whether it failed in a
 * query (hooks/databaseUnavailable.ts maps Payload's error), in GraphQL, or already in signing in.
 *
 * Signing in is the subtle one: Payload's JWT strategy swallows every error, so with the database down a valid
 * session would be read as "nobody" and the request refused as 401/403, or a staff read served as an anonymous
 * one. The last strategy is therefore wrapped: a valid token that found no user, and a database that does not
 * answer a one-row lookup, mark the response, and the door answers it 503 instead. When the lookup does answer (the
 * database came back in between), the strategy is asked once more, so that nobody is signed out by the restart.
 */
import type { AuthStrategy, AuthStrategyFunctionArgs, CollectionSlug, Payload } from 'payload'
import { extractJWT } from 'payload'
import { ERRORS, messageOf } from '../../domain/errors'
import { isDatabaseUnavailable } from '../../domain/http/databaseUnavailable'
import { verifyPayloadToken } from './clientIdentity'

/** Internal mark on a response whose request found the database unreachable; never sent to the client. */
export const DATABASE_UNAVAILABLE_HEADER = 'x-gongkai-database-unavailable'

const STATUS = ERRORS['app.database-unavailable'].status

export const databaseUnavailableBody = () => ({ errors: [{ message: messageOf('app.database-unavailable') }] })

const tokenClaims = (token: string): { id?: unknown; collection?: unknown } => {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { id?: unknown; collection?: unknown }
  } catch {
    return {}
  }
}

/**
 * After the strategy found no user: 'unreachable' when the token is valid and the database does not answer the same
 * lookup, 'answered' when it does (the user is gone or the session ended, or the database just came back).
 */
const probe = async (payload: Payload, args: AuthStrategyFunctionArgs): Promise<'unreachable' | 'answered' | 'no-session'> => {
  const token = extractJWT({ headers: args.headers, payload })
  if (!token || !verifyPayloadToken(String(token), payload.secret)) return 'no-session'
  const { id, collection } = tokenClaims(String(token))
  if (typeof collection !== 'string' || !payload.collections[collection as CollectionSlug]) return 'no-session'
  try {
    await payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id as string | number } } })
    return 'answered'
  } catch (error) {
    return isDatabaseUnavailable(error) ? 'unreachable' : 'answered'
  }
}

const guarded = new WeakSet<Payload>()

/** Wraps the strategy whose result Payload keeps when none finds a user (the last one: its JWT strategy). */
export const detectUnreachableSignIn = (payload: Payload): void => {
  const strategies = payload.authStrategies as AuthStrategy[] | undefined
  if (guarded.has(payload) || !strategies?.length) return
  guarded.add(payload)
  const last = strategies[strategies.length - 1]
  strategies[strategies.length - 1] = {
    ...last,
    authenticate: async (args) => {
      const result = await last.authenticate(args)
      if (result.user) return result
      const verdict = await probe(payload, args)
      if (verdict === 'unreachable') return { ...result, responseHeaders: new Headers({ [DATABASE_UNAVAILABLE_HEADER]: '1' }) }
      return verdict === 'answered' ? last.authenticate(args) : result
    },
  }
}

/** A Response of Payload as the door sends it: marked ones become the 503, and every 503 says when to come back. */
export const withDatabaseVerdict = (response: Response, retryAfterSeconds: number): Response => {
  if (response.headers.has(DATABASE_UNAVAILABLE_HEADER)) {
    return Response.json(databaseUnavailableBody(), { status: STATUS, headers: { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' } })
  }
  if (response.status === 503 && !response.headers.has('retry-after')) {
    const headers = new Headers(response.headers)
    headers.set('retry-after', String(retryAfterSeconds))
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
  return response
}
