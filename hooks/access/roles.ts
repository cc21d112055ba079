/** Who the request is, for the app's own collections: the predicates of domain/actors.ts on Gongkai's user model. */
import { actorRules, DEFAULT_USER_MODEL, type UserLike } from '../../domain/actors'
import type { Id } from '../../domain/ids'
import type { Role } from '../../domain/vocabulary'

/** The access predicates of Gongkai's user model (`roles` and a `department` relation on `users`). */
export const ACTOR_RULES = actorRules(DEFAULT_USER_MODEL)

export const rolesOf: (user: UserLike) => Role[] = DEFAULT_USER_MODEL.rolesOf

export const hasRole: (user: UserLike, ...roles: Role[]) => boolean = ACTOR_RULES.hasRole

export const isAdmin = (user: UserLike): boolean => hasRole(user, 'admin')

/** 网站管理员 or 系统管理员: manages accounts, departments and the system settings. */
export const isSystemAdmin = (user: UserLike): boolean => hasRole(user, 'admin', 'system-admin')

/** Roles that see every account (for names in logs and alerts): 网站管理员 and the 三员. */
export const seesAllUsers = (user: UserLike): boolean => hasRole(user, 'admin', 'system-admin', 'security-admin', 'audit-admin')

/** Any signed-in member of staff of the `users` collection. */
export const isStaff: (req: { user?: UserLike }) => boolean = ACTOR_RULES.isStaff

/** The id of the user's department, whether the relation is populated or not. */
export const departmentIdOf: (user: UserLike) => Id | null = DEFAULT_USER_MODEL.departmentOf
