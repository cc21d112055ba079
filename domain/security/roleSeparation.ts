/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2 d, 8.1.5): 系统管理员, 安全管理员 and 审计管理员 are held by different
 * people, and none of them also writes, signs or (as 网站管理员) may do everything.
 */
import { CONTENT_ROLES, labelOf, ROLES, THREE_ADMIN_ROLES, type Role } from '../vocabulary'

const isThreeAdmin = (role: string): boolean => (THREE_ADMIN_ROLES as readonly string[]).includes(role)

export const ROLE_SEPARATION_MESSAGES = {
  twoOfThree: '系统管理员、安全管理员、审计管理员须由不同人员担任，一个账号只能担任其中一个角色',
  withContent: (role: Role) =>
    `${labelOf(ROLES, role)}不能同时担任网站管理员、信息报送员、初审、保密审查员或终审领导（三员不得编辑内容或签署审核）`,
} as const

/** Why this combination of roles is not allowed, or null. */
export const roleSeparationError = (roles: ReadonlyArray<string> | null | undefined): string | null => {
  const list = [...new Set(roles ?? [])]
  const admins = list.filter(isThreeAdmin) as Role[]
  if (admins.length > 1) return ROLE_SEPARATION_MESSAGES.twoOfThree
  if (admins.length === 1 && list.some((role) => role === 'admin' || (CONTENT_ROLES as readonly string[]).includes(role))) {
    return ROLE_SEPARATION_MESSAGES.withContent(admins[0])
  }
  return null
}

export const holdsThreeAdminRole = (roles: ReadonlyArray<string> | null | undefined): boolean => (roles ?? []).some(isThreeAdmin)

export const ROLE_CHANGE_MESSAGES = {
  own: '不能修改自己的角色，请由其他管理员办理',
  grantAdmin: '只有网站管理员可以授予或撤销网站管理员角色',
} as const

/**
 * Who may change roles (the field itself is editable by 网站管理员 and 系统管理员 only): nobody their own, and
 * only a 网站管理员 grants or revokes `admin`.
 */
export const roleChangeError = (
  editor: { id: number | string; roles: ReadonlyArray<string> },
  target: { id: number | string | null; before: ReadonlyArray<string>; after: ReadonlyArray<string> },
): string | null => {
  const before = new Set(target.before)
  const after = new Set(target.after)
  const changed = [...before].some((r) => !after.has(r)) || [...after].some((r) => !before.has(r))
  if (!changed) return null
  if (target.id !== null && String(editor.id) === String(target.id) && !editor.roles.includes('admin')) return ROLE_CHANGE_MESSAGES.own
  if (before.has('admin') !== after.has('admin') && !editor.roles.includes('admin')) return ROLE_CHANGE_MESSAGES.grantAdmin
  return null
}
