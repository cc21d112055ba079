/** The year's 考评 (domain/inspection/year.ts): frozen quarters only, the weights, ranks with ties, departments gone. */
import { DEFAULT_INSPECTION_SETTINGS } from '../../../domain/inspection/defaults'
import type { DepartmentResult, QuarterKey, QuarterSnapshot } from '../../../domain/inspection/model'
import { isInspectionYear, quartersOfYear, scopedYear, yearResults } from '../../../domain/inspection/year'
import { emptyFigures } from '../../../domain/inspection/figures'

const snapshot = (quarter: QuarterKey, scores: Record<string, number>): QuarterSnapshot => ({
  quarter,
  from: '',
  to: '',
  frozen: true,
  frozenAt: '2026-01-01T00:00:00.000Z',
  figures: emptyFigures(),
  departments: Object.entries(scores).map(([id, score]): DepartmentResult => ({ id, name: `部门${id}`, colour: 'green', reasons: [], score, rank: 1, deductions: [], figures: emptyFigures() })),
})
const departments = [
  { id: 'a', name: '部门a' },
  { id: 'b', name: '部门b' },
  { id: 'c', name: '部门c' },
]

describe('the year’s result', () => {
  it('averages the year’s frozen quarters and weighs the year-end score, ignoring other years', () => {
    const answer = yearResults(2026, [snapshot('2026Q1', { a: 80, b: 90 }), snapshot('2026Q2', { a: 100, b: 90 }), snapshot('2025Q4', { a: 0 })], departments, [{ department: 'a', score: 90 }], DEFAULT_INSPECTION_SETTINGS)
    expect(answer.quarters).toEqual([
      { quarter: '2026Q1', frozen: true },
      { quarter: '2026Q2', frozen: true },
      { quarter: '2026Q3', frozen: false },
      { quarter: '2026Q4', frozen: false },
    ])
    const a = answer.departments.find((d) => d.id === 'a')!
    expect(a).toEqual({ id: 'a', name: '部门a', quarters: { '2026Q1': 80, '2026Q2': 100, '2026Q3': null, '2026Q4': null }, daily: 90, yearEnd: 90, result: 90, rank: 1 })
    expect(answer.departments.find((d) => d.id === 'b')).toMatchObject({ daily: 90, yearEnd: null, result: null, rank: null })
    expect(answer.departments.find((d) => d.id === 'c')).toMatchObject({ daily: null, result: null, rank: null })
  })

  it('ranks by result with shared ranks, those without a result last', () => {
    const answer = yearResults(
      2027,
      [snapshot('2027Q1', { a: 90, b: 100, c: 95 })],
      departments,
      [
        { department: 'a', score: 100 }, // 0.4×90 + 0.6×100 = 96
        { department: 'b', score: 40 / 0.6 }, // 0.4×100 + 0.6×66.67 = 80
        { department: 'c', score: 58 / 0.6 }, // 0.4×95 + 0.6×96.67 = 96: tied with a
      ],
      DEFAULT_INSPECTION_SETTINGS,
    )
    expect(answer.departments.map((d) => [d.id, d.result, d.rank])).toEqual([
      // Tied: listed by the daily score (c 95 before a 90), the rank shared.
      ['c', 96, 1],
      ['a', 96, 1],
      ['b', 80, 3],
    ])
  })

  it('keeps a department a frozen quarter names after it is gone, and reads the weights from the settings', () => {
    const answer = yearResults(2026, [snapshot('2026Q4', { gone: 70 })], [], [{ department: 'gone', score: 70 }], { dailyWeight: 0.5, yearEndWeight: 0.5 })
    expect(answer.weights).toEqual({ daily: 0.5, yearEnd: 0.5 })
    expect(answer.departments).toEqual([{ id: 'gone', name: '部门gone', quarters: { '2026Q1': null, '2026Q2': null, '2026Q3': null, '2026Q4': 70 }, daily: 70, yearEnd: 70, result: 70, rank: 1 }])
  })

  it('gives one department its own row with its rank among all', () => {
    const answer = yearResults(2026, [snapshot('2026Q1', { a: 60, b: 100 })], departments, [{ department: 'a', score: 60 }, { department: 'b', score: 100 }], DEFAULT_INSPECTION_SETTINGS)
    expect(scopedYear(answer, 'a').departments).toEqual([expect.objectContaining({ id: 'a', rank: 2 })])
    expect(scopedYear(answer, null)).toBe(answer)
  })

  it('accepts four-digit years from 2000 to 2999 only, a year the calendar does not know included', () => {
    expect([1999, 2000, 2026, 2999, 3000, 2026.5, Number.NaN].map(isInspectionYear)).toEqual([false, true, true, true, false, false, false])
    expect(quartersOfYear(2991)).toEqual(['2991Q1', '2991Q2', '2991Q3', '2991Q4'])
  })
})
