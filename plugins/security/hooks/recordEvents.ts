/**
 * What the 安全审计日志 records from ordinary operations (GB/T 22239-2019 8.1.4.3 a): logins and logouts,
 * accounts (created, roles, department, password, other changes), departments, settings, deletions and the
 * workflow's register entries. Each entry joins the operation's transaction, so it exists exactly when the
 * change does.
 */
import type {
  CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterLoginHook, CollectionAfterLogoutHook, GlobalAfterChangeHook, PayloadRequest,
} from 'payload'
import { afterCommit } from '../actions/afterCommit'
import { appendSecurityEvent, track, type SecurityEventInput } from '../actions/appendSecurityEvent'
import { clientIpOf, staffOf } from '../actions/requestInfo'
import { forgetSecuritySettings } from '../settings'
import { securityNow } from '../clock'
import { passwordChangeContextKey } from './passwordRules'
import { SECURITY_SETTINGS_SLUG } from '../defaults'
import { optionsOf } from '../options'

type Doc = Record<string, unknown>

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' ? String((value as { id?: unknown }).id ?? '') || null : value === null || value === undefined ? null : String(value)
const sorted = (roles: readonly string[]): string[] => [...roles].map(String).sort()
const nameOf = (doc: Doc | null | undefined): string => String(doc?.name ?? doc?.title ?? doc?.email ?? doc?.subjectTitle ?? doc?.id ?? '')
const who = (req: PayloadRequest): string => String(staffOf(req)?.name ?? '系统')

const append = (req: PayloadRequest, input: SecurityEventInput) => appendSecurityEvent(req.payload, input, req)

const sidOf = (token: string): string | null => {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}

/** Logs the login and starts the new session's idle clock (hooks/idleSessions.ts). */
export const recordLogin: CollectionAfterLoginHook = async ({ collection, req, token, user }) => {
  const sid = sidOf(token)
  const account = user as Doc & { sessions?: Array<{ id: string }> | null; sessionActivity?: Record<string, string> | null }
  if (sid) {
    const live = new Set((account.sessions ?? []).map((s) => s.id))
    const kept = Object.entries(account.sessionActivity ?? {}).filter(([id]) => live.has(id))
    const sessionActivity = { ...Object.fromEntries(kept), [sid]: securityNow().toISOString() }
    await req.payload.db.updateOne({ collection: optionsOf(req.payload).accounts, id: user.id, data: { sessionActivity, updatedAt: null }, req })
  }
  await append(req, { event: 'login', actor: user, targetCollection: collection.slug, targetId: user.id, summary: `${nameOf(account)} 登录` })
  return user
}

/** After the session is gone (logout locks the account row after its hooks; a log entry first could deadlock). */
export const recordLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const user = staffOf(req)
  if (!user) return
  const input: SecurityEventInput = { event: 'logout', actor: user, targetCollection: optionsOf(req.payload).users.slug, targetId: user.id, summary: `${nameOf(user)} 退出登录` }
  const ip = clientIpOf(req)
  await afterCommit(req, () => track(req.payload, appendSecurityEvent(req.payload, { ...input, ip }), '退出登录记录'))
}

export const recordUserChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const { rolesOf, departmentOf } = optionsOf(req.payload).users
  const target = { targetCollection: collection.slug, targetId: doc.id }
  if (operation === 'create') {
    await append(req, {
      event: 'user-created',
      ...target,
      summary: `${who(req)} 新建账号 ${nameOf(doc)}（${doc.email}）`,
      details: { email: doc.email, roles: sorted(rolesOf(doc)), department: idOf(departmentOf(doc)), mustChangePassword: Boolean(doc.mustChangePassword) },
    })
    return doc
  }
  const beforeRoles = previousDoc ? sorted(rolesOf(previousDoc)) : []
  const afterRoles = sorted(rolesOf(doc))
  if (beforeRoles.join() !== afterRoles.join()) {
    await append(req, { event: 'roles-changed', ...target, summary: `${who(req)} 将 ${nameOf(doc)} 的角色由 ${beforeRoles.join('、') || '无'} 改为 ${afterRoles.join('、') || '无'}`, details: { from: beforeRoles, to: afterRoles } })
  }
  if (idOf(previousDoc ? departmentOf(previousDoc) : null) !== idOf(departmentOf(doc))) {
    await append(req, { event: 'department-changed', ...target, summary: `${who(req)} 调整 ${nameOf(doc)} 的所属部门`, details: { from: idOf(previousDoc ? departmentOf(previousDoc) : null), to: idOf(departmentOf(doc)) } })
  }
  const password = req.context[passwordChangeContextKey(doc.id)]
  if (password) {
    delete req.context[passwordChangeContextKey(doc.id)]
    await append(req, {
      event: password as 'password-changed' | 'password-reset',
      ...target,
      summary: password === 'password-reset' ? `${who(req)} 重置了 ${nameOf(doc)} 的密码（须由本人修改后才能继续使用）` : `${nameOf(doc)} 修改了自己的密码`,
    })
  }
  const others = ['name', 'email', 'mustChangePassword'].filter((key) => JSON.stringify(previousDoc?.[key] ?? null) !== JSON.stringify(doc[key] ?? null))
  if (others.length > 0) await append(req, { event: 'user-updated', ...target, summary: `${who(req)} 修改了账号 ${nameOf(doc)}`, details: { fields: others } })
  return doc
}

export const recordOrganizationChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  await append(req, {
    event: 'organization-changed',
    targetCollection: collection.slug,
    targetId: doc.id,
    summary: `${who(req)} ${operation === 'create' ? '新建' : '修改'}部门 ${nameOf(doc)}`,
  })
  return doc
}

export const recordSettingsChange: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  if ((global.slug as string) === SECURITY_SETTINGS_SLUG) forgetSecuritySettings(req.payload)
  const ignored = new Set(['id', 'updatedAt', 'createdAt', 'globalType'])
  const changed = Object.keys({ ...previousDoc, ...doc }).filter(
    (key) => !ignored.has(key) && JSON.stringify(previousDoc?.[key] ?? null) !== JSON.stringify(doc?.[key] ?? null),
  )
  if (changed.length === 0) return doc
  await append(req, {
    event: 'settings-changed',
    targetCollection: global.slug,
    summary: `${who(req)} 修改了${typeof global.label === 'string' ? global.label : global.slug}：${changed.join('、')}`,
    details: { changed: Object.fromEntries(changed.map((key) => [key, { from: previousDoc?.[key] ?? null, to: doc?.[key] ?? null }])) },
  })
  return doc
}

export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  // Housekeeping by the system itself is not a person's deletion.
  if (!staffOf(req)) return doc
  await append(req, {
    event: 'record-deleted',
    targetCollection: collection.slug,
    targetId: id,
    summary: `${who(req)} 删除了${typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug}“${nameOf(doc)}”`,
  })
  return doc
}

/** Every workflow transition appends a register entry in its transaction; the security log follows it. */
export const recordWorkflowAction: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await append(req, {
    event: 'workflow',
    actor: { id: idOf(doc.actor) ?? undefined, name: doc.actorName, roles: doc.actorRoles },
    targetCollection: String(doc.subject?.relationTo ?? ''),
    targetId: idOf(doc.subject?.value),
    summary: `${doc.actorName ?? ''} 对“${doc.subjectTitle ?? ''}”执行 ${doc.action}：${doc.fromState ?? ''} → ${doc.toState ?? ''}`,
    details: { action: doc.action, fromState: doc.fromState, toState: doc.toState, version: doc.version ?? null, contentHash: doc.contentHash ?? null, record: doc.id },
  })
  return doc
}
