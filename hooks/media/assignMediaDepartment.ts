/** A file belongs to the uploader's department; only admins file it under another (or none). */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { ATTACHMENT_MESSAGES } from '../../domain/attachments'
import { departmentIdOf, isAdmin, isStaff } from '../access/roles'

export const assignMediaDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isStaff(req)) return data
  const user = req.user as never
  if (isAdmin(user)) {
    data.department = data.department ?? departmentIdOf(user)
    return data
  }
  const department = departmentIdOf(user)
  if (department === null) throw new ValidationError({ collection: 'media', errors: [{ path: 'department', message: ATTACHMENT_MESSAGES.noDepartment }] }, req.t)
  data.department = department
  return data
}
