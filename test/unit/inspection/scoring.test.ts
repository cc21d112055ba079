/** The rubric at its boundaries: deductions capped at an item's points, the yellow threshold, 单项否决, ties, the year. */
import { DEFAULT_INSPECTION_SETTINGS, DEFAULT_RUBRIC } from '../../../domain/inspection/defaults'
import { deductionsOf, inQuarter, judgeDepartment, openAtClose, rankOf, yearResult, type ManualFinding, type QuarterNotice } from '../../../domain/inspection/scoring'
import type { RubricItem } from '../../../domain/inspection/model'

const window = { start: new Date('2026-06-30T16:00:00Z'), close: new Date('2026-09-30T15:59:59.999Z') }
let next = 1
const notice = (rule: string, severity: 'red' | 'yellow' = 'red', over: Partial<QuarterNotice> = {}): QuarterNotice => ({
  id: next++,
  rule,
  severity,
  department: 1,
  detectedAt: '2026-08-01T01:00:00Z',
  resolvedAt: null,
  ...over,
})
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make)
const item = (over: Partial<RubricItem> = {}): RubricItem => ({ key: 'x', label: '测试项', points: 10, deductionPerFinding: 3, auditRules: ['r'], veto: false, ...over })
const settings = { rubric: [item()], fullScore: 100, yellowBelow: 80 }

describe('the default rubric', () => {
  it('adds up to the full score, every key once', () => {
    expect(DEFAULT_RUBRIC.reduce((sum, i) => sum + i.points, 0)).toBe(DEFAULT_INSPECTION_SETTINGS.fullScore)
    expect(new Set(DEFAULT_RUBRIC.map((i) => i.key)).size).toBe(DEFAULT_RUBRIC.length)
  })

  it.each([
    ['column-stale', 'column-update'],
    ['column-empty', 'column-empty'],
    ['site-veto', 'site-veto'],
    ['new-media-stale', 'new-media'],
    ['interpretation-overdue', 'interpretation'],
    ['publish-overdue', 'publish-timeliness'],
    ['review-stuck', 'review'],
    ['annual-report-missing', 'annual-report'],
    ['application-deadline', 'applications'],
  ])('counts notices of rule %s against item %s', (rule, key) => {
    expect(DEFAULT_RUBRIC.filter((i) => i.auditRules.includes(rule)).map((i) => i.key)).toEqual([key])
  })
})

describe('deductions', () => {
  it('takes the item’s deduction per finding', () => {
    expect(deductionsOf([item()], times(3, () => notice('r')), [])).toEqual([{ item: 'x', findings: 3, points: 9, notices: expect.any(Array) }])
  })

  it('caps at the item’s points: 4 findings × 3 take 10, not 12', () => {
    expect(deductionsOf([item()], times(4, () => notice('r')), [])[0].points).toBe(10)
  })

  it('counts a yellow notice only for an item counting warnings', () => {
    expect(deductionsOf([item()], [notice('r', 'yellow')], [])).toEqual([])
    expect(deductionsOf([item({ countsWarnings: true })], [notice('r', 'yellow')], [])[0].points).toBe(3)
  })

  it('adds findings entered by hand to a hand-entered item', () => {
    const manual: ManualFinding[] = [{ id: 'm1', item: 'hand', department: 1, findings: 2 }]
    expect(deductionsOf([item({ key: 'hand', auditRules: [] })], [], manual)).toEqual([{ item: 'hand', findings: 2, points: 6, notices: [] }])
  })

  it('ignores notices of rules the rubric does not name', () => {
    expect(deductionsOf([item()], [notice('other')], [])).toEqual([])
  })
})

describe('the quarter’s window', () => {
  it('counts a notice resolved on the quarter’s first instant, not one resolved just before', () => {
    expect(inQuarter(notice('r', 'red', { detectedAt: '2026-05-01T00:00:00Z', resolvedAt: window.start.toISOString() }), window)).toBe(true)
    expect(inQuarter(notice('r', 'red', { detectedAt: '2026-05-01T00:00:00Z', resolvedAt: new Date(window.start.getTime() - 1).toISOString() }), window)).toBe(false)
  })

  it('does not count a notice found after the close', () => {
    expect(inQuarter(notice('r', 'red', { detectedAt: new Date(window.close.getTime() + 1).toISOString() }), window)).toBe(false)
  })

  it('is open at the close when resolved after it, not when resolved at it', () => {
    expect(openAtClose(notice('r', 'red', { resolvedAt: new Date(window.close.getTime() + 1).toISOString() }), window)).toBe(true)
    expect(openAtClose(notice('r', 'red', { resolvedAt: window.close.toISOString() }), window)).toBe(false)
  })
})

