/**
 * Reusable access functions (Payload `access` and field `access`) for the app's collections: the rules of
 * domain/actors.ts on Gongkai's user model, plus `writeScoped`, which only the app's collections need.
 */
import type { Access, FieldAccess, Where } from 'payload'
import type { Role } from '../../domain/vocabulary'
import { ACTOR_RULES, departmentIdOf, hasRole, isAdmin, isStaff } from './roles'

/** Nobody through the API; the system itself acts with overrideAccess. */
export const nobody: Access = ACTOR_RULES.nobody

export const anyone: Access = () => true

export const staffOnly: Access = ACTOR_RULES.staffOnly

export const adminOnly: Access = ACTOR_RULES.adminOnly

export const staffOnlyField: FieldAccess = ACTOR_RULES.staffOnly

export const adminOnlyField: FieldAccess = ACTOR_RULES.adminOnly

/** 网站管理员 and 系统管理员 (三员分立: accounts, departments and system settings). */
export const systemAdminOnly: Access = ACTOR_RULES.systemAdminOnly

export const systemAdminOnlyField: FieldAccess = ACTOR_RULES.systemAdminOnly

export const securityAdminOnly: Access = ACTOR_RULES.securityAdminOnly

/** The security audit log is for the 审计管理员 alone — not even the 网站管理员 reads it. */
export const auditAdminOnly: Access = ACTOR_RULES.auditAdminOnly

/**
 * Staff read everything except editors and first reviewers, who are scoped to their own department;
 * anonymous readers get `publicWhere` (or nothing).
 */
export const readScoped = (publicWhere: Where | false, departmentPath = 'department'): Access => ACTOR_RULES.readScoped(publicWhere, departmentPath)

/** Writers: admins anywhere, the given roles within their own department. */
export const writeScoped =
  (roles: Role[], departmentPath = 'department'): Access =>
  ({ req }) => {
    if (!isStaff(req)) return false
    if (isAdmin(req.user)) return true
    if (!hasRole(req.user, ...roles)) return false
    const department = departmentIdOf(req.user)
    return department === null ? false : { [departmentPath]: { equals: department } }
  }
