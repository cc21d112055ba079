/**
 * The default rubric and settings of the quarterly inspection (docs/inspection.md explains each line and its source).
 * Every number here is a default of the `inspection` settings group, never read elsewhere as a literal.
 */
import type { InspectionSettings, RubricItem } from './model'

/** Rubric keys of the items entered by hand (人工检查): no audit rule finds them. */
export const MANUAL_ITEMS = ['content-quality', 'security-review'] as const

export const DEFAULT_RUBRIC: readonly RubricItem[] = [
  { key: 'column-update', label: '栏目更新', points: 20, deductionPerFinding: 2, auditRules: ['column-stale'], veto: false },
  { key: 'column-empty', label: '空白栏目', points: 10, deductionPerFinding: 5, auditRules: ['column-empty'], veto: false, countsWarnings: true },
  { key: 'site-veto', label: '网站单项否决指标', points: 10, deductionPerFinding: 10, auditRules: ['site-veto'], veto: true },
  { key: 'new-media', label: '政务新媒体', points: 15, deductionPerFinding: 3, auditRules: ['new-media-stale', 'new-media-closure-unfiled'], veto: true },
  { key: 'interpretation', label: '政策解读', points: 10, deductionPerFinding: 2, auditRules: ['interpretation-overdue'], veto: false },
  { key: 'publish-timeliness', label: '公开时限', points: 10, deductionPerFinding: 2, auditRules: ['publish-overdue', 'change-overdue', 'publish-late'], veto: false },
  { key: 'review', label: '审核滞留', points: 5, deductionPerFinding: 1, auditRules: ['review-stuck'], veto: false },
  { key: 'annual-report', label: '政府信息公开年度报告', points: 5, deductionPerFinding: 5, auditRules: ['annual-report-missing'], veto: false },
  { key: 'applications', label: '依申请公开答复期限', points: 10, deductionPerFinding: 5, auditRules: ['application-deadline'], veto: false },
  { key: 'content-quality', label: '信息发布质量（人工检查）', points: 5, deductionPerFinding: 1, auditRules: [], veto: false },
  { key: 'security-review', label: '保密审查与泄密事件（人工检查）', points: 0, deductionPerFinding: 0, auditRules: [], veto: true },
]

export const DEFAULT_INSPECTION_SETTINGS: InspectionSettings = {
  rubric: DEFAULT_RUBRIC,
  fullScore: 100,
  yellowBelow: 80,
  dailyWeight: 0.4,
  yearEndWeight: 0.6,
  rectificationDays: 10,
  dynamicColumnKinds: ['news'],
  matrixColumnKinds: ['guide', 'organization', 'leaders', 'annual-report', 'notice', 'policy', 'interpretation', 'personnel', 'plan'],
}
