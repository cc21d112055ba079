/**
 * A coded refusal (domain/errors.ts) answers with its code and, when it concerns one field, that field's name:
 * `{errors: [{message, code, field}]}`, so that a form outside Payload's own (the 办理 panel of 依申请公开, a portal's
 * application form) shows it next to the field, as the house rule asks. Payload's ValidationError already names its
 * fields in `data.errors[].path`; other errors pass unchanged.
 */
import type { AfterErrorHook } from 'payload'
import { CodedError } from '../domain/errors'

export const codedErrorField: AfterErrorHook = ({ error, result }) => {
  if (!(error instanceof CodedError) || !result) return
  const errors = (result as { errors?: Array<Record<string, unknown>> }).errors
  if (!Array.isArray(errors) || !errors[0]) return
  return { response: { ...result, errors: [{ ...errors[0], code: error.code, ...(error.field ? { field: error.field } : {}) }, ...errors.slice(1)] } }
}
