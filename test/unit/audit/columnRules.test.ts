import { evaluateColumns, type ColumnStat } from '../../../domain/audit/columnRules'
import { on, at, settings } from './helpers'

const column = (data: Partial<ColumnStat> = {}): ColumnStat => ({
  id: 1, title: '工作动态', kind: 'news', updateCycleDays: null, department: 7, hasOpenChildren: false, publicItems: 3, lastPublishedAt: at('2026-11-01'), ...data,
})
const levels = (today: string, data: Partial<ColumnStat> = {}, stored = {}) =>
  evaluateColumns([column(data)], settings(stored), on(today)).filter((f) => f.rule === 'column-stale').map((f) => f.severity)

describe('column not updated within its cycle', () => {
  it.each([
    ['2026-11-10', []], // 9 days
    ['2026-11-11', ['yellow']], // 10 days: the news warning
    ['2026-11-14', ['yellow']], // 13 days: last day of the cycle
    ['2026-11-15', ['red']], // 14 days without an update
    ['2026-11-16', ['red']],
  ])('工作动态 updated 2026-11-01, on %s → %j', (today, expected) => {
    expect(levels(today)).toEqual(expected)
  })

  it('gives the deadline as the end of the cycle’s last day, Beijing time', () => {
    const [finding] = evaluateColumns([column()], settings(), on('2026-11-15'))
    expect(finding.dueAt).toBe('2026-11-14T15:59:59.999Z')
    expect(finding.message).toContain('已 14 天未更新')
  })

  it.each([
    ['2026-11-02', []], // 152 days
    ['2026-11-03', ['yellow']], // 153 = 183 − 30 days before
    ['2026-12-02', ['yellow']], // 182
    ['2026-12-03', ['red']], // 183
  ])('通知公告 (183 days) updated 2026-06-03, on %s → %j', (today, expected) => {
    expect(levels(today, { kind: 'notice', title: '通知公告', lastPublishedAt: at('2026-06-03') })).toEqual(expected)
  })

  it('reads the cycle and the warning from the settings, and the column’s own cycle first', () => {
    expect(levels('2026-11-08', {}, { columns: { news: 7 } })).toEqual(['red'])
    expect(levels('2026-11-08', {}, { columns: { newsWarningDays: 5 } })).toEqual(['yellow'])
    expect(levels('2026-11-20', { updateCycleDays: 30 })).toEqual(['yellow'])
    expect(levels('2026-12-01', { updateCycleDays: 30 })).toEqual(['red'])
  })

  it('warns no earlier than half-way through a short cycle', () => {
    expect(levels('2026-11-15', { kind: 'notice', updateCycleDays: 30 })).toEqual([])
    expect(levels('2026-11-16', { kind: 'notice', updateCycleDays: 30 })).toEqual(['yellow'])
  })

  it('never flags a column whose cycle is 0 (its own override, or the setting of its kind)', () => {
    expect(levels('2030-01-01', { kind: 'guide', updateCycleDays: 0 })).toEqual([])
    expect(levels('2030-01-01', { kind: 'guide' }, { columns: { guide: 0 } })).toEqual([])
  })

  // Seed 000: 指南 按年度发布; 机构概况、领导信息、专题 "必须每年更新" (365 days; warned 30 days before).
  it.each(['guide', 'organization', 'leaders', 'topic'] as const)('%s updated 2025-11-01 is yellow from day 335, red on day 365 (2026-11-01)', (kind) => {
    const data = { kind, lastPublishedAt: at('2025-11-01') }
    expect(levels('2026-10-01', data)).toEqual([]) // 334 days
    expect(levels('2026-10-02', data)).toEqual(['yellow']) // 335
    expect(levels('2026-10-31', data)).toEqual(['yellow']) // 364
    expect(levels('2026-11-01', data)).toEqual(['red']) // 365
  })

  it('a column without an override follows a later change of the setting; an override keeps its own cycle', () => {
    const data = { kind: 'leaders' as const, lastPublishedAt: at('2026-01-01') }
    expect(levels('2026-08-01', data)).toEqual([])
    expect(levels('2026-08-01', data, { columns: { leaders: 180 } })).toEqual(['red'])
    expect(levels('2026-08-01', { ...data, updateCycleDays: 365 }, { columns: { leaders: 180 } })).toEqual([])
  })
})

