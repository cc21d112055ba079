/** Non-admin staff may only file items under their own department (create access cannot see the data). */
import type { CollectionBeforeChangeHook } from 'payload'
import { codedError, messageOf } from '../../domain/errors'
import { idOf } from '../../domain/ids'
import { fieldRefusal } from '../validation/fieldRefusal'
import { departmentIdOf, isAdmin, isStaff } from './roles'

export const OWN_DEPARTMENT_MESSAGE = messageOf('app.own-department')

export const ownDepartmentOnly: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!isStaff(req) || isAdmin(req.user)) return data
  const department = idOf(data.department ?? originalDoc?.department)
  const own = departmentIdOf(req.user)
  if (own === null || String(department) !== String(own)) {
    throw fieldRefusal(codedError('app.own-department'), collection, req)
  }
  return data
}
