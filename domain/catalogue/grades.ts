/**
 * A quarter's grading of each 领域 of the 基层政务公开标准目录, as 甘州's 通报 grades its 26 领域 (seed 004: "公开情况较好的
 * 8个，公开数量不足的10个，未更新的8个"): nothing published in the quarter in the 领域's columns is 未更新; fewer than the
 * setting's minimum is 数量不足; the minimum or more is 较好. Seed 004 gives the grades, not the minimum: it is a setting.
 */
import type { Id } from '../ids'

export const DOMAIN_GRADES = [
  { value: 'good', label: '较好' },
  { value: 'insufficient', label: '数量不足' },
  { value: 'stale', label: '未更新' },
] as const
export type DomainGrade = (typeof DOMAIN_GRADES)[number]['value']

export const gradeLabel = (grade: DomainGrade): string => DOMAIN_GRADES.find((g) => g.value === grade)!.label

export type GradeSettings = { minItemsPerQuarter: number }

/** The grade of a count of items published in the quarter. */
export const gradeOf = (published: number, settings: GradeSettings): DomainGrade => {
  if (published <= 0) return 'stale'
  return published < Math.max(1, settings.minItemsPerQuarter) ? 'insufficient' : 'good'
}

export type DomainFacts = { id: Id; name: string; order: number; matters: number; boundColumns: number; published: number }

export type DomainGradeRow = DomainFacts & { grade: DomainGrade; label: string }

export type DomainGrades = { rows: DomainGradeRow[]; totals: Record<DomainGrade, number> }

export const gradeDomains = (facts: readonly DomainFacts[], settings: GradeSettings): DomainGrades => {
  const rows = [...facts]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh'))
    .map((f) => {
      const grade = gradeOf(f.published, settings)
      return { ...f, grade, label: gradeLabel(grade) }
    })
  const totals = { good: 0, insufficient: 0, stale: 0 } as Record<DomainGrade, number>
  for (const row of rows) totals[row.grade] += 1
  return { rows, totals }
}
