/**
 * 条例第四十九条: each department publishes its annual report by 31 January, the government (the county office,
 * department kind `office`) by 31 March; the dates are settings. A report counts when a public item of kind
 * `annual-report` of the department was published in the current year.
 */
import { daysBetween, endOfLocalDay } from '../calendar'
import type { AuditClock, Finding, Severity } from './auditRules'
import type { AuditSettings } from './auditSettings'
import type { Id } from '../ids'

export type DepartmentFacts = { id: Id; name: string; kind: string }

export const annualReportDue = (department: DepartmentFacts, year: number, settings: AuditSettings): string =>
  `${year}-${department.kind === 'office' ? settings.annualReports.governmentDue : settings.annualReports.departmentDue}`

export const evaluateAnnualReports = (
  departments: readonly DepartmentFacts[],
  reported: ReadonlySet<string>,
  settings: AuditSettings,
  clock: AuditClock,
): Finding[] => {
  const year = Number(clock.today.slice(0, 4))
  const findings: Finding[] = []
  for (const department of departments) {
    if (reported.has(String(department.id))) continue
    const due = annualReportDue(department, year, settings)
    const left = daysBetween(clock.today, due)
    const severity: Severity | null = left < 0 ? 'red' : left <= settings.audit.annualReportWarningDays ? 'yellow' : null
    if (!severity) continue
    const what = department.kind === 'office' ? '本级政府' : department.name
    findings.push({
      rule: 'annual-report-missing',
      severity,
      subjectType: 'departments',
      subjectId: String(department.id),
      subjectTitle: `${department.name} ${year - 1} 年度报告`,
      department: department.id,
      dueAt: endOfLocalDay(due, clock.timeZone).toISOString(),
      message:
        severity === 'red'
          ? `${what} ${year - 1} 年政府信息公开工作年度报告应于 ${due} 前发布，至今未发布`
          : `${what} ${year - 1} 年政府信息公开工作年度报告须在 ${due} 前发布`,
    })
  }
  return findings
}
