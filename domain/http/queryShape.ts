/**
 * `where` clauses that Payload's database adapters do not refuse but crash on (a 500 for everyone): geo operators
 * on fields that are not points, object values, dates and ids that do not parse. Each becomes a Chinese 400.
 */

export const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const VALUE_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

export type FieldKinds = {
  /** Top-level paths of point fields (the only ones that take near/within/intersects). */
  point: ReadonlySet<string>
  /** Top-level paths of date fields (createdAt and updatedAt included). */
  date: ReadonlySet<string>
  /** Top-level paths holding numeric ids (id itself and relationships to one collection), on SQL databases. */
  numericId: ReadonlySet<string>
}

export const GEO_REFUSED = (path: string, operator: string) => `不支持的查询条件：字段 ${path} 不能使用 ${operator}`
export const VALUE_REFUSED = (path: string, operator: string) => `查询条件 ${path}.${operator} 的值无效`
export const DATE_REFUSED = (path: string, value: string) => `查询条件中字段 ${path} 的日期无效：${value}`
export const ID_REFUSED = (path: string, value: string) => `查询条件中字段 ${path} 的编号无效：${value}`
export const ID_PARAM_REFUSED = (id: string) => `编号无效：${id}`

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isEmptyish = (value: unknown) => value === null || value === undefined || value === '' || value === 'null'

const listOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  if (LIST_OPERATORS.has(operator) && isPlainObject(value)) return Object.values(value)
  return [value]
}

export const isIntegerId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d{1,15}$/.test(value.trim()))

const isDate = (value: unknown): boolean =>
  value instanceof Date ? !Number.isNaN(value.getTime()) : (typeof value === 'string' || typeof value === 'number') && Number.isFinite(new Date(value).getTime()) && Math.abs(new Date(value).getTime()) < 8.64e15

const constraintProblem = (path: string, constraint: Record<string, unknown>, kinds: FieldKinds): string | null => {
  const topLevel = !path.includes('.')
  for (const [operator, value] of Object.entries(constraint)) {
    if (GEO_OPERATORS.has(operator)) {
      if (!(topLevel && kinds.point.has(path))) return GEO_REFUSED(path, operator)
      continue
    }
    if (!VALUE_OPERATORS.has(operator)) continue
    // A polymorphic relationship compares `{relationTo, value}`; any other object is a query fragment.
    if (isPlainObject(value) && !LIST_OPERATORS.has(operator) && !('relationTo' in value && 'value' in value)) return VALUE_REFUSED(path, operator)
    if (!topLevel) continue
    for (const item of listOf(operator, value)) {
      if (isEmptyish(item)) continue
      if (isPlainObject(item) || Array.isArray(item)) {
        if (isPlainObject(item) && 'relationTo' in item) continue
        return VALUE_REFUSED(path, operator)
      }
      if (kinds.date.has(path) && !isDate(item)) return DATE_REFUSED(path, String(item))
      if (kinds.numericId.has(path) && !isIntegerId(item)) return ID_REFUSED(path, String(item))
    }
  }
  return null
}

/** The first reason to refuse a `where` clause, or null. Unknown operators and paths are left to Payload (its 400). */
export const whereProblem = (where: unknown, kinds: FieldKinds, depth = 0): string | null => {
  if (!isPlainObject(where) || depth > 20) return null
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : []
      for (const nested of list) {
        const problem = whereProblem(nested, kinds, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (isPlainObject(value)) {
      const problem = constraintProblem(key.replace(/__/g, '.'), value, kinds)
      if (problem) return problem
    }
  }
  return null
}
