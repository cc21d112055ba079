/**
 * Anonymous readers may filter and sort only on the fields they may read, and never see drafts.
 * Payload already checks field access on `where` and `sort`; this allowlist is the second wall, so that
 * a field added later without access rules cannot become a boolean oracle.
 */
import type { CollectionBeforeOperationHook, Where } from 'payload'
import { codedError } from '../../domain/errors'
import { isStaff } from '../access/roles'

const QUERY_OPERATIONS = new Set(['read', 'count', 'readDistinct'])
const OPERATORS_AND_GROUPS = new Set(['and', 'or'])

/** What this guard reads of a query's arguments. */
type QueryArgs = { where?: Where; sort?: unknown; field?: unknown; joins?: unknown; overrideAccess?: boolean }

/** Every field path named in a `where`, with operators stripped (`column.slug` from `{column: {slug: {equals}}}`). */
export const wherePaths = (where: Where | undefined | null): string[] => {
  if (!where || typeof where !== 'object') return []
  const paths: string[] = []
  for (const [key, value] of Object.entries(where)) {
    if (OPERATORS_AND_GROUPS.has(key)) {
      for (const nested of Array.isArray(value) ? value : []) paths.push(...wherePaths(nested as Where))
      continue
    }
    paths.push(key)
  }
  return paths
}

const sortPaths = (sort: unknown): string[] => {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.map((entry) => String(entry).trim().replace(/^-/, '').replace(/__/g, '.')).filter(Boolean)
}

export const refusedPublicPaths = (paths: string[], allowed: readonly string[]): string[] =>
  paths.filter((path) => !allowed.includes(path.replace(/\.(equals|in|not_in|exists|like|contains|not_equals|greater_than|greater_than_equal|less_than|less_than_equal)$/, '')))

export const guardPublicQuery =
  (allowed: readonly string[]): CollectionBeforeOperationHook =>
  ({ args: rawArgs, operation, req }) => {
    const args = rawArgs as QueryArgs
    if (!QUERY_OPERATIONS.has(operation) || isStaff(req) || args.overrideAccess) return rawArgs
    const refused = [
      ...refusedPublicPaths(wherePaths(args.where), allowed),
      ...refusedPublicPaths(sortPaths(args.sort), allowed),
      ...(operation === 'readDistinct' ? refusedPublicPaths([String(args.field ?? '')], allowed) : []),
      ...(args.joins && typeof args.joins === 'object'
        ? Object.values(args.joins as Record<string, { where?: Where } | false>).flatMap((join) =>
            join && typeof join === 'object' && join.where ? wherePaths(join.where) : [],
          )
        : []),
    ]
    if (refused.length > 0) throw codedError('app.query-field-refused', [...new Set(refused)].join('、'))
    return { ...rawArgs, draft: false }
  }
