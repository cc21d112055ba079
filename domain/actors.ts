/**
 * Who a user is, as the plugins see it: a user model says where a host app keeps the roles and the department of its
 * users (Gongkai keeps `roles: Role[]` and a `department` relation on `users`; another app may store them otherwise).
 * Pure: access rules are built from it as plain functions of `req.user`.
 */
import { idOf, type Id } from './ids'
import type { Role } from './vocabulary'

/** Any user record, Payload's generated interfaces included (an index signature would refuse them). */
export type UserLike = { id?: Id; collection?: string } | null | undefined

const fieldOf = (user: UserLike, name: string): unknown => (user ? (user as Record<string, unknown>)[name] : undefined)

export type UserModel = {
  /** Slug of the auth collection whose users are staff. */
  slug: string
  /** The Gongkai roles a user holds (map the host's own role names here). */
  rolesOf: (user: UserLike) => Role[]
  /** The id of the user's department, or null for none. */
  departmentOf: (user: UserLike) => Id | null
}

export const DEFAULT_USER_MODEL: UserModel = {
  slug: 'users',
  rolesOf: (user) => {
    const roles = fieldOf(user, 'roles')
    return Array.isArray(roles) ? (roles as Role[]) : []
  },
  departmentOf: (user) => idOf(fieldOf(user, 'department')),
}

export const userModel = (options: Partial<UserModel> = {}): UserModel => ({ ...DEFAULT_USER_MODEL, ...options })

type ReqLike = { user?: UserLike | null }

/** The predicates every plugin's access rules are made of, for one user model. */
export const actorRules = (model: UserModel) => {
  const isStaff = (req: ReqLike): boolean => Boolean(req.user && req.user.collection === model.slug)
  const hasRole = (user: UserLike, ...roles: Role[]): boolean => model.rolesOf(user).some((role) => roles.includes(role))
  const staffWith =
    (...roles: Role[]) =>
    ({ req }: { req: ReqLike }): boolean =>
      isStaff(req) && hasRole(req.user, ...roles)
  return {
    isStaff,
    hasRole,
    /** Nobody through the API; the system itself acts with overrideAccess. */
    nobody: (): boolean => false,
    staffOnly: ({ req }: { req: ReqLike }): boolean => isStaff(req),
    adminOnly: staffWith('admin'),
    /** 网站管理员 or 系统管理员: accounts, departments and the system settings. */
    systemAdminOnly: staffWith('admin', 'system-admin'),
    securityAdminOnly: staffWith('security-admin'),
    auditAdminOnly: staffWith('audit-admin'),
    staffWith,
    /**
     * Staff read everything except editors and first reviewers, who are scoped to their own department;
     * anonymous readers get `publicWhere` (or nothing).
     */
    readScoped:
      <W extends object>(publicWhere: W | false, departmentPath = 'department') =>
      ({ req }: { req: ReqLike }): boolean | W | Record<string, { equals: Id }> => {
        if (!isStaff(req)) return publicWhere
        if (hasRole(req.user, 'admin', 'secrecy', 'approver')) return true
        const department = model.departmentOf(req.user)
        return department === null ? false : { [departmentPath]: { equals: department } }
      },
  }
}

export type ActorRules = ReturnType<typeof actorRules>
