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
  if (message) {
    // The label names the field in the admin's toast, the path puts the reason under it.
    const label = collection.flattenedFields.find((field) => field.name === 'roles')?.label
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'roles', message, ...(typeof label === 'string' ? { label } : {}) }] }, req.t)
  }
  return data
}