describe('empty columns and the site-level vetoes', () => {
  const empty = (id: number, data: Partial<ColumnStat> = {}) => column({ id, title: `空栏目${id}`, publicItems: 0, lastPublishedAt: null, ...data })

  it('flags an open leaf column without public items, but not a parent column', () => {
    const findings = evaluateColumns([empty(1), empty(2, { hasOpenChildren: true })], settings(), on('2026-11-02'))
    expect(findings.map((f) => [f.rule, f.subjectId, f.severity])).toEqual([['column-empty', '1', 'yellow']])
  })

  it.each([[4, []], [5, ['empty-columns']]])('%i empty columns → site vetoes %j', (count, expected) => {
    const findings = evaluateColumns(Array.from({ length: count }, (_, i) => empty(i + 1)), settings(), on('2026-11-02'))
    expect(findings.filter((f) => f.rule === 'site-veto').map((f) => f.subjectId)).toEqual(expected)
  })

  it('counts stale key columns (动态、通知公告、政策文件) and all stale columns against their thresholds', () => {
    const stale = (id: number, kind: ColumnStat['kind']) => column({ id, kind, lastPublishedAt: at('2024-01-01') })
    const key = [1, 2, 3, 4, 5].map((i) => stale(i, i % 2 ? 'news' : 'policy'))
    const others = [6, 7, 8, 9].map((i) => stale(i, 'personnel'))
    const site = (list: ColumnStat[]) => evaluateColumns(list, settings(), on('2026-11-20')).filter((f) => f.rule === 'site-veto').map((f) => f.subjectId)
    expect(site(key.slice(0, 4))).toEqual([])
    expect(site(key)).toEqual(['stale-key-columns'])
    expect(site([...key, ...others])).toEqual(['stale-key-columns'])
    expect(site([...key, ...others, stale(10, 'plan')])).toEqual(['stale-key-columns', 'stale-columns'])
    const [veto] = evaluateColumns([...key, ...others, stale(10, 'plan')], settings({ site: { staleKeyColumnsVeto: 6 } }), on('2026-11-20')).filter((f) => f.rule === 'site-veto')
    expect([veto.subjectId, veto.severity, veto.department]).toEqual(['stale-columns', 'red', null])
  })
})

describe('vetoes per top-level column and per department’s sub-site (检查指标 check each site)', () => {
  const root = (id: number, department: number | null = null) => ({ id, title: `顶级栏目${id}`, department })
  const blank = (id: number, data: Partial<ColumnStat>) => column({ id, title: `空栏目${id}`, publicItems: 0, lastPublishedAt: null, ...data })
  const vetoes = (list: ColumnStat[]) =>
    evaluateColumns(list, settings(), on('2026-11-02')).filter((f) => f.rule === 'site-veto').map((f) => [f.subjectId, f.department, f.subjectTitle])

  it('4 empty columns under one top-level column and 1 elsewhere: only the portal reaches 5', () => {
    const list = [1, 2, 3, 4].map((i) => blank(i, { department: 7, root: root(100, 7) })).concat(blank(5, { department: 8, root: root(200, 8) }))
    expect(vetoes(list)).toEqual([['empty-columns', null, '空白栏目数量']])
  })

  it('5 empty columns under one top-level column: the portal and that column; its department’s site is the same set, counted once', () => {
    const list = [1, 2, 3, 4, 5].map((i) => blank(i, { department: 7, departmentName: '县教育局', root: root(100, 7) })).concat(blank(6, { department: 8, root: root(200, 8) }))
    expect(vetoes(list)).toEqual([
      ['empty-columns', null, '空白栏目数量'],
      ['column-100:empty-columns', 7, '栏目“顶级栏目100”空白栏目数量'],
    ])
  })

  it('a department’s sub-site spread over two top-level columns is counted as a site of its own, charged to the department', () => {
    const list = [
      ...[1, 2, 3].map((i) => blank(i, { department: 7, departmentName: '县教育局', root: root(100, 1) })),
      ...[4, 5].map((i) => blank(i, { department: 7, departmentName: '县教育局', root: root(200, 1) })),
      ...[6, 7, 8].map((i) => blank(i, { department: 1, root: root(100, 1) })),
    ]
    const found = evaluateColumns(list, settings(), on('2026-11-02')).filter((f) => f.rule === 'site-veto')
    expect(found.map((f) => [f.subjectId, f.department, f.severity])).toEqual([
      ['empty-columns', null, 'red'],
      ['column-100:empty-columns', 1, 'red'],
      ['department-7:empty-columns', 7, 'red'],
    ])
    expect(found[2].message).toBe('县教育局子站空白栏目共 5 个，达到单项否决标准（5 个）')
  })

  it('stale key columns per top-level column: 4 → none, 5 → a veto of that column', () => {
    const stale = (id: number, r: number) => column({ id, kind: 'news', department: 7, root: root(r, 7), lastPublishedAt: at('2026-01-01') })
    const four = [1, 2, 3, 4].map((i) => stale(i, 100)).concat([5, 6].map((i) => stale(i, 200)))
    expect(vetoes(four).map(([id]) => id)).toEqual(['stale-key-columns'])
    const five = [1, 2, 3, 4, 5].map((i) => stale(i, 100)).concat([6].map((i) => stale(i, 200)))
    expect(vetoes(five).map(([id]) => id)).toEqual(['stale-key-columns', 'column-100:stale-key-columns'])
  })
})
