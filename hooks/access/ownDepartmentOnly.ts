/** Non-admin staff may only file items under their own department (create access cannot see the data). */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { departmentIdOf, isAdmin, isStaff } from './roles'
import { idOf } from '../../domain/ids'

export const OWN_DEPARTMENT_MESSAGE = '只能以本部门名义报送或修改信息'


export const ownDepartmentOnly: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!isStaff(req) || isAdmin(req.user as never)) return data
  const department = idOf(data.department ?? originalDoc?.department)
  const own = departmentIdOf(req.user as never)
  if (own === null || String(department) !== String(own)) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'department', message: OWN_DEPARTMENT_MESSAGE }] }, req.t)
  }
  return data
}
