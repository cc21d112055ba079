/**
 * 附件 access: files belong to the department of the person who uploaded them. Admins see and change all;
 * the county-wide reviewers (保密审查, 终审) read all, as they review every department's items; everyone else
 * reads and changes their own department's files, and reads the files of public items like anyone.
 */
import type { Access, Where } from 'payload'
import { departmentIdOf, hasRole, isAdmin, isStaff } from '../access/roles'

export const PUBLIC_MEDIA_WHERE: Where = { publiclyVisible: { equals: true } }

export const readMedia: Access = ({ req }) => {
  if (!isStaff(req)) return PUBLIC_MEDIA_WHERE
  if (isAdmin(req.user) || hasRole(req.user, 'secrecy', 'approver')) return true
  const department = departmentIdOf(req.user)
  return department === null ? PUBLIC_MEDIA_WHERE : { or: [{ department: { equals: department } }, PUBLIC_MEDIA_WHERE] }
}

/** Replacing a file or its title: admins anywhere, editors and first reviewers within their own department. */
export const updateMedia: Access = ({ req }) => {
  if (!isStaff(req)) return false
  if (isAdmin(req.user)) return true
  const department = departmentIdOf(req.user)
  if (department === null || !hasRole(req.user, 'editor', 'reviewer')) return false
  return { department: { equals: department } }
}
