/** Who and where a request comes from, as the security log records it. */
import type { PayloadRequest } from 'payload'
import { CLIENT_IP_HEADER } from '../defaults'

type Actor = { id?: number | string; name?: unknown; email?: unknown; roles?: unknown } | null | undefined

/** The client address the Express server recorded (see CLIENT_IP_HEADER); 'unknown' outside it. */
export const clientIpOf = (req: Pick<PayloadRequest, 'headers'> | null | undefined): string => {
  const value = req?.headers?.get?.(CLIENT_IP_HEADER)?.trim()
  return value ? value.slice(0, 64) : 'unknown'
}

export const actorFields = (user: Actor) => ({
  actorId: user?.id !== undefined && user?.id !== null ? String(user.id) : null,
  actorName: typeof user?.name === 'string' ? user.name : null,
  actorEmail: typeof user?.email === 'string' ? user.email : null,
  actorRoles: Array.isArray(user?.roles) ? (user.roles as string[]).join(',') : null,
})

/** The signed-in member of staff behind a request, if any. */
export const staffOf = (req: Pick<PayloadRequest, 'user'>): Actor => (req.user && req.user.collection === 'users' ? (req.user as Actor) : null)
