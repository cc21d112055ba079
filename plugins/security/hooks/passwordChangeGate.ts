/**
 * A user who must change their password (set by an administrator, or older than the 安全设置 period) gets a
 * Chinese refusal for everything but reading their own account and changing its password; `me`, logout and
 * token refresh never pass here. Added to every collection and global, and wrapped around every endpoint.
 */
import { APIError, type CollectionBeforeOperationHook, type Endpoint, type GlobalBeforeOperationHook, type PayloadRequest } from 'payload'
import { passwordChangeMessage, type PasswordChangeReason } from '../../../domain/security/passwordPolicy'

const reasonOf = (req: Pick<PayloadRequest, 'user'>): PasswordChangeReason | undefined =>
  (req.user as { _passwordChange?: PasswordChangeReason } | null | undefined)?._passwordChange

const refusal = (reason: PasswordChangeReason) => new APIError(passwordChangeMessage(reason), 403, null, true)

const ALWAYS = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword'])
/** Read to fill in one's own account (its department): public names anyway, and nothing else is let through. */
const POPULATED_WITH_ACCOUNT = new Set(['departments'])

export const passwordChangeGate: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  const reason = reasonOf(req)
  if (!reason || overrideAccess) return args
  const own = collection.slug === 'users' && String((args as { id?: unknown }).id) === String(req.user!.id)
  const allowed =
    (collection.slug === 'users' && ALWAYS.has(operation)) ||
    (own && operation === 'read') ||
    (own && operation === 'update' && typeof (args as { data?: { password?: unknown } }).data?.password === 'string') ||
    (operation === 'read' && POPULATED_WITH_ACCOUNT.has(collection.slug))
  if (!allowed) throw refusal(reason)
  return args
}

export const globalPasswordChangeGate: GlobalBeforeOperationHook = ({ args, overrideAccess, req }) => {
  const reason = reasonOf(req)
  if (reason && !overrideAccess) throw refusal(reason)
  return args
}

/** Custom endpoints act through the Local API with overrideAccess, so they are gated at the door. */
export const gateEndpoint = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const reason = reasonOf(req)
    if (reason) return Response.json({ errors: [{ message: passwordChangeMessage(reason) }] }, { status: 403 })
    return endpoint.handler(req)
  },
})
