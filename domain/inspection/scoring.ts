/**
 * The rubric applied to one department's quarter: its findings (audit notices of the quarter, 人工扣分), the deduction
 * of each item (capped at the item's points), the score, the colour and its reasons; then the ranking and the year's
 * result (寻乌: 日常考核 40 %, 年终考核 60 %). Pure.
 */
import type { Id } from '../ids'
import type { Colour, Deduction, InspectionSettings, RubricItem } from './model'

/** An audit notice as the rubric reads it; instants as ISO strings (or Dates). */
export type QuarterNotice = {
  id: Id
  rule: string
  severity: 'red' | 'yellow'
  department: Id | null
  detectedAt: string | Date
  /** null while open. */
  resolvedAt: string | Date | null
}

/** A finding entered by hand against an item of the rubric that no audit rule finds. */
export type ManualFinding = { id: Id; item: string; department: Id; findings: number }

/** The quarter's window: its first instant, and its close (its last instant, or now while it runs). */
export type QuarterWindow = { start: Date; close: Date }

const time = (value: string | Date) => (value instanceof Date ? value : new Date(value)).getTime()

/** Open at some moment of the quarter (up to its close). */
export const inQuarter = (notice: QuarterNotice, window: QuarterWindow): boolean =>
  time(notice.detectedAt) <= window.close.getTime() && (notice.resolvedAt === null || time(notice.resolvedAt) >= window.start.getTime())

/** Still open at the quarter's close. */
export const openAtClose = (notice: QuarterNotice, window: QuarterWindow): boolean =>
  time(notice.detectedAt) <= window.close.getTime() && (notice.resolvedAt === null || time(notice.resolvedAt) > window.close.getTime())

/** A notice counts against an item when its rule is the item's and it is red (or yellow, for an item counting warnings). */
const countsFor = (item: RubricItem, notice: QuarterNotice) => item.auditRules.includes(notice.rule) && (notice.severity === 'red' || item.countsWarnings === true)

const round = (n: number) => Math.round(n * 100) / 100

export const deductionsOf = (rubric: readonly RubricItem[], notices: readonly QuarterNotice[], manual: readonly ManualFinding[]): Deduction[] =>
  rubric.flatMap((item) => {
    const found = notices.filter((n) => countsFor(item, n))
    const entered = manual.filter((m) => m.item === item.key)
    const findings = found.length + entered.reduce((sum, m) => sum + m.findings, 0)
    if (findings === 0) return []
    return [{ item: item.key, findings, points: round(Math.min(item.points, findings * item.deductionPerFinding)), notices: found.map((n) => n.id) }]
  })

export type DepartmentVerdict = { score: number; colour: Colour; reasons: string[]; deductions: Deduction[]; notices: Id[] }

/**
 * One department's quarter. Red: a 单项否决 (a red notice of a veto item in the quarter, or a finding entered against
 * one) or a red notice still open at the close; yellow: a yellow notice open at the close, or a score below
 * `yellowBelow`; green otherwise.
 */
export const judgeDepartment = (
  notices: readonly QuarterNotice[],
  manual: readonly ManualFinding[],
  window: QuarterWindow,
  settings: Pick<InspectionSettings, 'rubric' | 'fullScore' | 'yellowBelow'>,
): DepartmentVerdict => {
  const quarter = notices.filter((n) => inQuarter(n, window))
  const deductions = deductionsOf(settings.rubric, quarter, manual)
  const score = round(Math.max(0, settings.fullScore - deductions.reduce((sum, d) => sum + d.points, 0)))
  const reasons: string[] = []
  for (const item of settings.rubric.filter((i) => i.veto)) {
    const vetoed = quarter.some((n) => item.auditRules.includes(n.rule) && n.severity === 'red') || manual.some((m) => m.item === item.key && m.findings > 0)
    if (vetoed) reasons.push(`单项否决：${item.label}`)
  }
  const open = quarter.filter((n) => openAtClose(n, window))
  const openRed = open.filter((n) => n.severity === 'red').length
  if (openRed) reasons.push(`季度末有 ${openRed} 条红色督办通知未整改`)
  const ids = quarter.map((n) => n.id)
  if (reasons.length) return { score, colour: 'red', reasons, deductions, notices: ids }
  const openYellow = open.filter((n) => n.severity === 'yellow').length
  if (openYellow) reasons.push(`季度末有 ${openYellow} 条黄色预警未整改`)
  if (score < settings.yellowBelow) reasons.push(`得分 ${score} 低于 ${settings.yellowBelow} 分`)
  return { score, colour: reasons.length ? 'yellow' : 'green', reasons, deductions, notices: ids }
}

/** Ranks by score, best first; equal scores share a rank and the next rank skips (1, 2, 2, 4). */
export const rankOf = (scores: readonly number[]): number[] => scores.map((score) => 1 + scores.filter((other) => other > score).length)

/**
 * The year's result: the average of the quarters' (daily) scores × the daily weight + the year-end score × the
 * year-end weight; null without any quarter or without the year-end score.
 */
export const yearResult = (quarterScores: readonly number[], yearEndScore: number | null, settings: Pick<InspectionSettings, 'dailyWeight' | 'yearEndWeight'>): { daily: number | null; result: number | null } => {
  const daily = quarterScores.length ? round(quarterScores.reduce((a, b) => a + b, 0) / quarterScores.length) : null
  return { daily, result: daily === null || yearEndScore === null ? null : round(daily * settings.dailyWeight + yearEndScore * settings.yearEndWeight) }
}
