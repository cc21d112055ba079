import { DATE_REFUSED, GEO_REFUSED, ID_REFUSED, isIntegerId, VALUE_REFUSED, whereProblem } from '../../../domain/http/queryShape'

const kinds = { point: new Set(['location']), date: new Set(['publishedAt', 'createdAt']), numericId: new Set(['id', 'column']) }

describe('whereProblem', () => {
  it('refuses near/within/intersects on fields that are not points, at any depth', () => {
    expect(whereProblem({ title: { near: '1,2' } }, kinds)).toBe(GEO_REFUSED('title', 'near'))
    expect(whereProblem({ or: [{ and: [{ title: { within: {} } }] }] }, kinds)).toBe(GEO_REFUSED('title', 'within'))
    expect(whereProblem({ 'column.title': { intersects: 'x' } }, kinds)).toBe(GEO_REFUSED('column.title', 'intersects'))
    expect(whereProblem({ location: { near: '1,2,1000' } }, kinds)).toBeNull()
  })

  it('refuses object values that would be merged into the query', () => {
    expect(whereProblem({ title: { equals: { x: '1' } } }, kinds)).toBe(VALUE_REFUSED('title', 'equals'))
    expect(whereProblem({ subject: { equals: { relationTo: 'documents', value: 1 } } }, kinds)).toBeNull()
  })

  it('refuses dates and ids that do not parse', () => {
    expect(whereProblem({ publishedAt: { greater_than: 'garbage' } }, kinds)).toBe(DATE_REFUSED('publishedAt', 'garbage'))
    expect(whereProblem({ publishedAt: { equals: '-271821-04-20' } }, kinds)).toBe(DATE_REFUSED('publishedAt', '-271821-04-20'))
    expect(whereProblem({ column: { in: '1,abc' } }, kinds)).toBe(ID_REFUSED('column', 'abc'))
    expect(whereProblem({ id: { equals: '12' }, publishedAt: { less_than: '2026-12-01' }, column: { exists: 'true' } }, kinds)).toBeNull()
  })

  it('leaves unknown operators and paths to Payload', () => {
    expect(whereProblem({ title: { foo: 1 } }, kinds)).toBeNull()
    expect(whereProblem('not an object', kinds)).toBeNull()
  })
})

describe('isIntegerId', () => {
  it('accepts what a numeric id can be, nothing else', () => {
    expect([1, '12', ' 7 '].every(isIntegerId)).toBe(true)
    expect(['abc', '1.5', '1e3', Number.NaN, '', '99999999999999999999'].some(isIntegerId)).toBe(false)
  })
})
