/** 三员分立 on the account form: refused role combinations and role changes, as field errors on `roles`. */
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { roleChangeError, roleSeparationError } from '../../../domain/security/roleSeparation'
import { staffOf } from '../actions/requestInfo'

const rolesOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

export const enforceRoleRules: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const before = operation === 'update' ? rolesOf(originalDoc?.roles) : []
  const after = data.roles === undefined ? before : rolesOf(data.roles)
  const editor = staffOf(req)
  const message =
    roleSeparationError(after) ??
    (editor ? roleChangeError({ id: editor.id!, roles: rolesOf(editor.roles) }, { id: operation === 'update' ? (originalDoc?.id ?? null) : null, before, after }) : null)
  if (message) throw new ValidationError({ collection: 'users', errors: [{ path: 'roles', message }] }, req.t)
  return data
}
