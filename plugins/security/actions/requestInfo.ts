/** Who and where a request comes from, as the security log records it. */
import type { PayloadRequest } from 'payload'
import type { Id } from '../../../domain/ids'
import { optionsOf } from '../options'

export type Actor = { id?: Id; name?: unknown; email?: unknown; roles?: unknown } | null | undefined

/** The client address the host's server recorded (option clientIpHeader); 'unknown' outside it. */
export const clientIpOf = (req: Pick<PayloadRequest, 'headers' | 'payload'> | null | undefined): string => {
  const value = req ? req.headers?.get?.(optionsOf(req.payload).clientIpHeader)?.trim() : undefined
  return value ? value.slice(0, 64) : 'unknown'
}

export const actorFields = (user: Actor) => ({
  actorId: user?.id !== undefined && user?.id !== null ? String(user.id) : null,
  actorName: typeof user?.name === 'string' ? user.name : null,
  actorEmail: typeof user?.email === 'string' ? user.email : null,
  actorRoles: Array.isArray(user?.roles) ? (user.roles as string[]).join(',') : null,
})

/** The signed-in member of staff behind a request, if any. */
export const staffOf = (req: Pick<PayloadRequest, 'user' | 'payload'>): Actor => {
  const { users } = optionsOf(req.payload)
  return req.user && req.user.collection === users.slug ? { ...req.user, roles: users.rolesOf(req.user) } : null
}
