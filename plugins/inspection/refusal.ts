/** A coded refusal about a field as Payload's ValidationError, so the admin shows it under the field. */
import { ValidationError, type PayloadRequest } from 'payload'
import type { CodedError } from '../../domain/errors'

export const refusal = (collection: string, req: PayloadRequest, error: CodedError): ValidationError =>
  new ValidationError({ collection, errors: [{ path: error.field ?? '', message: error.message }] }, req.t)
