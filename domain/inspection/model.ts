/**
 * The quarterly inspection (季度检查与通报) — the shared model. A county 政务公开办 checks its departments each quarter,
 * scores them on a rubric, marks each red, yellow or green (恩施: "分季度核查…实行红、黄、绿三色标记管理"), ranks them, and
 * sends a 通报 (甘州, seeds/004). The daily score weighs 40 % and the year-end one 60 % (寻乌, seeds/002). Every weight
 * and threshold is a setting (`InspectionSettings`). A quarter's close freezes it into a `QuarterSnapshot`, from which a
 * 通报 can be reproduced years later.
 */
import type { Id } from '../ids'

/** `2026Q4`. */
export type QuarterKey = `${number}Q${1 | 2 | 3 | 4}`

export type Colour = 'red' | 'yellow' | 'green'

/** One line of the rubric: points, and what takes them away. */
export type RubricItem = {
  /** Stable key, e.g. `column-stale`. */
  key: string
  label: string
  /** Points the item is worth (the rubric's items sum to `InspectionSettings.fullScore`, 100 by default). */
  points: number
  /** Points taken per finding (open notice of the quarter, or entered deduction), never below zero for the item. */
  deductionPerFinding: number
  /** The audit rules whose notices count against this item; empty for an item entered by hand. */
  auditRules: readonly string[]
  /** Whether a red notice of these rules in the quarter is a 单项否决 (the department is red whatever its score). */
  veto: boolean
  /** Whether yellow notices (预警) take points too; by default only red ones do (e.g. 空白栏目 is only ever yellow). */
  countsWarnings?: boolean
}

export type InspectionSettings = {
  rubric: readonly RubricItem[]
  fullScore: number
  /** Below this score a department is yellow (when nothing makes it red). */
  yellowBelow: number
  /** Weights of the daily (quarterly) score and the year-end score in the year's result. */
  dailyWeight: number
  yearEndWeight: number
  /** Days after the 通报 is published by which the listed units must have corrected (整改期限). */
  rectificationDays: number
  /** Column kinds whose 主动公开 items count as 动态; items of every other kind are 法定主动公开. */
  dynamicColumnKinds: readonly string[]
  /** Column kinds of the per-unit matrix (annex 1): 指南, 机构概况, 领导简介, 年报 and the statutory columns. */
  matrixColumnKinds: readonly string[]
}

/** A column's state in the per-unit matrix (annex 1): present and fresh, present but stale, or missing. */
export type ColumnCell = 'fresh' | 'stale' | 'missing'

/** The figures of one department (or the total) for a quarter. */
export type Figures = {
  /** 主动公开 items published in the quarter: all, 动态 (news-like columns) and 法定主动公开 (the others). */
  published: { total: number; dynamic: number; statutory: number }
  /** Policies published in the quarter, and how many of them have a published 解读. */
  policies: { total: number; interpreted: number }
  /** 依申请公开: received and answered in the quarter (zero when no register exists). */
  applications: { received: number; answered: number }
  /** Government new-media: posts in the quarter (from the post log), accounts by status, 合格率 (0–1, null without accounts). */
  newMedia: { posts: number; accounts: number; qualified: number; unqualified: number; closing: number; passRate: number | null }
  /** Annex 1: 指南, 机构概况, 领导简介, 年报 and the statutory columns (by column kind). */
  columns: Record<string, ColumnCell>
}

export type Deduction = { item: string; findings: number; points: number; notices: readonly Id[] }

export type DepartmentResult = {
  id: Id
  name: string
  colour: Colour
  /** Why the colour: e.g. `单项否决：政务新媒体 90 天未更新`, `得分 78 低于 80`. */
  reasons: readonly string[]
  score: number
  /** 1 = best; equal scores share a rank. */
  rank: number
  deductions: readonly Deduction[]
  figures: Figures
  /** Every audit notice of the department open at some moment of the quarter (the drill-down behind the colour). */
  notices?: readonly Id[]
}

export type QuarterSnapshot = {
  quarter: QuarterKey
  /** Beijing days, `yyyy-MM-dd`. */
  from: string
  to: string
  frozen: boolean
  frozenAt: string | null
  figures: Figures
  departments: readonly DepartmentResult[]
  /**
   * Findings about the whole site (no department: e.g. the site-wide 单项否决 of too many stale columns), shown
   * beside the departments; absent for readers scoped to one department.
   */
  site?: { notices: readonly Id[]; reasons: readonly string[] }
  /**
   * The 基层政务公开标准目录's 领域 graded for the quarter (甘州's annex 2: 较好 / 数量不足 / 未更新), when the host has a
   * catalogue; frozen with the quarter. Absent for readers scoped to one department.
   */
  domains?: readonly DomainGradeLine[]
}

/** One 领域's grade in a quarter: the public items published in its columns, and the grade. */
export type DomainGradeLine = { name: string; published: number; grade: 'good' | 'insufficient' | 'stale'; label: string }

/** `2026Q4` → its first and last Beijing day. */
export const quarterBounds = (quarter: QuarterKey): { from: string; to: string } => {
  const match = /^(\d{4})Q([1-4])$/.exec(quarter)
  if (!match) throw new RangeError(`季度应写作如 2026Q4：${quarter}`)
  const year = Number(match[1])
  const q = Number(match[2])
  const first = (q - 1) * 3 + 1
  const last = first + 2
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(days)}` }
}

export const isQuarterKey = (value: unknown): value is QuarterKey => typeof value === 'string' && /^\d{4}Q[1-4]$/.test(value)

/** The quarter a Beijing day falls in. */
export const quarterOf = (day: string): QuarterKey => `${Number(day.slice(0, 4))}Q${(Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4}`
