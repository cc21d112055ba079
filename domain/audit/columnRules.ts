/**
 * Column rules (检查指标): a column not updated within its cycle, empty open columns, and the site-level vetoes.
 * A column is "not updated for N days" once N whole days have passed since its last public item (today ≥ last + N).
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
  updateCycleDays: number | null
  department: Id | null
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

export const evaluateColumns = (columns: readonly ColumnStat[], settings: AuditSettings, clock: AuditClock): Finding[] => {
  const findings: Finding[] = []
  let empty = 0
  let stale = 0
  let staleKey = 0
  for (const column of columns) {
    const base = { subjectType: 'columns' as const, subjectId: String(column.id), subjectTitle: column.title, department: column.department }
    if (column.publicItems === 0 || !column.lastPublishedAt) {
      // A parent column shows its children's items; only a leaf column can be blank.
      if (column.hasOpenChildren) continue
      empty++
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
      stale++
      if (KEY_COLUMN_KINDS.includes(column.kind)) staleKey++
      findings.push({ ...base, rule: 'column-stale', severity: 'red', dueAt, message: `${kindLabel}栏目“${column.title}”已 ${since} 天未更新（更新周期 ${cycle} 天，最近更新 ${last}）` })
    } else if (since >= warningDaysOf(column, settings)) {
      findings.push({ ...base, rule: 'column-stale', severity: 'yellow', dueAt, message: `${kindLabel}栏目“${column.title}”已 ${since} 天未更新，须在 ${shiftDate(last, cycle - 1)} 前更新（周期 ${cycle} 天）` })
    }
  }
  const site = (subjectId: string, subjectTitle: string, count: number, threshold: number, what: string) => {
    if (threshold > 0 && count >= threshold) {
      findings.push({ rule: 'site-veto', severity: 'red', subjectType: 'site', subjectId, subjectTitle, department: null, dueAt: null, message: `${what}共 ${count} 个，达到单项否决标准（${threshold} 个）` })
    }
  }
  site('empty-columns', '空白栏目数量', empty, settings.site.emptyColumnsVeto, '空白栏目')
  site('stale-key-columns', '动态、通知公告、政策文件类栏目不更新数量', staleKey, settings.site.staleKeyColumnsVeto, '动态、通知公告、政策文件类栏目未按期更新')
  site('stale-columns', '不更新栏目数量', stale, settings.site.staleColumnsVeto, '未按期更新栏目')
  return findings
}
