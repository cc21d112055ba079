/** The quarter's figures from plain rows: 动态 / 法定, policies, 依申请, new media with the 合格率, the column matrix. */
import { quarterFigures, type FigureInputs, type SubjectNotice } from '../../../domain/inspection/figures'
import { DEFAULT_INSPECTION_SETTINGS } from '../../../domain/inspection/defaults'
import { inspectionSettingsFrom } from '../../../domain/inspection/settings'
import { scopedSnapshot } from '../../../domain/inspection/scope'
import { quarterBounds, quarterOf, type QuarterSnapshot } from '../../../domain/inspection/model'

const bounds = quarterBounds('2026Q3')
const window = { start: new Date('2026-06-30T16:00:00Z'), close: new Date('2026-09-30T15:59:59.999Z') }
const settings = { dynamicColumnKinds: ['news'], matrixColumnKinds: ['guide', 'organization', 'leaders'] }
const item = (department: number | null, publishedDay: string, columnKind: string | null, extra: { isPolicy?: boolean; interpreted?: boolean } = {}) => ({
  department,
  publishedDay,
  columnKind,
  isPolicy: extra.isPolicy ?? false,
  interpreted: extra.interpreted ?? false,
})
const notice = (subject: SubjectNotice['subject'], subjectId: string, rule: string, severity: 'red' | 'yellow' = 'red', resolvedAt: string | null = null): SubjectNotice => ({
  id: `${rule}-${subjectId}`,
  rule,
  severity,
  department: 1,
  detectedAt: '2026-08-01T00:00:00Z',
  resolvedAt,
  subject,
  subjectId,
})
const inputs = (over: Partial<FigureInputs> = {}): FigureInputs => ({ items: [], applications: null, accounts: [], posts: [], columns: [], notices: [], ...over })
const figures = (over: Partial<FigureInputs>) => quarterFigures(inputs(over), [1, 2], bounds, window, settings)

describe('published items', () => {
  it('splits 动态 and 法定主动公开 by the column’s kind, counting the quarter’s first and last days only', () => {
    const { total, byDepartment } = figures({
      items: [item(1, '2026-07-01', 'news'), item(1, '2026-09-30', 'policy', { isPolicy: true, interpreted: true }), item(2, '2026-08-01', 'notice', { isPolicy: true }), item(1, '2026-06-30', 'news'), item(null, '2026-08-02', 'news'), item(1, '2026-10-01', 'news')],
    })
    expect(total.published).toEqual({ total: 4, dynamic: 2, statutory: 2 })
    expect(total.policies).toEqual({ total: 2, interpreted: 1 })
    expect(byDepartment.get('1')!.published).toEqual({ total: 2, dynamic: 1, statutory: 1 })
    expect(byDepartment.get('2')!.policies).toEqual({ total: 1, interpreted: 0 })
  })

  it('follows the 动态 column kinds setting', () => {
    const { total } = quarterFigures(inputs({ items: [item(1, '2026-08-01', 'news'), item(1, '2026-08-01', 'notice')] }), [1], bounds, window, { ...settings, dynamicColumnKinds: ['news', 'notice'] })
    expect(total.published).toEqual({ total: 2, dynamic: 2, statutory: 0 })
  })
})

describe('依申请公开', () => {
  it('counts received and answered days within the quarter, zero without a register', () => {
    const applications = [
      { department: 1, receivedAt: '2026-06-25', answeredAt: '2026-07-10' },
      { department: 1, receivedAt: '2026-09-30', answeredAt: null },
      { department: 2, receivedAt: '2026-07-01', answeredAt: '2026-10-09' },
    ]
    expect(figures({ applications }).total.applications).toEqual({ received: 2, answered: 1 })
    expect(figures({ applications }).byDepartment.get('1')!.applications).toEqual({ received: 1, answered: 1 })
    expect(figures({}).total.applications).toEqual({ received: 0, answered: 0 })
  })
})

