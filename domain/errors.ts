/**
 * Every refusal Gongkai sends over HTTP, in one place: code → HTTP status → Chinese message. Endpoints and hooks throw
 * `codedError(code, …)`; the message a test compares is the one written here. A refusal about one field names the
 * field (`field`), so the admin shows it next to that field.
 */

import { ID_PARAM_REFUSED } from './http/queryShape'
import { LOGIN_REFUSED_MESSAGE } from './security/loginDelay'
import { passwordChangeMessage } from './security/passwordPolicy'

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
  'security.login-refused': entry(401, LOGIN_REFUSED_MESSAGE),
  'security.three-admins-no-content': entry(403, '系统管理员、安全管理员、审计管理员不能新建、修改或删除内容'),
  'security.password-change-required': entry(403, (kind, maxAgeDays) =>
    passwordChangeMessage(kind === 'expired' ? { kind: 'expired', maxAgeDays: Number(maxAgeDays) } : { kind: 'required' }),
  ),
  'security.log-immutable': entry(403, '安全审计日志只能由系统追加，不能新建、修改或删除'),
  'security.audit-admin-only': entry(403, '只有审计管理员可以查看、导出或校验安全审计日志'),
  'security.bad-date': entry(400, '日期格式不正确，请使用 ISO 格式，例如 2026-12-01 或 2026-12-01T08:00:00+08:00'),
  'security.lock-not-yourself': entry(403, '只能以本人名义锁定稿件'),
  'security.lock-not-editable': entry(403, '您无权编辑该内容，不能锁定'),
  'security.id-refused': entry(400, ID_PARAM_REFUSED),
  /** A `where` the database adapter would crash on; the reason comes from domain/http/queryShape. */
  'security.query-refused': entry(400, (reason) => reason),
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
