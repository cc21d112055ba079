/**
 * The year's 考评 per department (寻乌, seeds/002: "日常考核占40%，年终考核占60%"): the average of the year's frozen
 * quarters (the daily score) weighed with the year-end score the 政务公开办 enters, and the ranking by the result.
 * Only frozen quarters count: a running quarter's score still moves. Pure.
 */
import type { Id } from '../ids'
import type { InspectionSettings, QuarterKey, QuarterSnapshot } from './model'
import { rankOf, yearResult } from './scoring'

export const YEAR_MIN = 2000
export const YEAR_MAX = 2999

export const isInspectionYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX

export const quartersOfYear = (year: number): QuarterKey[] => [1, 2, 3, 4].map((q) => `${year}Q${q}` as QuarterKey)

/** A year-end score as entered (年终考核成绩). */
export type YearEndScore = { department: Id; score: number }

export type YearDepartmentResult = {
  id: Id
  name: string
  /** Each quarter of the year: its frozen score, or null (not frozen, or the department had no row then). */
  quarters: Record<string, number | null>
  /** Average of the frozen quarters' scores; null without any. */
  daily: number | null
  yearEnd: number | null
  /** daily × dailyWeight + yearEnd × yearEndWeight; null until both are there. */
  result: number | null
  /** By result, best first, equal results sharing a rank; null without a result. */
  rank: number | null
}

export type YearAnswer = {
  year: number
  weights: { daily: number; yearEnd: number }
  /** The quarters of the year and whether each is frozen (counted). */
  quarters: Array<{ quarter: QuarterKey; frozen: boolean }>
  departments: YearDepartmentResult[]
}

export const yearResults = (
  year: number,
  frozen: readonly QuarterSnapshot[],
  departments: ReadonlyArray<{ id: Id; name: string }>,
  yearEnd: readonly YearEndScore[],
  settings: Pick<InspectionSettings, 'dailyWeight' | 'yearEndWeight'>,
): YearAnswer => {
  const quarters = quartersOfYear(year)
  const byQuarter = new Map(frozen.filter((s) => quarters.includes(s.quarter)).map((s) => [s.quarter, s]))
  // Today's departments, then any that only a frozen quarter still names (merged or renamed since).
  const names = new Map<string, { id: Id; name: string }>(departments.map((d) => [String(d.id), d]))
  for (const snapshot of byQuarter.values()) for (const d of snapshot.departments) if (!names.has(String(d.id))) names.set(String(d.id), { id: d.id, name: d.name })
  const rows = [...names.values()].map((d) => {
    const scores = Object.fromEntries(quarters.map((q) => [q, byQuarter.get(q)?.departments.find((r) => String(r.id) === String(d.id))?.score ?? null])) as Record<string, number | null>
    const entered = yearEnd.find((s) => String(s.department) === String(d.id))?.score ?? null
    const { daily, result } = yearResult(Object.values(scores).filter((s): s is number => s !== null), entered, settings)
    return { id: d.id, name: d.name, quarters: scores, daily, yearEnd: entered, result }
  })
  const withResult = rows.filter((r) => r.result !== null)
  const ranks = rankOf(withResult.map((r) => r.result as number))
  const rankOfRow = new Map(withResult.map((r, i) => [String(r.id), ranks[i]]))
  return {
    year,
    weights: { daily: settings.dailyWeight, yearEnd: settings.yearEndWeight },
    quarters: quarters.map((quarter) => ({ quarter, frozen: byQuarter.has(quarter) })),
    departments: rows
      .map((r) => ({ ...r, rank: rankOfRow.get(String(r.id)) ?? null }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.daily ?? -1) - (a.daily ?? -1) || a.name.localeCompare(b.name, 'zh-CN')),
  }
}

/** An editor's view: their own department's row only. */
export const scopedYear = (answer: YearAnswer, department: Id | null): YearAnswer =>
  department === null ? answer : { ...answer, departments: answer.departments.filter((d) => String(d.id) === String(department)) }
