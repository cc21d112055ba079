/**
 * 口令 (GB/T 22239-2019 8.1.4.1 a): every new password — an account created or edited in the admin or over the
 * API, the first user, a reset by email — meets the 安全设置 policy and repeats none of the last N; the date of
 * the change is kept for the expiry rule, and a password an administrator set for someone else must be changed
 * at that person's next step.
 */
import {
  ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest,
} from 'payload'
import { matchesAnyPassword, type StoredPassword } from '../../../domain/security/passwordHash'
import { passwordProblems, passwordReuseMessage } from '../../../domain/security/passwordPolicy'
import { securityNow } from '../clock'
import { getSecuritySettings } from '../settings'
import { appendSecurityEvent } from '../actions/appendSecurityEvent'
import { optionsOf } from '../options'
import type { Id } from '../../../domain/ids'

type Stored = StoredPassword & { id: Id; passwordHistory?: StoredPassword[] | null }

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/** Passwords refused in production besides the common list: the demo password actually configured. */
export const demoPasswords = (): Array<string | undefined> => [process.env.DEMO_PASSWORD]

const STORED = 'gongkaiSecurityStoredPassword'
const RESET = 'gongkaiSecurityPasswordReset'
/** `req.context` key telling the event log that this save changed the user's password, and how. */
export const passwordChangeContextKey = (id: Id): string => `gongkaiSecurityPasswordChange:${id}`

const accounts = (req: PayloadRequest) => optionsOf(req.payload).accounts

const refuse = (req: PayloadRequest, message: string): never => {
  // The label names the field in the admin's toast (「下面的字段是无效的： 密码」), the path puts the reason under it.
  const label = (req.t as (key: string) => string)('general:password')
  throw new ValidationError({ collection: accounts(req), errors: [{ path: 'password', message, label }] }, req.t)
}

/** The policy and history checks for a new password of the account `stored` (null: a new account). */
const checkNewPassword = async (req: PayloadRequest, password: string, stored: Stored | null): Promise<void> => {
  const settings = await getSecuritySettings(req.payload)
  const problems = passwordProblems(password, settings.password, { production: isProduction(), extraWeak: demoPasswords() })
  if (problems.length > 0) refuse(req, problems.join('；'))
  if (!stored) return
  const recent = [stored, ...(stored.passwordHistory ?? [])].slice(0, settings.password.historyCount)
  if (await matchesAnyPassword(password, recent)) refuse(req, passwordReuseMessage(settings.password.historyCount))
}

const nextHistory = async (req: PayloadRequest, stored: Stored): Promise<StoredPassword[]> => {
  const { historyCount } = (await getSecuritySettings(req.payload)).password
  const previous = stored.hash && stored.salt ? [{ hash: stored.hash, salt: stored.salt }] : []
  return [...previous, ...(stored.passwordHistory ?? [])].slice(0, Math.max(0, historyCount - 1))
}

const readStored = async (req: PayloadRequest, id: Id): Promise<Stored | null> =>
  req.payload.db.findOne<Stored>({ collection: accounts(req), where: { id: { equals: id } }, req })

export const enforcePasswordPolicy: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  const reset = req.context[RESET] as { id: Id; history: StoredPassword[] } | undefined
  if (reset && data && String(data.id) === String(reset.id)) {
    // The reset-password operation saves the user object itself: record the change on it.
    Object.assign(data, { passwordHistory: reset.history, passwordChangedAt: securityNow().toISOString(), mustChangePassword: false })
    delete req.context[RESET]
    await appendSecurityEvent(
      req.payload,
      { event: 'password-reset', actor: data, targetCollection: accounts(req), targetId: reset.id, summary: `${String(data.name ?? data.email ?? reset.id)} 通过邮件链接重置了密码` },
      req,
    )
    return data
  }
  if (typeof data?.password !== 'string' || data.password === '') return data
  const stored = operation === 'update' && originalDoc?.id !== undefined ? await readStored(req, originalDoc.id) : null
  await checkNewPassword(req, data.password, stored)
  if (stored) req.context[`${STORED}:${stored.id}`] = stored
  return data
}

export const recordPasswordChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (typeof data?.password !== 'string' || data.password === '') return data
  data.passwordChangedAt = securityNow().toISOString()
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const stored = (req.context[`${STORED}:${originalDoc.id}`] as Stored | undefined) ?? (await readStored(req, originalDoc.id))
  if (stored) data.passwordHistory = await nextHistory(req, stored)
  const bySomeoneElse = Boolean(req.user) && String(req.user!.id) !== String(originalDoc.id)
  // An administrator's reset is a temporary password; the owner's own change clears the request.
  data.mustChangePassword = bySomeoneElse
  req.context[passwordChangeContextKey(originalDoc.id)] = bySomeoneElse ? 'password-reset' : 'password-changed'
  return data
}

/** Forgot-password resets: the same policy and history, checked before Payload writes the new hash. */
export const guardResetPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { token?: unknown; password?: unknown } }).data
  if (typeof data?.token !== 'string' || typeof data.password !== 'string') return args
  const stored = await req.payload.db.findOne<Stored>({
    collection: accounts(req),
    where: { and: [{ resetPasswordToken: { equals: data.token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    req,
  })
  if (!stored) return args
  await checkNewPassword(req, data.password, stored)
  req.context[RESET] = { id: stored.id, history: await nextHistory(req, stored) }
  return args
}
