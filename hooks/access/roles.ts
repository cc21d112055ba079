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

/**
 * Roles that read every account's name and department: those who see every account, and the 保密审查员 and 终审领导,
 * who review every department's items (a submitter's name on the 审批表). Editors and first reviewers read their
 * own department's colleagues only.
 */
export const readsEveryAccount = (user: UserLike): boolean => seesAllUsers(user) || hasRole(user, 'secrecy', 'approver')

/** Roles that read accounts' email addresses (everyone reads their own): those who see every account. */
export const readsEmails = seesAllUsers

/** Roles that read 系统设置: the 网站管理员 and the 三员 (as 安全设置); editors and reviewers need none of it. */
export const readsSettings = (user: UserLike): boolean => hasRole(user, 'admin', 'system-admin', 'security-admin', 'audit-admin')

/**
 * Roles that read the 敏感词 list: the 网站管理员, who keeps it, and the 保密审查员; everyone else meets a term only as
 * a finding of the pre-check, which reads the list on the server.
 */
export const readsSensitiveTerms = (user: UserLike): boolean => hasRole(user, 'admin', 'secrecy')

/** Any signed-in member of staff of the `users` collection. */
export const isStaff: (req: { user?: UserLike }) => boolean = ACTOR_RULES.isStaff

/** The id of the user's department, whether the relation is populated or not. */
export const departmentIdOf: (user: UserLike) => Id | null = DEFAULT_USER_MODEL.departmentOf
