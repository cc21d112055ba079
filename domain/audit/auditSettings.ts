/** The settings the audit reads: the settings global over RULES_DEFAULTS, flattened into one plain object. */
import { RULES_DEFAULTS } from '../rulesDefaults'
import type { ColumnKind } from '../vocabulary'

type AuditNumberKey = Exclude<keyof typeof RULES_DEFAULTS.audit, 'dailyCron' | 'timeZone'>

/** The numeric fields of the settings group 自动巡检 (name, label, description), in admin order. */
export const AUDIT_NUMBER_SETTINGS: ReadonlyArray<readonly [AuditNumberKey, string, string?]> = [
  ['interpretationWarningDays', '政策解读到期前预警（天）', '按政策解读时限的计算方式计'],
  ['publishWarningWorkingDays', '信息公开到期前预警（工作日）'],
  ['reviewStuckWarningWorkingDays', '审核环节停留黄色预警（工作日）', '达到“审核环节停留预警”天数为红色'],
  ['forcePublishRedWorkingDays', '强制发布未补签转红色（工作日）', '强制发布后即为黄色'],
  ['annualReportWarningDays', '年度报告截止前预警（天）'],
  ['reassessmentWarningDays', '不公开信息评估到期前预警（天）'],
  ['publishedLateReportDays', '逾期公开的信息在发布后提示（天）', '发布时超过公开时限的信息（记录逾期工作日数），在此期间内列入督办（黄色）'],
  ['reminderDays', '未整改事项重复提醒间隔（天）', '0 表示只在新发现或升级为红色时发送'],
  ['emailRetryBaseMinutes', '邮件发送失败重试间隔（分钟）', '每次失败后间隔加倍，在之后的巡检中重试'],
  ['emailRetryMaxMinutes', '邮件重试最长间隔（分钟）'],
  ['lockMinutes', '巡检运行超时（分钟）', '超过此时间仍未结束的巡检视为中断，可由下一次巡检接管'],
]

export type AuditSettings = {
  timeZone: string
  dailyCron: string
  webOfficeEmail: string | null
  reassessmentDays: number
  deadlines: { publishWorkingDays: number; reviewStuckWorkingDays: number; changeUpdateWorkingDays: number; changeUpdateMaxDays: number; repostWorkingDays: number }
  columns: Record<ColumnKind | 'newsWarningDays' | 'warningDaysBefore', number>
  site: { emptyColumnsVeto: number; staleKeyColumnsVeto: number; staleColumnsVeto: number }
  newMedia: { updateDays: number; updateSeverity: 'yellow' | 'red'; vetoDays: number; firstEscalationMonths: number; secondEscalationMonths: number }
  interpretationQuotas: { yearly: number; byPrincipal: number; warnFrom: string }
  annualReports: { departmentDue: string; governmentDue: string }
  calendar: { requestFrom: string; urgentFrom: string }
  audit: Record<AuditNumberKey, number>
}

const present = (value: unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries((value as Record<string, unknown>) ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== ''))

/** Stored values win; a field never saved (null) falls back to its default (RULES_DEFAULTS). */
export const auditSettingsFrom = (stored: Record<string, unknown> = {}): AuditSettings => {
  const audit = { ...RULES_DEFAULTS.audit, ...present(stored.audit) } as Record<string, unknown>
  return {
    timeZone: String(audit.timeZone),
    dailyCron: String(audit.dailyCron),
    webOfficeEmail: (audit.webOfficeEmail as string) || null,
    reassessmentDays: Number(stored.reassessmentDays ?? RULES_DEFAULTS.reassessmentDays),
    deadlines: { ...RULES_DEFAULTS.deadlines, ...present(stored.deadlines) } as AuditSettings['deadlines'],
    columns: { ...RULES_DEFAULTS.columns, ...present(stored.columns) } as AuditSettings['columns'],
    site: { ...RULES_DEFAULTS.site, ...present(stored.site) } as AuditSettings['site'],
    newMedia: { ...RULES_DEFAULTS.newMedia, ...present(stored.newMedia) } as AuditSettings['newMedia'],
    interpretationQuotas: { ...RULES_DEFAULTS.interpretationQuotas, ...present(stored.interpretationQuotas) } as AuditSettings['interpretationQuotas'],
    annualReports: { ...RULES_DEFAULTS.annualReports, ...present(stored.annualReports) } as AuditSettings['annualReports'],
    calendar: { ...RULES_DEFAULTS.calendar, ...present(stored.calendar) } as AuditSettings['calendar'],
    audit: audit as AuditSettings['audit'],
  }
}
