import { gradeDomains, gradeOf } from '../../../domain/catalogue/grades'

describe('gradeOf › the quarter of a 领域 (seed 004: 较好 / 数量不足 / 未更新)', () => {
  const settings = { minItemsPerQuarter: 3 }
  it.each([
    [0, 'stale'],
    [1, 'insufficient'],
    [2, 'insufficient'],
    [3, 'good'],
    [4, 'good'],
  ] as const)('%i items published with a minimum of 3 → %s', (published, grade) => {
    expect(gradeOf(published, settings)).toBe(grade)
  })

  it('a minimum of 1 leaves no 数量不足', () => {
    expect([0, 1].map((n) => gradeOf(n, { minItemsPerQuarter: 1 }))).toEqual(['stale', 'good'])
  })
})

describe('gradeDomains', () => {
  it('orders the 领域, labels them in Chinese and counts each grade', () => {
    const facts = [
      { id: 2, name: '公共资源交易', order: 2, matters: 2, boundColumns: 1, published: 2 },
      { id: 1, name: '重大建设项目', order: 1, matters: 2, boundColumns: 1, published: 5 },
      { id: 3, name: '财政预决算', order: 3, matters: 3, boundColumns: 0, published: 0 },
    ]
    const { rows, totals } = gradeDomains(facts, { minItemsPerQuarter: 3 })
    expect(rows.map((r) => `${r.name}:${r.label}`)).toEqual(['重大建设项目:较好', '公共资源交易:数量不足', '财政预决算:未更新'])
    expect(totals).toEqual({ good: 1, insufficient: 1, stale: 1 })
  })
})
