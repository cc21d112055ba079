/**
 * Whether an error means "the database cannot be reached right now" (restarted, failed over, network gone) rather
 * than "this request is wrong": such a request is answered 503 with Retry-After, never 500. Looks through the
 * wrappers the drivers, drizzle and Payload put around the original error (`cause`, `originalError`, `errors`).
 */

/**
 * Socket-level failures of the connection to the database server. Not ETIMEDOUT: nodemailer gives its own timeouts
 * that code, and the pool's connect timeout has a message of its own (below).
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * PostgreSQL SQLSTATEs of a server going away or not there yet: class 08 (connection exception), 57P01
 * admin_shutdown (`pg_ctl stop -m fast`, a restart), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up,
 * shutting down, in recovery).
 */
const POSTGRES_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '08007', '57P01', '57P02', '57P03'])

/** node-postgres reports a dead connection by message only. */
const MESSAGES = [
  /Connection terminated/i,
  /is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Cannot use a pool after calling end on the pool/i,
]

/** MongoDB drivers name their network errors. */
const ERROR_NAMES = new Set(['MongoNetworkError', 'MongoServerSelectionError', 'MongoNotConnectedError', 'MongoTopologyClosedError'])

type Wrapped = { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown }

const MAX_DEPTH = 8

const matches = (error: Wrapped): boolean => {
  const code = typeof error.code === 'string' ? error.code : ''
  if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code)) return true
  if (typeof error.name === 'string' && ERROR_NAMES.has(error.name)) return true
  const message = typeof error.message === 'string' ? error.message : ''
  return MESSAGES.some((pattern) => pattern.test(message))
}

export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > MAX_DEPTH) return false
  const wrapped = error as Wrapped
  if (matches(wrapped)) return true
  if (isDatabaseUnavailable(wrapped.cause, depth + 1) || isDatabaseUnavailable(wrapped.originalError, depth + 1)) return true
  return Array.isArray(wrapped.errors) && wrapped.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
}

/** SQLite's one writer was taken (SQLITE_BUSY, e.g. a COMMIT that could not complete): try again shortly. */
export const isDatabaseBusy = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > MAX_DEPTH) return false
  const wrapped = error as Wrapped
  if (typeof wrapped.code === 'string' && /^SQLITE_BUSY/.test(wrapped.code)) return true
  return isDatabaseBusy(wrapped.cause, depth + 1) || isDatabaseBusy(wrapped.originalError, depth + 1)
}
