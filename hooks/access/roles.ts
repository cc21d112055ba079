/** Who the request is: tiny predicates shared by every collection's access rules. */
import type { PayloadRequest } from 'payload'
import type { Role } from '../../domain/vocabulary'
import { idOf } from '../../domain/ids'

type Actor = { id: number | string; roles?: Role[] | null; department?: unknown } | null | undefined

export const rolesOf = (user: Actor): Role[] => (Array.isArray(user?.roles) ? user.roles : [])

export const hasRole = (user: Actor, ...roles: Role[]): boolean => rolesOf(user).some((role) => roles.includes(role))

export const isAdmin = (user: Actor): boolean => hasRole(user, 'admin')

/** 网站管理员 or 系统管理员: manages accounts, departments and the system settings. */
export const isSystemAdmin = (user: Actor): boolean => hasRole(user, 'admin', 'system-admin')

/** Roles that see every account (for names in logs and alerts): 网站管理员 and the 三员. */
export const seesAllUsers = (user: Actor): boolean => hasRole(user, 'admin', 'system-admin', 'security-admin', 'audit-admin')

/** Any signed-in member of staff of the `users` collection. */
export const isStaff = (req: Pick<PayloadRequest, 'user'>): boolean => Boolean(req.user && req.user.collection === 'users')

/** The id of the user's department, whether the relation is populated or not. */
export const departmentIdOf = (user: Actor): number | string | null => idOf(user?.department)
