/** 三员分立 on the account form: refused role combinations and role changes, as field errors on `roles`. */
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { roleChangeError, roleSeparationError } from '../../../domain/security/roleSeparation'
import { staffOf } from '../actions/requestInfo'
import { optionsOf } from '../options'

export const enforceRoleRules: CollectionBeforeValidateHook = ({ collection, data, operation, originalDoc, req }) => {
  if (!data) return data
  const { rolesOf } = optionsOf(req.payload).users
  const before: string[] = operation === 'update' && originalDoc ? rolesOf(originalDoc) : []
  // A partial update keeps the roles it does not send.
  const after: string[] = rolesOf(operation === 'update' ? { ...originalDoc, ...data } : data)
  const editor = staffOf(req)
  const message =
    roleSeparationError(after) ??
    (editor ? roleChangeError({ id: editor.id!, roles: rolesOf(req.user) }, { id: operation === 'update' ? (originalDoc?.id ?? null) : null, before, after }) : null)
  if (message) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'roles', message }] }, req.t)
  return data
}
