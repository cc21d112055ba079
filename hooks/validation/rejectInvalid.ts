/** Turns a domain rule's field errors into Payload's ValidationError (400, Chinese messages, field paths). */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { FieldError } from '../../domain/documentRules'

export const rejectInvalid =
  (rule: (merged: Record<string, unknown>) => FieldError[]): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, req }) => {
    const errors = rule({ ...(originalDoc ?? {}), ...data })
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
    return data
  }
