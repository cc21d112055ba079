/** Turns a domain rule's field errors into Payload's ValidationError (400, Chinese messages, field paths and labels). */
import type { CollectionBeforeChangeHook } from 'payload'
import type { FieldError } from '../../domain/documentRules'
import { fieldErrors } from './fieldRefusal'

export const rejectInvalid =
  (rule: (merged: Record<string, unknown>) => FieldError[]): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, req }) => {
    const errors = rule({ ...(originalDoc ?? {}), ...data })
    if (errors.length > 0) throw fieldErrors(collection, errors, req)
    return data
  }
