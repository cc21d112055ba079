import { refusedPublicPaths, wherePaths } from '../../hooks/publicQuery/guardPublicQuery'

describe('wherePaths', () => {
  it('collects paths through and/or groups', () => {
    expect(
      wherePaths({ title: { like: 'x' }, or: [{ body: { like: 'y' } }, { and: [{ 'column.slug': { equals: 'z' } }] }] }),
    ).toEqual(['title', 'body', 'column.slug'])
  })

  it('is empty without a where', () => {
    expect(wherePaths(undefined)).toEqual([])
  })
})

describe('refusedPublicPaths', () => {
  it('refuses what is not on the list', () => {
    expect(refusedPublicPaths(['title', 'body', 'nonDisclosureReason'], ['title'])).toEqual(['body', 'nonDisclosureReason'])
  })

  it('accepts dotted operator forms of allowed paths', () => {
    expect(refusedPublicPaths(['title.equals', 'body.like'], ['title'])).toEqual(['body.like'])
  })
})
