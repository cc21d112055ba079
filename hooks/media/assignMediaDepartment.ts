/** A file belongs to the uploader's department; only admins file it under another (or none). */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError } from '../../domain/errors'
import { departmentIdOf, isAdmin, isStaff } from '../access/roles'
import { fieldRefusal } from '../validation/fieldRefusal'

export const assignMediaDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isStaff(req)) return data
  if (isAdmin(req.user)) {
    data.department = data.department ?? departmentIdOf(req.user)
    return data
  }
  const department = departmentIdOf(req.user)
  if (department === null) throw fieldRefusal(codedError('app.attachment-no-department'), 'media', req)
  data.department = department
  return data
}
