/**
 * A coded refusal (domain/errors.ts) that concerns one field names it: `{errors: [{message, field}]}`, so that a form
 * outside Payload's own (the 办理 panel of 依申请公开, a portal's application form) shows it next to the field, as the
 * house rule asks. Payload's ValidationError already names its fields in `data.errors[].path`; every other answer,
 * the login refusal included, stays exactly `{errors: [{message}]}`.
 */
import type { AfterErrorHook } from 'payload'
import { CodedError } from '../domain/errors'

export const codedErrorField: AfterErrorHook = ({ error, result }) => {
  if (!(error instanceof CodedError) || !error.field || !result) return
  const errors = (result as { errors?: Array<Record<string, unknown>> }).errors
  if (!Array.isArray(errors) || !errors[0]) return
  return { response: { ...result, errors: [{ ...errors[0], field: error.field }, ...errors.slice(1)] } }
}
