/**
 * The quarter's figures (甘州's 总体情况 and annexes), per department and in total, from plain rows the plugin reads:
 * published 主动公开 items split 动态 / 法定主动公开 by their column's kind, policies and their 解读, 依申请 received and
 * answered, new-media posts and accounts by status with the 合格率, and the column matrix. Pure.
 */
import type { Id } from '../ids'
import type { ColumnCell, Figures, InspectionSettings } from './model'
import { openAtClose, inQuarter, type QuarterNotice, type QuarterWindow } from './scoring'

export const emptyFigures = (): Figures => ({
  published: { total: 0, dynamic: 0, statutory: 0 },
  policies: { total: 0, interpreted: 0 },
  applications: { received: 0, answered: 0 },
  newMedia: { posts: 0, accounts: 0, qualified: 0, unqualified: 0, closing: 0, passRate: null },
  columns: {},
})

/**
 * Published 主动公开/部分公开 items alike in department, column kind, policy-ness and 解读: one item with its Beijing
 * publication day, or `count` items the reader already counted within the quarter (no day: a database GROUP BY).
 */
export type PublishedItem = { department: Id | null; publishedDay?: string; columnKind: string | null; isPolicy: boolean; interpreted: boolean; count?: number }
export type ApplicationRow = { department: Id | null; receivedAt: string | null; answeredAt: string | null }
export type AccountRow = { id: Id; department: Id | null; status: string }
export type PostRow = { department: Id | null; month: string; count: number }
export type ColumnRow = { id: Id; department: Id | null; kind: string }
/** A notice with what it is about: a column, a new-media account, or something else. */
export type SubjectNotice = QuarterNotice & { subject: 'column' | 'account' | 'other'; subjectId: string }

export type FigureInputs = {
  items: readonly PublishedItem[]
  /** null when the host has no application register. */
  applications: readonly ApplicationRow[] | null
  accounts: readonly AccountRow[]
  posts: readonly PostRow[]
  columns: readonly ColumnRow[]
  notices: readonly SubjectNotice[]
}

/** Rules whose notices decide a column's cell. */
export const COLUMN_STALE_RULE = 'column-stale'
export const COLUMN_EMPTY_RULE = 'column-empty'
/** Account statuses: shut down ones are no longer counted; 注销中 ones are counted apart (甘州 annex 3). */
const GONE_ACCOUNTS = ['closed', 'suspended']
const CLOSING_ACCOUNT = 'closing'

const within = (day: string | null, from: string, to: string) => day !== null && day >= from && day <= to
const sum = (items: readonly PublishedItem[]) => items.reduce((n, i) => n + (i.count ?? 1), 0)

const columnCell = (columns: readonly ColumnRow[], notices: readonly SubjectNotice[], window: QuarterWindow): ColumnCell => {
  const open = notices.filter((n) => n.subject === 'column' && openAtClose(n, window))
  const cells = columns.map((c): ColumnCell => {
    const about = open.filter((n) => n.subjectId === String(c.id))
    if (about.some((n) => n.rule === COLUMN_EMPTY_RULE)) return 'missing'
    return about.some((n) => n.rule === COLUMN_STALE_RULE && n.severity === 'red') ? 'stale' : 'fresh'
  })
  if (cells.includes('stale')) return 'stale'
  return cells.includes('fresh') ? 'fresh' : 'missing'
}

const figuresOf = (inputs: FigureInputs, mine: (department: Id | null) => boolean, bounds: { from: string; to: string }, window: QuarterWindow, settings: Pick<InspectionSettings, 'dynamicColumnKinds' | 'matrixColumnKinds'>): Figures => {
  const items = inputs.items.filter((i) => mine(i.department) && (i.publishedDay === undefined || within(i.publishedDay, bounds.from, bounds.to)))
  const total = sum(items)
  const dynamic = sum(items.filter((i) => i.columnKind !== null && settings.dynamicColumnKinds.includes(i.columnKind)))
  const policies = items.filter((i) => i.isPolicy)
  const applications = (inputs.applications ?? []).filter((a) => mine(a.department))
  const [fromMonth, toMonth] = [bounds.from.slice(0, 7), bounds.to.slice(0, 7)]
  const accounts = inputs.accounts.filter((a) => mine(a.department) && !GONE_ACCOUNTS.includes(a.status))
  const closing = accounts.filter((a) => a.status === CLOSING_ACCOUNT).length
  const redAbout = new Set(inputs.notices.filter((n) => n.subject === 'account' && n.severity === 'red' && inQuarter(n, window)).map((n) => n.subjectId))
  const running = accounts.filter((a) => a.status !== CLOSING_ACCOUNT)
  const unqualified = running.filter((a) => redAbout.has(String(a.id))).length
  const qualified = running.length - unqualified
  const columns = inputs.columns.filter((c) => mine(c.department))
  return {
    published: { total, dynamic, statutory: total - dynamic },
    policies: { total: sum(policies), interpreted: sum(policies.filter((p) => p.interpreted)) },
    applications: {
      received: applications.filter((a) => within(a.receivedAt, bounds.from, bounds.to)).length,
      answered: applications.filter((a) => within(a.answeredAt, bounds.from, bounds.to)).length,
    },
    newMedia: {
      posts: inputs.posts.filter((p) => mine(p.department) && p.month >= fromMonth && p.month <= toMonth).reduce((sum, p) => sum + p.count, 0),
      accounts: accounts.length,
      qualified,
      unqualified,
      closing,
      passRate: running.length ? Math.round((qualified / running.length) * 10000) / 10000 : null,
    },
    columns: Object.fromEntries(settings.matrixColumnKinds.map((kind) => [kind, columnCell(columns.filter((c) => c.kind === kind), inputs.notices, window)])),
  }
}

/** The figures of each department (by id) and of the whole county (every item, a department's or not). */
export const quarterFigures = (
  inputs: FigureInputs,
  departments: readonly Id[],
  bounds: { from: string; to: string },
  window: QuarterWindow,
  settings: Pick<InspectionSettings, 'dynamicColumnKinds' | 'matrixColumnKinds'>,
): { total: Figures; byDepartment: Map<string, Figures> } => ({
  total: figuresOf(inputs, () => true, bounds, window, settings),
  byDepartment: new Map(departments.map((id) => [String(id), figuresOf(inputs, (d) => d !== null && String(d) === String(id), bounds, window, settings)])),
})