describe('colours', () => {
  const resolved = { resolvedAt: '2026-08-15T00:00:00Z' }

  it('is green with no finding, full score', () => {
    expect(judgeDepartment([], [], window, settings)).toMatchObject({ score: 100, colour: 'green', reasons: [] })
  })

  it('is green at exactly the threshold: 80 is not below 80', () => {
    const s = { ...settings, rubric: [item({ points: 20, deductionPerFinding: 10 })] }
    expect(judgeDepartment(times(2, () => notice('r', 'red', resolved)), [], window, s)).toMatchObject({ score: 80, colour: 'green' })
  })

  it('is yellow one step below the threshold, saying why', () => {
    const s = { ...settings, rubric: [item({ points: 21, deductionPerFinding: 10.5 })] }
    expect(judgeDepartment(times(2, () => notice('r', 'red', resolved)), [], window, s)).toMatchObject({ score: 79, colour: 'yellow', reasons: ['得分 79 低于 80 分'] })
  })

  it('is yellow for a yellow notice open at the close, whatever the score', () => {
    expect(judgeDepartment([notice('r', 'yellow')], [], window, settings)).toMatchObject({ score: 100, colour: 'yellow', reasons: ['季度末有 1 条黄色预警未整改'] })
  })

  it('is green when the yellow notice was resolved within the quarter', () => {
    expect(judgeDepartment([notice('r', 'yellow', resolved)], [], window, settings).colour).toBe('green')
  })

  it('is red for a red notice open at the close', () => {
    expect(judgeDepartment([notice('unlisted')], [], window, settings)).toMatchObject({ score: 100, colour: 'red', reasons: ['季度末有 1 条红色督办通知未整改'] })
  })

  it('is red for a 单项否决 even once the notice is resolved', () => {
    const s = { ...settings, rubric: [item({ veto: true, label: '政务新媒体' })] }
    expect(judgeDepartment([notice('r', 'red', resolved)], [], window, s)).toMatchObject({ score: 97, colour: 'red', reasons: ['单项否决：政务新媒体'] })
  })

  it('is red for a 单项否决 entered by hand', () => {
    const s = { ...settings, rubric: [item({ key: 'secret', auditRules: [], veto: true, label: '保密审查', points: 0 })] }
    expect(judgeDepartment([], [{ id: 1, item: 'secret', department: 1, findings: 1 }], window, s)).toMatchObject({ score: 100, colour: 'red', reasons: ['单项否决：保密审查'] })
  })

  it('does not make a yellow notice of a veto rule a 单项否决', () => {
    const s = { ...settings, rubric: [item({ veto: true })] }
    expect(judgeDepartment([notice('r', 'yellow', resolved)], [], window, s).colour).toBe('green')
  })

  it('never scores below zero', () => {
    const s = { ...settings, fullScore: 10, rubric: [item({ points: 30, deductionPerFinding: 30 })] }
    expect(judgeDepartment([notice('r', 'red', resolved)], [], window, s).score).toBe(0)
  })
})

describe('ranking and the year', () => {
  it('gives equal scores the same rank and skips the next', () => {
    expect(rankOf([90, 95, 90, 80])).toEqual([2, 1, 2, 4])
  })

  it('weighs the quarters’ average 40 % and the year-end score 60 %', () => {
    expect(yearResult([80, 90, 100, 70], 90, DEFAULT_INSPECTION_SETTINGS)).toEqual({ daily: 85, result: 88 })
  })

  it('has no result without quarters or without the year-end score', () => {
    expect(yearResult([], 90, DEFAULT_INSPECTION_SETTINGS)).toEqual({ daily: null, result: null })
    expect(yearResult([90], null, DEFAULT_INSPECTION_SETTINGS)).toEqual({ daily: 90, result: null })
  })
})
