/**
 * 二、存在问题 of the 通报: which units a quarter's snapshot lists under which problem type, and why. A unit is listed
 * from its deductions (the rubric item's audit rules decide the type; items entered by hand are 其他问题) and from its
 * figures: a missing or stale column of the matrix, policies without a 解读, unqualified new-media accounts.
 */
import type { Id } from '../ids'
import { COLUMN_KINDS, labelOf, type ColumnKind } from '../vocabulary'
import type { DepartmentResult, InspectionSettings } from './model'

/** The problem types, in the order of the 通报's paragraphs; each with the audit rules whose notices prove it. */
export const PROBLEM_TYPES = [
  { key: 'column-stale', label: '栏目更新不及时', rules: ['column-stale'] },
  { key: 'column-empty', label: '空白栏目较多', rules: ['column-empty', 'site-veto', 'annual-report-missing'] },
  { key: 'interpretation', label: '政策解读不到位', rules: ['interpretation-overdue'] },
  { key: 'timeliness', label: '信息公开不及时', rules: ['publish-overdue', 'change-overdue', 'publish-late', 'review-stuck', 'force-publish-unapproved'] },
  { key: 'applications', label: '依申请公开答复不及时', rules: ['application-deadline'] },
  { key: 'new-media', label: '政务新媒体监管不到位', rules: ['new-media-stale', 'new-media-closure-unfiled'] },
  { key: 'other', label: '其他问题', rules: [] },
] as const

export type ProblemKey = (typeof PROBLEM_TYPES)[number]['key']

export const problemLabel = (key: ProblemKey): string => PROBLEM_TYPES.find((p) => p.key === key)!.label

/** What the annexes and the problem paragraphs call a column kind (annex 1 uses the names of 甘州's 通报). */
export const COLUMN_LABELS: Readonly<Record<string, string>> = {
  guide: '政府信息公开指南',
  organization: '机构概况',
  leaders: '领导简介',
  'annual-report': '政府信息公开年报',
}

export const columnLabel = (kind: string): string => COLUMN_LABELS[kind] ?? (labelOf(COLUMN_KINDS, kind as ColumnKind) || kind)

/** One problem of one unit: the facts named in the paragraph, the audit rules and notices behind it. */
export type UnitProblem = { key: ProblemKey; details: string[]; rules: string[]; notices: Id[] }

export type ListedUnit = { department: Id; name: string; problems: UnitProblem[] }

const problemOfItem = (auditRules: readonly string[]): ProblemKey =>
  PROBLEM_TYPES.find((p) => p.rules.length > 0 && auditRules.some((rule) => (p.rules as readonly string[]).includes(rule)))?.key ?? 'other'

/** The problems of one department, in PROBLEM_TYPES order; empty when it has none. */
export const unitProblems = (department: DepartmentResult, settings: Pick<InspectionSettings, 'rubric'>): UnitProblem[] => {
  const byKey = new Map<ProblemKey, UnitProblem>()
  const problem = (key: ProblemKey): UnitProblem => {
    let found = byKey.get(key)
    if (!found) byKey.set(key, (found = { key, details: [], rules: [...(PROBLEM_TYPES.find((p) => p.key === key)!.rules as readonly string[])], notices: [] }))
    return found
  }
  const missing = Object.entries(department.figures.columns).filter(([, cell]) => cell === 'missing').map(([kind]) => columnLabel(kind))
  const stale = Object.entries(department.figures.columns).filter(([, cell]) => cell === 'stale').map(([kind]) => columnLabel(kind))
  if (missing.length) problem('column-empty').details.push(`未添加${missing.join('、')}`)
  if (stale.length) problem('column-stale').details.push(`${stale.join('、')}未及时更新`)
  const { policies, newMedia } = department.figures
  if (policies.total > policies.interpreted) problem('interpretation').details.push(`${policies.total - policies.interpreted}件政策文件未解读`)
  if (newMedia.unqualified > 0) problem('new-media').details.push(`${newMedia.unqualified}个政务新媒体账号不合格`)
  for (const deduction of department.deductions) {
    if (deduction.findings <= 0) continue
    const item = settings.rubric.find((i) => i.key === deduction.item)
    const key = problemOfItem(item?.auditRules ?? [])
    const entry = problem(key)
    entry.notices.push(...deduction.notices)
    for (const rule of item?.auditRules ?? []) if (!entry.rules.includes(rule)) entry.rules.push(rule)
    // The figures already say what is wrong; otherwise the rubric item and its count.
    if (key === 'other' || entry.details.length === 0) entry.details.push(`${item?.label ?? deduction.item}问题${deduction.findings}处`)
  }
  return PROBLEM_TYPES.flatMap((p) => (byKey.has(p.key) ? [byKey.get(p.key)!] : []))
}

/** The units the 通报 lists (those with at least one problem), in the snapshot's order. */
export const listedUnits = (departments: readonly DepartmentResult[], settings: Pick<InspectionSettings, 'rubric'>): ListedUnit[] =>
  departments.flatMap((d) => {
    const problems = unitProblems(d, settings)
    return problems.length ? [{ department: d.id, name: d.name, problems }] : []
  })
