/**
 * The trends of the dashboard, drawn as SVG (no chart library): each department's score per quarter as lines, and the
 * count of red, yellow and green departments per quarter as stacked bars. Frozen quarters are marked 已冻结.
 */
import React from 'react'
import type { QuarterKey } from '../../../domain/inspection/model'
import { COLOURS, colourCounts, currentQuarter, linePath, quarterLabel, scale, scoreSeries, seriesColour, ticks, type QuarterAnswer } from './dashboardData'

type Props = { quarters: readonly QuarterKey[]; answers: ReadonlyArray<QuarterAnswer | null>; highlight?: string | null }

const W = 640
const H = 260
const PAD = { left: 40, right: 16, top: 16, bottom: 44 }

const axisText = { fontSize: 11, fill: 'var(--theme-elevation-600, #666)' }

const QuarterAxis = ({ quarters, answers, x }: Props & { x: (i: number) => number }) => (
  <g>
    {quarters.map((q, i) => (
      <g key={q} data-testid="trend-quarter" data-quarter={q} data-frozen={answers[i]?.frozen ? 'true' : 'false'}>
        <text x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" style={axisText}>
          {quarterLabel(q, true)}
        </text>
        <text x={x(i)} y={H - PAD.bottom + 31} textAnchor="middle" style={{ ...axisText, fontSize: 10 }}>
          {answers[i] === null ? '未读取' : answers[i]?.frozen ? '已冻结' : q === currentQuarter() ? '进行中' : '未冻结'}
        </text>
      </g>
    ))}
  </g>
)

/** 各部门得分趋势. */
export const ScoreTrend = ({ quarters, answers, highlight }: Props) => {
  const series = scoreSeries(answers)
  const values = series.flatMap((s) => s.scores.filter((v): v is number => v !== null))
  const low = Math.min(60, ...values.map((v) => Math.floor(v / 10) * 10))
  const y = scale(low, 100, H - PAD.bottom, PAD.top)
  const x = scale(0, Math.max(1, quarters.length - 1), PAD.left + 24, W - PAD.right - 24)
  return (
    <svg data-testid="trend-scores" viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label="各部门得分趋势">
      {ticks(low, 100, 10).map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--theme-elevation-100, #eee)" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" style={axisText}>
            {t}
          </text>
        </g>
      ))}
      <QuarterAxis quarters={quarters} answers={answers} x={x} />
      {series.map((s, i) => {
        const dim = highlight && highlight !== s.id
        return (
          <g key={s.id} data-testid="trend-score-line" data-department={s.id} data-scores={s.scores.map((v) => (v === null ? '' : v)).join(',')} opacity={dim ? 0.2 : 1}>
            <title>{`${s.name}：${s.scores.map((v, k) => `${quarterLabel(quarters[k], true)} ${v ?? '—'}`).join('，')}`}</title>
            <path d={linePath(s.scores, x, y)} fill="none" stroke={seriesColour(i)} strokeWidth={highlight === s.id ? 3 : 1.5} />
            {s.scores.map((v, k) => (v === null ? null : <circle key={k} cx={x(k)} cy={y(v)} r={highlight === s.id ? 4 : 2.5} fill={seriesColour(i)} />))}
          </g>
        )
      })}
    </svg>
  )
}

/** 红黄绿部门数趋势: stacked bars, one per quarter. */
export const ColourTrend = ({ quarters, answers }: Props) => {
  const counts = answers.map((a) => (a ? colourCounts(a) : null))
  const most = Math.max(1, ...counts.map((c) => (c ? c.red + c.yellow + c.green : 0)))
  const y = scale(0, most, H - PAD.bottom, PAD.top)
  const x = scale(0, Math.max(1, quarters.length - 1), PAD.left + 24, W - PAD.right - 24)
  const bar = Math.min(56, (W - PAD.left - PAD.right) / Math.max(1, quarters.length) / 2)
  const step = most > 10 ? 5 : most > 5 ? 2 : 1
  return (
    <svg data-testid="trend-colours" viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label="红黄绿部门数趋势">
      {ticks(0, most, step).map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--theme-elevation-100, #eee)" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" style={axisText}>
            {t}
          </text>
        </g>
      ))}
      <QuarterAxis quarters={quarters} answers={answers} x={x} />
      {counts.map((c, i) => {
        if (!c) return null
        let base = 0
        return (
          <g key={quarters[i]} data-testid="trend-colour-bar" data-quarter={quarters[i]} data-red={c.red} data-yellow={c.yellow} data-green={c.green}>
            {COLOURS.map(({ value, label, fill }) => {
              const n = c[value]
              const top = y(base + n)
              const rect = n ? (
                <rect key={value} x={x(i) - bar / 2} y={top} width={bar} height={y(base) - top} fill={fill}>
                  <title>{`${quarterLabel(quarters[i])}：${label}${n}个`}</title>
                </rect>
              ) : null
              base += n
              return rect
            })}
            <text x={x(i)} y={y(base) - 4} textAnchor="middle" style={axisText}>
              {`红${c.red} 黄${c.yellow} 绿${c.green}`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
