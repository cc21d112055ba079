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

  it('never flags a column without a cycle (0 = on change)', () => {
    expect(levels('2030-01-01', { kind: 'guide' })).toEqual([])
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
