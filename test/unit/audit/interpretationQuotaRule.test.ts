import { evaluateInterpretationQuotas, type QuotaCount } from '../../../domain/audit/interpretationQuotaRule'
import { on, settings } from './helpers'

const departments = [{ id: 1, name: '县教育局' }, { id: 2, name: '县卫生健康局' }]
const judge = (today: string, counts: Record<string, QuotaCount>, stored = {}) =>
  evaluateInterpretationQuotas(departments, new Map(Object.entries(counts)), settings(stored), on(today))

describe('yearly interpretation quotas (寻乌县: 不少于6次，其中主要领导不少于3次)', () => {
  const behind = { '1': { total: 5, byPrincipal: 3 }, '2': { total: 6, byPrincipal: 3 } }

  it.each([
    ['2026-06-30', []], // the last day of Q2: never warned yet
    ['2026-07-01', ['1']], // the first day of Q3: behind the year's quota
    ['2026-12-31', ['1']],
    ['2027-01-01', []], // a new year starts again
  ])('on %s → departments warned %j', (today, expected) => {
    expect(judge(today, behind).map((f) => f.subjectId)).toEqual(expected)
  })

  it('judges the Beijing day: 2026-06-30 16:30 UTC is already 07-01 in Beijing', () => {
    const clock = { now: new Date('2026-06-30T16:30:00Z'), today: '2026-07-01', timeZone: 'Asia/Shanghai' }
    expect(evaluateInterpretationQuotas(departments, new Map(Object.entries(behind)), settings(), clock).map((f) => f.subjectId)).toEqual(['1'])
  })

  it('warns yellow, charged to the department, with both shortfalls and the year end as the deadline', () => {
    const [finding] = judge('2026-07-01', { '1': { total: 2, byPrincipal: 1 }, '2': { total: 6, byPrincipal: 3 } })
    expect(finding).toEqual({
      rule: 'interpretation-quota',
      severity: 'yellow',
      subjectType: 'departments',
      subjectId: '1',
      subjectTitle: '县教育局 2026 年政策解读',
      department: 1,
      dueAt: '2026-12-31T15:59:59.999Z',
      message: '县教育局 2026 年已发布政策解读 2 篇，全年应不少于 6 篇；主要负责人解读 1 篇，全年应不少于 3 篇',
    })
  })

  it.each([
    [{ total: 6, byPrincipal: 2 }, ['主要负责人解读 2 篇，全年应不少于 3 篇']],
    [{ total: 6, byPrincipal: 3 }, []],
    [{ total: 9, byPrincipal: 9 }, []],
  ])('6 or more in all: %j → %j', (count, expected) => {
    const found = judge('2026-08-01', { '1': count, '2': { total: 6, byPrincipal: 3 } })
    expect(found.map((f) => f.message.replace('县教育局 2026 年', ''))).toEqual(expected)
  })

  it('counts a department with no interpretation at all as 0', () => {
    expect(judge('2026-07-01', { '1': { total: 6, byPrincipal: 3 } }).map((f) => f.message)).toEqual(['县卫生健康局 2026 年已发布政策解读 0 篇，全年应不少于 6 篇；主要负责人解读 0 篇，全年应不少于 3 篇'])
  })

  it('reads the quotas and the first day of warning from the settings', () => {
    const stored = { interpretationQuotas: { yearly: 4, byPrincipal: 2, warnFrom: '10-01' } }
    expect(judge('2026-09-30', { '1': { total: 3, byPrincipal: 2 } }, stored)).toEqual([])
    expect(judge('2026-10-01', { '1': { total: 3, byPrincipal: 2 }, '2': { total: 4, byPrincipal: 2 } }, stored).map((f) => f.subjectId)).toEqual(['1'])
  })
})
