/**
 * The dashboard's pure part (no React, no Payload): quarters to show, the colour counts and score series the charts
 * draw, the chart's scales, and the address of a department's 督办通知 in a quarter.
 */
import { quarterBounds, quarterOf, type Colour, type QuarterKey } from '../../../domain/inspection/model'

/** What the dashboard reads of `GET /api/inspection/quarters/:quarter` (the contract's fields and the deductions). */
export type QuarterAnswer = {
  quarter: QuarterKey
  frozen: boolean
  frozenAt?: string | null
  from?: string
  to?: string
  figures?: Record<string, unknown>
  departments: DepartmentRow[]
}

export type DepartmentRow = {
  id: number | string
  name: string
  colour: Colour
  score: number
  rank: number
  reasons?: readonly string[]
  deductions?: ReadonlyArray<{ item: string; label?: string; findings: number; points: number; notices?: ReadonlyArray<number | string> }>
  /** The 督办通知 of the quarter the rubric read for this department. */
  notices?: ReadonlyArray<number | string>
}

export const COLOURS: ReadonlyArray<{ value: Colour; label: string; fill: string; text: string; background: string; border: string }> = [
  { value: 'red', label: '红色', fill: '#d92d20', text: '#b42318', background: '#fdecec', border: '#f3aaa4' },
  { value: 'yellow', label: '黄色', fill: '#f5b400', text: '#9a6700', background: '#fff8db', border: '#f5d565' },
  { value: 'green', label: '绿色', fill: '#2e9e4f', text: '#1e7a34', background: '#e6f6ea', border: '#9fd8ad' },
]

export const colourOf = (colour: string) => COLOURS.find((c) => c.value === colour) ?? COLOURS[2]

/** Today in Beijing, `yyyy-MM-dd`. */
export const beijingToday = (now: Date = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)

export const currentQuarter = (now: Date = new Date()): QuarterKey => quarterOf(beijingToday(now))

export const previousQuarter = (quarter: QuarterKey): QuarterKey => {
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(5))
  return (q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`) as QuarterKey
}

/** The `count` quarters ending with `last`, oldest first. */
export const recentQuarters = (last: QuarterKey, count: number): QuarterKey[] => {
  const out: QuarterKey[] = [last]
  while (out.length < count) out.unshift(previousQuarter(out[0]))
  return out
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** `2026Q4` → `2026年第四季度`; `short` → `2026年四季度`. */
export const quarterLabel = (quarter: QuarterKey, short = false): string =>
  `${quarter.slice(0, 4)}年${short ? '' : '第'}${QUARTER_NAMES[Number(quarter.slice(5)) - 1]}季度`

export const colourCounts = (answer: Pick<QuarterAnswer, 'departments'>): Record<Colour, number> => {
  const counts: Record<Colour, number> = { red: 0, yellow: 0, green: 0 }
  for (const d of answer.departments) counts[d.colour]++
  return counts
}

export type ScoreSeries = { id: string; name: string; scores: Array<number | null> }

/** One line per department over the quarters (null where a quarter has no row for it), in the order first seen. */
export const scoreSeries = (answers: ReadonlyArray<Pick<QuarterAnswer, 'departments'> | null>): ScoreSeries[] => {
  const series = new Map<string, ScoreSeries>()
  answers.forEach((answer, i) => {
    for (const d of answer?.departments ?? []) {
      const key = String(d.id)
      if (!series.has(key)) series.set(key, { id: key, name: d.name, scores: answers.map(() => null) })
      series.get(key)!.scores[i] = d.score
    }
  })
  return [...series.values()]
}

/** A linear scale from [d0, d1] onto [r0, r1]. */
export const scale = (d0: number, d1: number, r0: number, r1: number) => (value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))

/** Round tick values for a score axis from `min` to `max` (0–100 by default, in steps of 20). */
export const ticks = (min: number, max: number, step: number): number[] => {
  const out: number[] = []
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Number(v.toFixed(6)))
  return out
}

/** An SVG path through the points, broken where a value is missing. */
export const linePath = (values: ReadonlyArray<number | null>, x: (i: number) => number, y: (v: number) => number): string => {
  let path = ''
  let pen = false
  values.forEach((v, i) => {
    if (v === null) return void (pen = false)
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`
    pen = true
  })
  return path
}

/** A distinct, readable colour per department line. */
export const seriesColour = (index: number): string => `hsl(${(index * 137.508) % 360}, 55%, 42%)`

/** Beijing bounds of a quarter as instants: its first day's start and its last day's end. */
export const quarterInstants = (quarter: QuarterKey): { start: string; end: string } => {
  const { from, to } = quarterBounds(quarter)
  return { start: new Date(`${from}T00:00:00.000+08:00`).toISOString(), end: new Date(`${to}T23:59:59.999+08:00`).toISOString() }
}

/**
 * The 督办通知 of a department that stood during a quarter: detected before its end, and open or resolved after its
 * start. As the REST query string the list view and the API both read.
 */
export const quarterNoticesQuery = (department: number | string, quarter: QuarterKey): string => {
  const { start, end } = quarterInstants(quarter)
  const pairs: Array<[string, string]> = [
    ['where[and][0][department][equals]', String(department)],
    ['where[and][1][detectedAt][less_than_equal]', end],
    ['where[and][2][or][0][status][equals]', 'open'],
    ['where[and][2][or][1][resolvedAt][greater_than_equal]', start],
  ]
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
}
