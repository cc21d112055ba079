import { buildSchema, parse } from 'graphql'
import { getComplexity } from 'graphql-query-complexity'
import { countFields, ITEM_COST, pageSize, payloadCostEstimator } from '../../../domain/http/graphqlCost'

// The shape of Payload's schema where it matters: pages with limit/pagination, joins with limit/count.
const schema = buildSchema(`
  type Column { title: String }
  type Interpretation { id: Int title: String }
  type Interpretations { docs: [Interpretation!]! }
  type Document { id: Int title: String bodyHtml: String column: Column interpretations(limit: Int, count: Boolean): Interpretations }
  type Documents { docs: [Document!]! totalDocs: Int }
  type Query { Documents(limit: Int, page: Int, pagination: Boolean): Documents }
  type Mutation { loginUser(email: String, password: String): String forgotPasswordUser(email: String): Boolean }
`)
const cost = (query: string, unboundedPage = 100) => getComplexity({ schema, query: parse(query), estimators: [payloadCostEstimator({ unboundedPage })] })

describe('pageSize', () => {
  it('counts limit: 0, pagination: false and an unbounded join as the largest page', () => {
    expect(pageSize({ limit: 0 }, 'find', { unboundedPage: 100 })).toBe(100)
    expect(pageSize({ pagination: false }, 'find', { unboundedPage: 100 })).toBe(100)
    expect(pageSize({}, 'join', { unboundedPage: 100 })).toBe(100)
    expect(pageSize({}, 'find', { unboundedPage: 100 })).toBe(10)
    expect(pageSize({ limit: 5000 }, 'find', { unboundedPage: 100 })).toBe(100)
  })
})

describe('payloadCostEstimator', () => {
  it('multiplies a page by its size, each alias in full', () => {
    const one = cost('{ Documents(limit: 0) { docs { id } } }')
    expect(one).toBe(1 + 100 * (ITEM_COST + 1 + 1))
    const aliased = cost(`{ ${Array.from({ length: 24 }, (_, i) => `a${i}: Documents(limit: 0) { docs { id } }`).join(' ')} }`)
    expect(aliased).toBe(24 * one)
  })

  it('weighs rich text as HTML more than a plain field, and joins per item', () => {
    expect(cost('{ Documents(limit: 10) { docs { bodyHtml } } }')).toBeGreaterThan(cost('{ Documents(limit: 10) { docs { title } } }'))
    expect(cost('{ Documents(limit: 10) { docs { interpretations { docs { id } } } } }')).toBeGreaterThan(10 * 100 * ITEM_COST)
  })

  it('does not multiply introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBeLessThan(20)
  })
})

describe('countFields', () => {
  it('counts login mutations through aliases and fragments', () => {
    const document = parse('mutation { a: loginUser(email: "x") b: loginUser(email: "y") ...F } fragment F on Mutation { forgotPasswordUser(email: "z") }')
    expect(countFields(document, (name) => /^(login|forgotPassword)[A-Z]/.test(name))).toBe(3)
  })
})
