import { activeDisclosure, endedOn, isInForceAtEndOf, isIssuedIn, isRepealedIn, type DocumentFact } from '../../../domain/annualReport/activeDisclosure'
import { categoriesFrom, DEFAULT_CATEGORIES, rowOfCategory } from '../../../domain/annualReport/categories'
import { dayOf, documentFact } from '../../../domain/annualReport/documentFact'

const fact = (over: Partial<DocumentFact> = {}): DocumentFact => ({
  id: '1', row: 'normative', formedAt: '2026-03-01', effectiveFrom: null, effectiveUntil: null, validity: 'valid', validityChangedAt: null, ...over,
})

describe('section 二 › 本年制发 (formed in the year)', () => {
  it.each([
    ['2026-01-01', 2026, true],
    ['2026-12-31', 2026, true],
    ['2025-12-31', 2026, false],
    ['2027-01-01', 2026, false],
  ])('formed %s counts in %i: %s', (formedAt, year, expected) => {
    expect(isIssuedIn(fact({ formedAt }), year)).toBe(expected)
  })
  it('falls back to the 施行日期 when there is no 成文日期', () => {
    expect(isIssuedIn(fact({ formedAt: null, effectiveFrom: '2026-12-31' }), 2026)).toBe(true)
  })
})

describe('section 二 › 本年废止 and 现行有效', () => {
  it('counts a document repealed on 31 December as repealed that year and not in force at its end', () => {
    const f = fact({ formedAt: '2020-05-01', validity: 'repealed', validityChangedAt: '2026-12-31' })
    expect(isRepealedIn(f, 2026)).toBe(true)
    expect(isInForceAtEndOf(f, 2026)).toBe(false)
    expect(isInForceAtEndOf(f, 2025)).toBe(true)
  })
  it('counts a document repealed on 1 January in the new year: still in force at the end of the old one', () => {
    const f = fact({ formedAt: '2020-05-01', validity: 'repealed', validityChangedAt: '2027-01-01' })
    expect(isRepealedIn(f, 2026)).toBe(false)
    expect(isRepealedIn(f, 2027)).toBe(true)
    expect(isInForceAtEndOf(f, 2026)).toBe(true)
  })
  it('lets a 有效期至 of 31 December run through the year: it expires on 1 January', () => {
    const f = fact({ formedAt: '2021-01-01', effectiveUntil: '2026-12-31' })
    expect(endedOn(f)).toBe('2027-01-01')
    expect(isInForceAtEndOf(f, 2026)).toBe(true)
    expect(isRepealedIn(f, 2026)).toBe(false)
    expect(isRepealedIn(f, 2027)).toBe(true)
  })
  it('counts a 有效期至 of 30 December as expired in the year', () => {
    const f = fact({ formedAt: '2021-01-01', effectiveUntil: '2026-12-30', validity: 'expired', validityChangedAt: '2027-02-01' })
    expect(endedOn(f)).toBe('2026-12-31')
    expect(isRepealedIn(f, 2026)).toBe(true)
    expect(isInForceAtEndOf(f, 2026)).toBe(false)
  })
  it('keeps an amended (已修订) document in force', () => {
    expect(isInForceAtEndOf(fact({ formedAt: '2020-01-01', validity: 'amended', validityChangedAt: '2026-06-01' }), 2026)).toBe(true)
  })
  it('does not count a document taking effect next year as in force, nor a repealed one without a date', () => {
    expect(isInForceAtEndOf(fact({ formedAt: '2026-12-20', effectiveFrom: '2027-01-01' }), 2026)).toBe(false)
    const undated = fact({ formedAt: '2020-01-01', validity: 'repealed', validityChangedAt: null })
    expect(isInForceAtEndOf(undated, 2026)).toBe(false)
    expect(isRepealedIn(undated, 2026)).toBe(false)
  })
})

describe('section 二 › the cells and their sources', () => {
  it('counts each row from its own documents and keeps entered figures with who entered them', () => {
    const facts = [
      fact({ id: 'a', row: 'regulation', formedAt: '2026-02-01' }),
      fact({ id: 'b', row: 'normative', formedAt: '2026-12-31' }),
      fact({ id: 'c', row: 'normative', formedAt: '2019-01-01', validity: 'repealed', validityChangedAt: '2026-07-01' }),
      fact({ id: 'd', row: 'normative', formedAt: '2019-01-01' }),
      fact({ id: 'e', row: 'license', formedAt: '2026-01-01' }),
    ]
    const s = activeDisclosure(2026, facts, { license: { value: 12, by: '张三', at: '2027-01-05T02:00:00Z' }, fee: { value: 0 } })
    expect(s.documents.regulation.issued).toEqual({ value: 1, source: { kind: 'computed', documents: 1, ids: ['a'] } })
    expect(s.documents.normative.issued.value).toBe(1)
    expect(s.documents.normative.repealed).toEqual({ value: 1, source: { kind: 'computed', documents: 3, ids: ['c'] } })
    expect(s.documents.normative.inForce.value).toBe(2)
    expect(s.decisions.license).toEqual({ value: 12, source: { kind: 'entered', by: '张三', at: '2027-01-05T02:00:00Z' } })
    expect(s.decisions.penalty).toEqual({ value: null, source: { kind: 'missing' } })
    expect(s.fee.value).toBe(0)
  })
})

describe('categories and document facts', () => {
  it('falls back to the official six and drops entries with an unknown row', () => {
    expect(categoriesFrom([])).toEqual(DEFAULT_CATEGORIES)
    const list = categoriesFrom([{ value: 'county-normative', label: '县政府规范性文件', row: 'normative' }, { value: 'x', row: 'nonsense' }])
    expect(list).toEqual([{ value: 'county-normative', label: '县政府规范性文件', row: 'normative' }])
    expect(rowOfCategory(list, 'county-normative')).toBe('normative')
    expect(rowOfCategory(list, 'regulation')).toBeNull()
  })
  it('reads a date field’s instant as its Beijing day', () => {
    expect(dayOf('2025-12-31T16:00:00.000Z')).toBe('2026-01-01')
    expect(dayOf('2026-12-31T15:59:59.000Z')).toBe('2026-12-31')
    expect(dayOf('2026-02-30')).toBeNull()
    const f = documentFact({ id: 7, reportCategory: 'regulation', formedAt: '2025-12-31T16:00:00.000Z', validity: 'repealed', validityChangedAt: '2026-03-01T01:00:00Z' }, DEFAULT_CATEGORIES, {
      category: 'reportCategory', effectiveFrom: 'effectiveFrom', effectiveUntil: 'effectiveUntil', formedAt: 'formedAt', validity: 'validity', validityChangedAt: 'validityChangedAt',
    })
    expect(f).toEqual({ id: '7', row: 'regulation', formedAt: '2026-01-01', effectiveFrom: null, effectiveUntil: null, validity: 'repealed', validityChangedAt: '2026-03-01' })
  })
})
