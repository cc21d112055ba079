/**
 * What an anonymous GraphQL operation may cost, counted the way an attacker spends it (Payload's own
 * `graphQL.maxComplexity` does not count `limit: 0`, aliases or joins that way): every paginated list
 * multiplies its selection by the page it will really return — `limit: 0` and a join without a limit count
 * as the largest page, aliases each count in full — and rich text, converted to HTML per item, weighs more
 * than a plain field.
 */
import { getNamedType, isListType, getNullableType, visit, type DocumentNode, type GraphQLField } from 'graphql'

export type CostOptions = {
  /** The page size a `limit: 0` (or an unbounded join) returns for this client. */
  unboundedPage: number
  /** Payload's default page size of a collection query without `limit`. */
  defaultPage?: number
  /** What producing one item of a page costs before any of its fields (access, hooks, field traversal). */
  itemCost?: number
  /** What populating one related document costs (batched by Payload's data loader). */
  relationCost?: number
  /** Fields whose every value is expensive to produce (rich text and its HTML). */
  expensiveFields?: Record<string, number>
}

/**
 * Measured on the 2-core machine (docs/benchmarks.md → 安全): one document of a page ≈ 2 ms whatever is selected,
 * its rich text or HTML ≈ 0.5 ms more, a populated relation ≈ 0.3 ms. A cost unit is therefore about 0.1 ms.
 */
export const ITEM_COST = 20
export const RELATION_COST = 3
export const EXPENSIVE_FIELDS: Record<string, number> = { body: 5, publicBody: 5, bodyHtml: 5, publicBodyHtml: 5 }

/** How many items a field with pagination arguments returns at most. */
export const pageSize = (
  args: Record<string, unknown>,
  kind: 'find' | 'join',
  { unboundedPage, defaultPage = 10 }: Pick<CostOptions, 'unboundedPage' | 'defaultPage'>,
): number => {
  const limit = typeof args.limit === 'number' ? args.limit : undefined
  if (limit !== undefined && limit > 0) return Math.min(limit, unboundedPage)
  if (limit === 0 || args.pagination === false) return unboundedPage
  return kind === 'find' ? defaultPage : unboundedPage
}

/** A graphql-query-complexity estimator implementing the cost model above. */
export const payloadCostEstimator =
  ({ unboundedPage, defaultPage = 10, itemCost = ITEM_COST, relationCost = RELATION_COST, expensiveFields = EXPENSIVE_FIELDS }: CostOptions) =>
  ({ type, field, args, childComplexity }: { type: { name: string }; field: GraphQLField<unknown, unknown>; args: Record<string, unknown>; childComplexity: number }): number => {
    // Introspection reads the schema in memory: each node counts once, never multiplied.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return childComplexity
    const own = expensiveFields[field.name] ?? 1
    const argNames = new Set(field.args.map((arg) => arg.name))
    if (argNames.has('limit')) {
      const kind = argNames.has('pagination') ? 'find' : 'join'
      return own + pageSize(args, kind, { unboundedPage, defaultPage }) * (itemCost + childComplexity)
    }
    // Payload marks its relationship and upload fields with a complexity extension: each is a populated document.
    const relation = (field.extensions as { complexity?: unknown } | undefined)?.complexity !== undefined
    const list = field.name !== 'docs' && isListType(getNullableType(field.type)) && childComplexity > 0 && getNamedType(field.type) !== undefined
    // (`docs` of a page is already multiplied by its parent's page size; other lists hold a handful of items.)
    const perItem = (relation ? relationCost : 0) + childComplexity
    return own + (list ? defaultPage * perItem : perItem)
  }

/** How many fields of a document match (aliases and fragments included, unused ones too). */
export const countFields = (document: DocumentNode, matches: (name: string) => boolean): number => {
  let count = 0
  visit(document, {
    Field(node) {
      if (matches(node.name.value)) count += 1
    },
  })
  return count
}