describe('new media (甘州 annex 3)', () => {
  it('counts accounts by status and the 合格率 over the running ones', () => {
    const accounts = [
      { id: 'a', department: 1, status: 'active' },
      { id: 'b', department: 1, status: 'active' },
      { id: 'c', department: 1, status: 'closing' },
      { id: 'd', department: 1, status: 'closed' },
      { id: 'e', department: 2, status: 'active' },
      { id: 'f', department: 2, status: 'active' },
    ]
    const notices = [notice('account', 'b', 'new-media-stale'), notice('account', 'e', 'new-media-stale', 'yellow'), notice('account', 'f', 'new-media-stale', 'red', '2026-06-01T00:00:00Z')]
    const { total, byDepartment } = figures({ accounts, notices })
    expect(total.newMedia).toEqual({ posts: 0, accounts: 5, qualified: 3, unqualified: 1, closing: 1, passRate: 0.75 })
    expect(byDepartment.get('1')!.newMedia.passRate).toBe(0.5)
  })

  it('has no 合格率 without accounts', () => {
    expect(figures({}).total.newMedia.passRate).toBeNull()
  })

  it('sums the post log’s months of the quarter', () => {
    const posts = [
      { department: 1, month: '2026-06', count: 100 },
      { department: 1, month: '2026-07', count: 10 },
      { department: 2, month: '2026-09', count: 5 },
      { department: 2, month: '2026-10', count: 1000 },
    ]
    expect(figures({ posts }).total.newMedia.posts).toBe(15)
    expect(figures({ posts }).byDepartment.get('2')!.newMedia.posts).toBe(5)
  })
})

describe('the column matrix (甘州 annex 1)', () => {
  const columns = [
    { id: 1, department: 1, kind: 'guide' },
    { id: 2, department: 1, kind: 'organization' },
    { id: 3, department: 2, kind: 'guide' },
  ]

  it('marks each kind fresh, stale (open red column-stale notice) or missing', () => {
    const notices = [notice('column', '2', 'column-stale'), notice('column', '3', 'column-empty', 'yellow')]
    const { byDepartment, total } = figures({ columns, notices })
    expect(byDepartment.get('1')!.columns).toEqual({ guide: 'fresh', organization: 'stale', leaders: 'missing' })
    expect(byDepartment.get('2')!.columns).toEqual({ guide: 'missing', organization: 'missing', leaders: 'missing' })
    expect(total.columns).toEqual({ guide: 'fresh', organization: 'stale', leaders: 'missing' })
  })

  it('keeps a column fresh whose stale notice is yellow or was resolved before the close', () => {
    const notices = [notice('column', '2', 'column-stale', 'yellow'), notice('column', '1', 'column-stale', 'red', '2026-09-01T00:00:00Z')]
    expect(figures({ columns, notices }).byDepartment.get('1')!.columns).toEqual({ guide: 'fresh', organization: 'fresh', leaders: 'missing' })
  })
})

describe('settings and scope', () => {
  it('reads a stored group over the defaults, and the default rubric when none is stored', () => {
    expect(inspectionSettingsFrom(undefined)).toEqual(DEFAULT_INSPECTION_SETTINGS)
    const stored = inspectionSettingsFrom({ yellowBelow: 85, rubric: [{ key: 'a', label: '甲', points: 100, deductionPerFinding: 5, auditRules: ['column-stale'], veto: null }] })
    expect(stored.yellowBelow).toBe(85)
    expect(stored.rubric).toEqual([{ key: 'a', label: '甲', points: 100, deductionPerFinding: 5, auditRules: ['column-stale'], veto: false }])
  })

  it('gives a department reader their own row and figures, nothing of the others', () => {
    const row = (id: number, posts: number) => ({ id, name: `单位${id}`, colour: 'green' as const, reasons: [], score: 100, rank: 1, deductions: [], figures: { ...figures({}).total, newMedia: { ...figures({}).total.newMedia, posts } } })
    const snapshot: QuarterSnapshot = { quarter: '2026Q3', ...bounds, frozen: false, frozenAt: null, figures: figures({}).total, departments: [row(1, 7), row(2, 9)], site: { notices: [5], reasons: [] } }
    const mine = scopedSnapshot(snapshot, 2)
    expect(mine.departments.map((d) => d.id)).toEqual([2])
    expect(mine.figures.newMedia.posts).toBe(9)
    expect(mine.site).toBeUndefined()
    expect(scopedSnapshot(snapshot, 3).departments).toEqual([])
    expect(scopedSnapshot(snapshot, null)).toBe(snapshot)
  })

  it('names quarters and their Beijing days', () => {
    expect(quarterBounds('2026Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    expect(quarterOf('2026-12-31')).toBe('2026Q4')
  })
})
