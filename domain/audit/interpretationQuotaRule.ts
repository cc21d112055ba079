/**
 * 寻乌县 (seed 002): each unit interprets at least `yearly` important policies a year, at least `byPrincipal` of them
 * by its 主要负责人. From `warnFrom` (month-day, default 07-01, the first day of Q3, Beijing days) on, a department
 * still behind either quota for the whole year is warned (yellow): the simple rule "behind the year's quota from Q3
 * on", not a pro-rata one, so that a department is never warned for a slow first half it can still make up. An
 * interpretation counts in the year of its first publication (linkedAt).
 */
import { endOfLocalDay } from '../calendar'
import type { AuditClock, Finding } from './auditRules'
import type { AuditSettings } from './auditSettings'
import type { Id } from '../ids'

export type QuotaDepartment = { id: Id; name: string }
export type QuotaCount = { total: number; byPrincipal: number }

export const evaluateInterpretationQuotas = (
  departments: readonly QuotaDepartment[],
  counts: ReadonlyMap<string, QuotaCount>,
  settings: AuditSettings,
  clock: AuditClock,
): Finding[] => {
  const { yearly, byPrincipal, warnFrom } = settings.interpretationQuotas
  const year = clock.today.slice(0, 4)
  if (clock.today.slice(5) < warnFrom) return []
  const findings: Finding[] = []
  for (const department of departments) {
    const count = counts.get(String(department.id)) ?? { total: 0, byPrincipal: 0 }
    const short = [
      count.total < yearly ? `已发布政策解读 ${count.total} 篇，全年应不少于 ${yearly} 篇` : null,
      count.byPrincipal < byPrincipal ? `主要负责人解读 ${count.byPrincipal} 篇，全年应不少于 ${byPrincipal} 篇` : null,
    ].filter(Boolean)
    if (short.length === 0) continue
    findings.push({
      rule: 'interpretation-quota',
      severity: 'yellow',
      subjectType: 'departments',
      subjectId: String(department.id),
      subjectTitle: `${department.name} ${year} 年政策解读`,
      department: department.id,
      dueAt: endOfLocalDay(`${year}-12-31`, clock.timeZone).toISOString(),
      message: `${department.name} ${year} 年${short.join('；')}`,
    })
  }
  return findings
}
