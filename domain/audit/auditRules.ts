import type { Id } from '../ids'

/** The closed list of audit rules (督办规则): each id with the Chinese label used in notices and emails. */
export const AUDIT_RULES = [
  { id: 'column-stale', label: '栏目未按期更新' },
  { id: 'column-empty', label: '空白栏目' },
  { id: 'site-veto', label: '网站单项否决指标' },
  { id: 'interpretation-overdue', label: '政策文件未按时解读' },
  { id: 'interpretation-quota', label: '政策解读数量未达年度要求' },
  { id: 'publish-overdue', label: '信息形成后未按时公开' },
  { id: 'change-overdue', label: '已公开信息变更后未按时更新' },
  { id: 'publish-late', label: '信息逾期公开' },
  { id: 'new-media-stale', label: '政务新媒体未按期更新' },
  { id: 'new-media-closure-unfiled', label: '政务新媒体注销未备案' },
  { id: 'new-media-unfiled', label: '政务新媒体未备案' },
  { id: 'annual-report-missing', label: '政府信息公开年度报告未按时发布' },
  { id: 'force-publish-unapproved', label: '强制发布未补签' },
  { id: 'review-stuck', label: '审核环节超时' },
  { id: 'reassessment-due', label: '不公开信息待定期评估' },
  { id: 'calendar-missing', label: '节假日安排尚未录入' },
  { id: 'calendar-pending', label: '时限跨入未录入节假日安排的年度' },
] as const

export type AuditRuleId = (typeof AUDIT_RULES)[number]['id']

export const ruleLabel = (id: string): string => AUDIT_RULES.find((r) => r.id === id)?.label ?? id

export const SEVERITIES = [
  { value: 'red', label: '红色（逾期/否决）' },
  { value: 'yellow', label: '黄色（预警）' },
] as const
export type Severity = (typeof SEVERITIES)[number]['value']

export const SUBJECT_TYPES = [
  { value: 'columns', label: '栏目' },
  { value: 'documents', label: '政府信息' },
  { value: 'interpretations', label: '政策解读' },
  { value: 'new-media-accounts', label: '政务新媒体' },
  { value: 'departments', label: '部门' },
  { value: 'applications', label: '依申请公开' },
  { value: 'site', label: '网站' },
] as const
export type SubjectType = (typeof SUBJECT_TYPES)[number]['value']

/** One problem found by a rule about one subject; notices are deduplicated on (rule, subjectType, subjectId). */
export type Finding = {
  rule: AuditRuleId
  severity: Severity
  subjectType: SubjectType
  subjectId: string
  subjectTitle: string
  /** The responsible department; null for site-level findings (mailed to the web office). */
  department: Id | null
  message: string
  /** The deadline (ISO instant: the end of the last local day), when there is one. */
  dueAt: string | null
}

export const findingKey = (f: Pick<Finding, 'rule' | 'subjectType' | 'subjectId'>): string => `${f.rule}|${f.subjectType}|${f.subjectId}`

/** "Now" as the rules see it: the instant and its calendar date in the portal's time zone. */
export type AuditClock = { now: Date; today: string; timeZone: string }

/**
 * An item whose state a rule cannot decide because its deadline (or its count of working days) runs into a year
 * whose holidays nobody has entered yet. The rule still reports what the known days decide (e.g. a certain yellow);
 * these are gathered into one `calendar-pending` finding for the web office.
 */
export type PendingDecision = Pick<Finding, 'rule' | 'subjectType' | 'subjectId' | 'subjectTitle' | 'department'> & {
  /** The earliest day the deadline can fall on. */
  earliest: string | null
}

/** Where a rule reports the items only an unknown year can decide. */
export type PendingSink = (pending: PendingDecision) => void
