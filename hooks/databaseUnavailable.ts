/**
 * A request that failed because the database could not be reached (restarted, failed over) is answered 503 with
 * the Chinese message of `app.database-unavailable`, never 500 "Something went wrong": the client may retry, and the
 * HTTP door adds Retry-After (src/server/databaseUnavailable.ts).
 */
import type { AfterErrorHook } from 'payload'
import { ERRORS, messageOf } from '../domain/errors'
import { isDatabaseUnavailable } from '../domain/http/databaseUnavailable'

export const databaseUnavailable: AfterErrorHook = ({ error }) => {
  if (!isDatabaseUnavailable(error)) return
  return { status: ERRORS['app.database-unavailable'].status, response: { errors: [{ message: messageOf('app.database-unavailable') }] } }
}
