/**
 * A refusal about a field as Payload's ValidationError (400): `errors[].path` is the field's path, so the admin shows
 * the Chinese message under that field (src/admin/fieldRefusals.ts makes it show after a draft save too), and
 * `errors[].label` is the field's label, so the toast reads 「下面的字段是无效的： 发文字号」, never the field's name.
 */
import { ValidationError, type FlattenedField, type PayloadRequest } from 'payload'
import type { CodedError } from '../../domain/errors'

export type FieldProblem = { path: string; message: string }

/** A collection config as hooks receive it, or its slug (looked up in `req.payload`). */
export type RefusingCollection = string | { slug: string; flattenedFields?: FlattenedField[] }

type RefusalRequest = Pick<PayloadRequest, 't'> & Partial<Pick<PayloadRequest, 'payload' | 'i18n'>>

const labelText = (label: unknown, language: string): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage[language] ?? byLanguage.zh ?? Object.values(byLanguage)[0]
    return typeof text === 'string' ? text : undefined
  }
  return undefined
}

/**
 * The label of the field at a data path (`docNumber`, `notify.0.url`): rows, collapsibles and unnamed tabs do not
 * appear in a path; named groups, tabs and arrays do, array rows by their index. Undefined for an unknown path.
 */
export const fieldLabel = (fields: readonly FlattenedField[] | undefined, path: string, language = 'zh'): string | undefined => {
  let current = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    found = current?.find((field) => field.name === segment)
    if (!found) return undefined
    current = 'flattenedFields' in found ? (found.flattenedFields as FlattenedField[]) : undefined
  }
  return found ? labelText(found.label, language) : undefined
}

const fieldsOf = (collection: RefusingCollection, req: RefusalRequest): readonly FlattenedField[] | undefined =>
  typeof collection === 'string'
    ? (req.payload?.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined> | undefined)?.[collection]?.config.flattenedFields
    : collection.flattenedFields

/** One ValidationError for several field problems (a domain rule's findings), each with its path and label. */
export const fieldErrors = (collection: RefusingCollection, problems: readonly FieldProblem[], req: RefusalRequest): ValidationError => {
  const fields = fieldsOf(collection, req)
  const language = req.i18n?.language ?? 'zh'
  const errors = problems.map(({ path, message }) => {
    const label = fieldLabel(fields, path, language)
    return label ? { path, message, label } : { path, message }
  })
  return new ValidationError({ collection: typeof collection === 'string' ? collection : collection.slug, errors }, req.t)
}

/** A coded refusal about one field (its `field`, or `path` where the same code concerns another field). */
export const fieldRefusal = (error: CodedError, collection: RefusingCollection, req: RefusalRequest, path = error.field ?? ''): ValidationError =>
  fieldErrors(collection, [{ path, message: error.message }], req)
