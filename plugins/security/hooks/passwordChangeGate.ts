/**
 * A user who must change their password (set by an administrator, or older than the 安全设置 period) gets a
 * Chinese refusal for everything but reading their own account and changing its password; `me`, logout and
 * token refresh never pass here. Added to every collection and global, and wrapped around every endpoint.
 */
import type { CollectionBeforeOperationHook, Endpoint, GlobalBeforeOperationHook, PayloadRequest } from 'payload'
import { codedError, type CodedError } from '../../../domain/errors'
import type { PasswordChangeReason } from '../../../domain/security/passwordPolicy'
import { optionsOf } from '../options'

const reasonOf = (req: Pick<PayloadRequest, 'user'>): PasswordChangeReason | undefined =>
  (req.user as { _passwordChange?: PasswordChangeReason } | null | undefined)?._passwordChange

const argsOf = (reason: PasswordChangeReason): string[] => (reason.kind === 'expired' ? ['expired', String(reason.maxAgeDays)] : ['required'])
const refusal = (reason: PasswordChangeReason): CodedError => codedError('security.password-change-required', ...argsOf(reason))

const ALWAYS = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword'])

export const passwordChangeGate: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  const reason = reasonOf(req)
  if (!reason || overrideAccess) return args
  const { users, organizationCollections } = optionsOf(req.payload)
  const accounts = collection.slug === users.slug
  const own = accounts && String((args as { id?: unknown }).id) === String(req.user!.id)
  // Read to fill in one's own account (its department): public names anyway, and nothing else is let through.
  const populatedWithAccount = organizationCollections.includes(collection.slug)
  const allowed =
    (accounts && ALWAYS.has(operation)) ||
    (own && operation === 'read') ||
    (own && operation === 'update' && typeof (args as { data?: { password?: unknown } }).data?.password === 'string') ||
    (operation === 'read' && populatedWithAccount)
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
    if (reason) {
      const refused = refusal(reason)
      return Response.json({ errors: [{ message: refused.message }] }, { status: refused.status })
    }
    return endpoint.handler(req)
  },
})
