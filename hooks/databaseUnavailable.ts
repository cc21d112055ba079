/**
 * A request that failed because the database could not be reached (restarted, failed over) is answered 503 with
 * the Chinese message of `app.database-unavailable`, never 500 "Something went wrong": the client may retry, and the
 * HTTP door adds Retry-After (src/server/databaseUnavailable.ts). So is one whose SQLite COMMIT found the database
 * busy (`app.database-busy`): nothing of it was kept.
 */
import type { AfterErrorHook } from 'payload'
import { ERRORS, messageOf, type ErrorCode } from '../domain/errors'
import { isDatabaseBusy, isDatabaseUnavailable } from '../domain/http/databaseUnavailable'

const answer = (code: ErrorCode) => ({ status: ERRORS[code].status, response: { errors: [{ message: messageOf(code) }] } })

export const databaseUnavailable: AfterErrorHook = ({ error }) => {
  if (isDatabaseUnavailable(error)) return answer('app.database-unavailable')
  if (isDatabaseBusy(error)) return answer('app.database-busy')
}
