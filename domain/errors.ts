/**
 * Every refusal Gongkai sends over HTTP, in one place: code → HTTP status → Chinese message. Endpoints and hooks throw
 * `codedError(code, …)`; the message a test compares is the one written here. A refusal about one field names the
 * field (`field`), so the admin shows it next to that field.
 */

type Entry = { status: number; message: (...args: string[]) => string; field?: string }

const entry = (status: number, message: string | ((...args: string[]) => string), field?: string): Entry => ({
  status,
  message: typeof message === 'string' ? () => message : message,
  ...(field ? { field } : {}),
})

export const ERRORS = {
  // Sign-in and roles
  'auth.required': entry(401, '请先登录'),
  'auth.forbidden': entry(403, '您没有执行此操作的权限'),
  // Workflow (三审)
  'workflow.item-missing': entry(404, '稿件不存在'),
  // Calendar
  // Interpretations
  // Audit
  // Content API
  // Security
  // App
} as const satisfies Record<string, Entry>

export type ErrorCode = keyof typeof ERRORS

/** A refusal as data: what the HTTP layer sends (status, message) and the field it concerns, if any. */
export class CodedError extends Error {
  readonly status: number
  /** Payload sends the message of a public error to the client as it is. */
  readonly isPublic = true
  readonly field?: string
  constructor(
    readonly code: ErrorCode,
    ...args: string[]
  ) {
    const known: Entry = ERRORS[code]
    super(known.message(...args))
    this.name = 'CodedError'
    this.status = known.status
    this.field = known.field
  }
}

export const codedError = (code: ErrorCode, ...args: string[]): CodedError => new CodedError(code, ...args)

/** The message of a code, for tests and for refusals returned as data. */
export const messageOf = (code: ErrorCode, ...args: string[]): string => (ERRORS[code] as Entry).message(...args)
