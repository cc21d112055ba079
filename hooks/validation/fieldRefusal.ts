/** A coded refusal about one field as Payload's ValidationError (400), so the admin shows it next to that field. */
import { ValidationError, type PayloadRequest } from 'payload'
import type { CodedError } from '../../domain/errors'

export const fieldRefusal = (error: CodedError, collection: string, req: Pick<PayloadRequest, 't'>, path = error.field ?? ''): ValidationError =>
  new ValidationError({ collection, errors: [{ path, message: error.message }] }, req.t)
