/**
 * 登录连接超时自动退出 (GB/T 22239-2019 8.1.4.1 b): a session unused for the 安全设置 idle time ends, whatever
 * the token's own expiry (8 hours, the absolute limit). Runs before Payload's JWT strategy: it verifies the
 * token the same way, then looks at when this session (`sid`) last did something; an idle session is removed
 * from the account — so the JWT strategy after it finds no session either — and logged. Activity is written at
 * most every minute. It also marks a user who must change their password (`_passwordChange`).
 */
import { JWTAuthentication, type AuthStrategy, type AuthStrategyFunctionArgs } from 'payload'
import { passwordChangeReason, type PasswordChangeReason } from '../../../domain/security/passwordPolicy'
import { securityNow } from '../clock'
import { getSecuritySettings } from '../settings'
import { appendSecurityEvent } from '../actions/appendSecurityEvent'
import { clientIpOf } from '../actions/requestInfo'
import { optionsOf } from '../options'
import type { Id } from '../../../domain/ids'

type Session = { id: string; createdAt?: string | Date | null; expiresAt?: string | Date | null }
type SessionUser = {
  id: Id
  collection?: string
  name?: unknown
  _sid?: string
  sessions?: Session[] | null
  sessionActivity?: Record<string, string> | null
  mustChangePassword?: boolean | null
  passwordChangedAt?: string | null
  createdAt?: string | null
  _passwordChange?: PasswordChangeReason
}

/** How often a session's activity is written: every minute, or a tenth of the idle time when that is shorter. */
const touchIntervalMs = (idleMs: number): number => Math.min(60_000, idleMs / 10)

const liveActivity = (user: SessionUser): Record<string, string> => {
  const live = new Set((user.sessions ?? []).map((s) => s.id))
  return Object.fromEntries(Object.entries(user.sessionActivity ?? {}).filter(([sid]) => live.has(sid)))
}

export const idleSessionAuthenticate = async (args: AuthStrategyFunctionArgs) => {
  const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
  const user = result.user as SessionUser | null
  const { payload } = args
  const { accounts } = optionsOf(payload)
  if (!user || user.collection !== accounts || !user._sid) return result
  const settings = await getSecuritySettings(payload)
  const now = securityNow()
  const idleMs = settings.session.idleMinutes * 60_000
  const sid = user._sid
  const session = (user.sessions ?? []).find((s) => s.id === sid)
  const lastActive = user.sessionActivity?.[sid] ?? session?.createdAt ?? null
  const since = lastActive ? now.getTime() - new Date(lastActive).getTime() : Number.POSITIVE_INFINITY
  if (since >= idleMs) {
    await payload.db.updateOne({
      collection: accounts,
      id: user.id,
      // Sessions alone: the adapter cannot write an array and main-row columns of the account in one partial update.
      data: { sessions: (user.sessions ?? []).filter((s) => s.id !== sid), updatedAt: null },
    })
    await appendSecurityEvent(payload, {
      event: 'session-expired',
      actor: user,
      ip: clientIpOf({ headers: args.headers, payload }),
      targetCollection: accounts,
      targetId: user.id,
      summary: `${String(user.name ?? user.id)} 的会话超过 ${settings.session.idleMinutes} 分钟无操作，已自动退出`,
      details: { idleMinutes: settings.session.idleMinutes, lastActiveAt: lastActive ? new Date(lastActive).toISOString() : null },
    })
    return { user: null }
  }
  if (since >= touchIntervalMs(idleMs) || !user.sessionActivity?.[sid]) {
    const sessionActivity = { ...liveActivity(user), [sid]: now.toISOString() }
    await payload.db.updateOne({ collection: accounts, id: user.id, data: { sessionActivity, updatedAt: null } })
    user.sessionActivity = sessionActivity
  }
  const reason = passwordChangeReason(user, now, settings.password.maxAgeDays)
  if (reason) user._passwordChange = reason
  return result
}

export const idleSessionStrategy: AuthStrategy = { name: 'idle-session', authenticate: idleSessionAuthenticate as AuthStrategy['authenticate'] }
