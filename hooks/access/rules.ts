/** Reusable access functions (Payload `access` and field `access`), composed by the collections. */
import type { Access, FieldAccess, Where } from 'payload'
import { departmentIdOf, hasRole, isAdmin, isStaff, isSystemAdmin } from './roles'

/** Nobody through the API; the system itself acts with overrideAccess. */
export const nobody: Access = () => false

export const anyone: Access = () => true

export const staffOnly: Access = ({ req }) => isStaff(req)

export const adminOnly: Access = ({ req }) => isStaff(req) && isAdmin(req.user as never)

export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req)

export const adminOnlyField: FieldAccess = ({ req }) => isStaff(req) && isAdmin(req.user as never)

/** 网站管理员 and 系统管理员 (三员分立: accounts, departments and system settings). */
export const systemAdminOnly: Access = ({ req }) => isStaff(req) && isSystemAdmin(req.user as never)

export const systemAdminOnlyField: FieldAccess = ({ req }) => isStaff(req) && isSystemAdmin(req.user as never)

export const securityAdminOnly: Access = ({ req }) => isStaff(req) && hasRole(req.user as never, 'security-admin')

/** The security audit log is for the 审计管理员 alone — not even the 网站管理员 reads it. */
export const auditAdminOnly: Access = ({ req }) => isStaff(req) && hasRole(req.user as never, 'audit-admin')

/**
 * Staff read everything except editors and first reviewers, who are scoped to their own department;
 * anonymous readers get `publicWhere` (or nothing).
 */
export const readScoped =
  (publicWhere: Where | false, departmentPath = 'department'): Access =>
  ({ req }) => {
    if (!isStaff(req)) return publicWhere
    const user = req.user as never
    if (isAdmin(user) || hasRole(user, 'secrecy', 'approver')) return true
    return ownDepartment(user, departmentPath)
  }

/** Writers: admins anywhere, the given roles within their own department. */
export const writeScoped =
  (roles: Parameters<typeof hasRole>[1][], departmentPath = 'department'): Access =>
  ({ req }) => {
    if (!isStaff(req)) return false
    const user = req.user as never
    if (isAdmin(user)) return true
    if (!hasRole(user, ...roles)) return false
    return ownDepartment(user, departmentPath)
  }

const ownDepartment = (user: never, departmentPath: string): Where | false => {
  const department = departmentIdOf(user)
  return department === null ? false : { [departmentPath]: { equals: department } }
}
