/** The change feed's query parameters and its opaque cursor: parsing with coded Chinese errors, no Payload. */
import { messageOf, type ErrorCode } from '../errors'

export const CHANGE_FEED_DEFAULT_LIMIT = 100
export const CHANGE_FEED_MAX_LIMIT = 500

export type ChangeFeedParams = { afterSeq: number; since: string | null; limit: number }
export type ParseResult = { ok: true; params: ChangeFeedParams } | { ok: false; code: ErrorCode; args: string[]; message: string }

const refusal = (code: ErrorCode, ...args: string[]): ParseResult => ({ ok: false, code, args, message: messageOf(code, ...args) })

/** The cursor is the last sequence number the consumer has seen, as base64url JSON so it stays opaque. */
export const encodeCursor = (seq: number): string => Buffer.from(JSON.stringify({ s: seq })).toString('base64url')

export const decodeCursor = (cursor: string): number | null => {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown }
    return Number.isSafeInteger(value?.s) && (value.s as number) >= 0 ? (value.s as number) : null
  } catch {
    return null
  }
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

export const parseChangeFeedParams = (query: Record<string, unknown>): ParseResult => {
  const one = (name: string): string | undefined => {
    const value = query[name]
    if (value === undefined || value === '') return undefined
    return typeof value === 'string' ? value : Array.isArray(value) ? '\u0000' : String(value)
  }
  const limitText = one('limit')
  let limit = CHANGE_FEED_DEFAULT_LIMIT
  if (limitText !== undefined) {
    limit = /^\d{1,6}$/.test(limitText) ? Number(limitText) : NaN
    if (!(limit >= 1 && limit <= CHANGE_FEED_MAX_LIMIT)) return refusal('contentApi.limit-invalid', String(CHANGE_FEED_MAX_LIMIT))
  }
  const sinceText = one('since')
  let since: string | null = null
  if (sinceText !== undefined) {
    const time = ISO_TIME.test(sinceText) ? Date.parse(sinceText) : NaN
    if (Number.isNaN(time)) return refusal('contentApi.since-invalid')
    since = new Date(time).toISOString()
  }
  const cursorText = one('cursor')
  let afterSeq = 0
  if (cursorText !== undefined) {
    const seq = decodeCursor(cursorText)
    if (seq === null) return refusal('contentApi.cursor-invalid')
    afterSeq = seq
  }
  return { ok: true, params: { afterSeq, since, limit } }
}
