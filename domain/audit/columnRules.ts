/**
 * Column rules (检查指标): a column not updated within its cycle, empty open columns, and the 单项否决 counts.
 * A column is "not updated for N days" once N whole days have passed since its last public item (today ≥ last + N).
 * The vetoes are counted, with the same thresholds, over the whole portal, over each top-level column's subtree and
 * over each department's sub-site (the columns it answers for): 检查指标 check every site, and a department's site
 * inside the portal is a site of its own. A scope with exactly the columns of one counted before is not repeated.
 */
import { daysBetween, endOfLocalDay, localDate, shiftDate } from '../calendar'
import { defaultCycleDays } from '../rulesDefaults'
import { labelOf, COLUMN_KINDS, type ColumnKind } from '../vocabulary'
import type { AuditClock, Finding } from './auditRules'
import type { AuditSettings } from './auditSettings'
import type { Id } from '../ids'

/** What the adapter knows of one open column: its published public items counted and the latest publication. */
export type ColumnStat = {
  id: Id
  title: string
  kind: ColumnKind
  /** The column's own override; null follows the setting of its kind. */
  updateCycleDays: number | null
  /** The responsible department: the column's own, else its nearest ancestor's, else the county office's (columnScopes). */
  department: Id | null
  departmentName?: string | null
  /** The top-level column whose subtree holds this one (itself when it has no parent). */
  root?: { id: Id; title: string; department: Id | null } | null
  hasOpenChildren: boolean
  publicItems: number
  lastPublishedAt: string | Date | null
}

/** Key columns for the veto: 工作动态, 通知公告, 政策文件 (检查指标). */
export const KEY_COLUMN_KINDS: readonly ColumnKind[] = ['news', 'notice', 'policy']

export const cycleOf = (column: Pick<ColumnStat, 'kind' | 'updateCycleDays'>, settings: AuditSettings): number =>
  column.updateCycleDays ?? defaultCycleDays(column.kind, settings.columns)

export const warningDaysOf = (column: Pick<ColumnStat, 'kind' | 'updateCycleDays'>, settings: AuditSettings): number => {
  const cycle = cycleOf(column, settings)
  if (column.kind === 'news') return Math.min(settings.columns.newsWarningDays, cycle)
  // A short custom cycle would otherwise be yellow from its first day: warn no earlier than half-way.
  return Math.max(Math.ceil(cycle / 2), cycle - settings.columns.warningDaysBefore)
}

type VetoCount = { empty: number; stale: number; staleKey: number }
type Scope = { key: string; subjectId: (veto: string) => string; title: (what: string) => string; where: string; department: Id | null; members: Id[]; count: VetoCount }

const VETOES = [
  ['empty-columns', 'empty', '空白栏目数量', '空白栏目', 'emptyColumnsVeto'],
  ['stale-key-columns', 'staleKey', '动态、通知公告、政策文件类栏目不更新数量', '动态、通知公告、政策文件类栏目未按期更新', 'staleKeyColumnsVeto'],
  ['stale-columns', 'stale', '不更新栏目数量', '未按期更新栏目', 'staleColumnsVeto'],
] as const

export const evaluateColumns = (columns: readonly ColumnStat[], settings: AuditSettings, clock: AuditClock): Finding[] => {
  const findings: Finding[] = []
  const site: Scope = { key: 'site', subjectId: (veto) => veto, title: (what) => what, where: '', department: null, members: [], count: { empty: 0, stale: 0, staleKey: 0 } }
  const scopes = new Map<string, Scope>()
  const scope = (key: string, make: () => Omit<Scope, 'key' | 'members' | 'count'>): Scope => {
    let found = scopes.get(key)
    if (!found) scopes.set(key, (found = { key, ...make(), members: [], count: { empty: 0, stale: 0, staleKey: 0 } }))
    return found
  }
  for (const column of columns) {
    const scopesOf = [site]
    const { root } = column
    if (root) {
      scopesOf.push(
        scope(`column-${root.id}`, () => ({ subjectId: (veto) => `column-${root.id}:${veto}`, title: (what) => `栏目“${root.title}”${what}`, where: `栏目“${root.title}”下`, department: root.department })),
      )
    }
    if (column.department !== null) {
      const name = column.departmentName || `部门${column.department}`
      scopesOf.push(scope(`department-${column.department}`, () => ({ subjectId: (veto) => `department-${column.department}:${veto}`, title: (what) => `${name}子站${what}`, where: `${name}子站`, department: column.department })))
    }
    for (const s of scopesOf) s.members.push(column.id)
    const count = (what: keyof VetoCount) => scopesOf.forEach((s) => s.count[what]++)
    const base = { subjectType: 'columns' as const, subjectId: String(column.id), subjectTitle: column.title, department: column.department }
    if (column.publicItems === 0 || !column.lastPublishedAt) {
      // A parent column shows its children's items; only a leaf column can be blank.
      if (column.hasOpenChildren) continue
      count('empty')
      findings.push({ ...base, rule: 'column-empty', severity: 'yellow', message: `栏目“${column.title}”为空白栏目，没有公开的信息`, dueAt: null })
      continue
    }
    const cycle = cycleOf(column, settings)
    if (cycle <= 0) continue
    const last = localDate(column.lastPublishedAt, clock.timeZone)
    const since = daysBetween(last, clock.today)
    const dueAt = endOfLocalDay(shiftDate(last, cycle - 1), clock.timeZone).toISOString()
    const kindLabel = labelOf(COLUMN_KINDS, column.kind)
    if (since >= cycle) {
      count('stale')
      if (KEY_COLUMN_KINDS.includes(column.kind)) count('staleKey')
      findings.push({ ...base, rule: 'column-stale', severity: 'red', dueAt, message: `${kindLabel}栏目“${column.title}”已 ${since} 天未更新（更新周期 ${cycle} 天，最近更新 ${last}）` })
    } else if (since >= warningDaysOf(column, settings)) {
      findings.push({ ...base, rule: 'column-stale', severity: 'yellow', dueAt, message: `${kindLabel}栏目“${column.title}”已 ${since} 天未更新，须在 ${shiftDate(last, cycle - 1)} 前更新（周期 ${cycle} 天）` })
    }
  }
  // Site first, then top-level columns, then departments' sub-sites; a scope holding the same columns as one
  // already counted (a department's site that is one top-level column) is counted once.
  const seen = new Set<string>()
  for (const s of [site, ...scopes.values()]) {
    const members = s.members.map(String).sort().join(',')
    if (seen.has(members)) continue
    seen.add(members)
    for (const [veto, what, title, text, setting] of VETOES) {
      const threshold = settings.site[setting]
      const n = s.count[what]
      if (threshold > 0 && n >= threshold) {
        findings.push({ rule: 'site-veto', severity: 'red', subjectType: 'site', subjectId: s.subjectId(veto), subjectTitle: s.title(title), department: s.department, dueAt: null, message: `${s.where}${text}共 ${n} 个，达到单项否决标准（${threshold} 个）` })
      }
    }
  }
  return findings
}
