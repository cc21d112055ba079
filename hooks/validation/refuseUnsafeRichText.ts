/**
 * Refuses rich text holding what the editor cannot make (html nodes, unknown node types) or links a
 * browser would run (`javascript:`, `data:`, `vbscript:`) or that the link field would re-encode on every
 * save. Runs before the field hooks, so a refused value is never stored or rewritten.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { richTextProblems } from '../../domain/richTextSafety'
import { fieldErrors } from './fieldRefusal'

/** The first reason to refuse a rich text value, for the admin's form state (hooks/validation/formStateRefusal.ts). */
export const richTextProblem = (value: unknown): string | undefined => richTextProblems(value)[0]

export const refuseUnsafeRichText =
  (fields: readonly string[]): CollectionBeforeChangeHook =>
  ({ collection, data, req }) => {
    const errors = fields.flatMap((path) => {
      if (!(path in data)) return []
      const [first] = richTextProblems(data[path])
      return first ? [{ path, message: first }] : []
    })
    if (errors.length > 0) throw fieldErrors(collection, errors, req)
    return data
  }
