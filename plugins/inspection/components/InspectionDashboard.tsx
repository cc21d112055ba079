'use client'
/**
 * 季度检查看板: the red/yellow/green board of the departments for a quarter (score and rank), the trends over the
 * last quarters, and, on a department's row, what lies behind its colour (its deductions and the 督办通知 of the
 * quarter), then the year's 考评 (YearTable). Every figure comes from `GET /api/inspection/quarters/:quarter`, one
 * request per quarter shown, and `GET /api/inspection/years/:year`; the endpoints decide the scope (an editor gets their
 * own department's row only).
 */
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'
import type { QuarterKey } from '../../../domain/inspection/model'
import { BulletinButton } from './BulletinButton'
import { DepartmentDetail } from './DepartmentDetail'
import { ColourBadge, styles as s } from './dashboardStyles'
import { beijingToday, currentQuarter, quarterLabel, recentQuarters, type QuarterAnswer } from './dashboardData'
import { ColourTrend, ScoreTrend } from './TrendCharts'
import { YearTable } from './YearTable'

export type InspectionDashboardProps = {
  /** The endpoint's path under the API route. */
  endpoint?: string
  notices?: string
  /** How many quarters the trend shows (the chosen one and those before it). */
  trendQuarters?: number
  /** How many quarters back the picker offers. */
  pickerQuarters?: number
  /** Whether the 通报 generator's endpoints are installed. */
  bulletin?: boolean
  /** The 年终考核成绩 collection (the year table links to it). */
  yearScores?: string
}

type Loaded = { answer: QuarterAnswer | null; error: string | null }

const readQuarter = async (url: string): Promise<Loaded> => {
  try {
    const res = await fetch(url, { credentials: 'include', cache: 'no-store' })
    if (res.status === 401 || res.status === 403) return { answer: null, error: '您没有查看季度检查结果的权限' }
    const body = (await res.json().catch(() => null)) as (QuarterAnswer & { errors?: Array<{ message: string }> }) | null
    if (!res.ok || !body) return { answer: null, error: body?.errors?.[0]?.message ?? `读取失败（${res.status}）` }
    return { answer: body, error: null }
  } catch {
    return { answer: null, error: '读取失败，请检查网络后刷新页面' }
  }
}

const initialQuarter = (): QuarterKey => {
  if (typeof window !== 'undefined') {
    const asked = new URLSearchParams(window.location.search).get('quarter')
    if (asked && /^\d{4}Q[1-4]$/.test(asked)) return asked as QuarterKey
  }
  return currentQuarter()
}

export const InspectionDashboard = ({ endpoint = '/inspection/quarters', notices = 'audit-notices', trendQuarters = 4, pickerQuarters = 8, bulletin = true, yearScores = 'inspection-year-scores' }: InspectionDashboardProps) => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [quarter, setQuarter] = useState<QuarterKey>(initialQuarter)
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({})
  const [open, setOpen] = useState<string | null>(null)
  const shown = useMemo(() => recentQuarters(quarter, trendQuarters), [quarter, trendQuarters])
  const offered = useMemo(() => recentQuarters(currentQuarter(), pickerQuarters).reverse(), [pickerQuarters])

  useEffect(() => {
    let cancelled = false
    for (const q of shown) {
      if (loaded[q]) continue
      void readQuarter(`${api}${endpoint}/${q}`).then((result) => !cancelled && setLoaded((prev) => ({ ...prev, [q]: result })))
    }
    return () => {
      cancelled = true
    }
    // `loaded` is read to skip quarters already there, not to re-run on every answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, endpoint, shown])

  const choose = (q: QuarterKey) => {
    setQuarter(q)
    setOpen(null)
    const url = new URL(window.location.href)
    url.searchParams.set('quarter', q)
    window.history.replaceState(null, '', url.toString())
  }

  const current = loaded[quarter]
  const rows = current?.answer ? [...current.answer.departments].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh')) : []
  const trendAnswers = shown.map((q) => loaded[q]?.answer ?? null)
  const trendReady = shown.every((q) => loaded[q])

  return (
    <div data-testid="inspection-dashboard" data-quarter={quarter} style={s.page}>
      <header style={s.header}>
        <h1 style={s.title}>季度检查看板</h1>
        <label style={s.picker}>
          <span>季度</span>
          <select data-testid="inspection-quarter" value={quarter} onChange={(e) => choose(e.target.value as QuarterKey)} style={s.select}>
            {(offered.includes(quarter) ? offered : [quarter, ...offered]).map((q) => (
              <option key={q} value={q}>
                {quarterLabel(q)}
              </option>
            ))}
          </select>
        </label>
        {current?.answer ? (
          <span data-testid="inspection-state" data-frozen={current.answer.frozen ? 'true' : 'false'} style={current.answer.frozen ? s.frozen : s.live}>
            {current.answer.frozen ? `已冻结${current.answer.frozenAt ? `（${beijingToday(new Date(current.answer.frozenAt))}）` : ''}` : quarter === currentQuarter() ? '进行中：按当前数据计算' : '未冻结：按当前数据计算'}
          </span>
        ) : null}
        {bulletin && current?.answer?.frozen ? <BulletinButton api={api} adminRoute={config.routes.admin} quarter={quarter} /> : null}
      </header>

      <section style={s.box}>
        <h2 style={s.heading}>{quarterLabel(quarter)}各部门红黄绿</h2>
        {!current ? <p style={s.muted}>正在读取…</p> : null}
        {current?.error ? (
          <p data-testid="inspection-error" style={s.error}>
            {current.error}
          </p>
        ) : null}
        {current?.answer && rows.length === 0 ? <p style={s.muted}>本季度没有可查看的部门。</p> : null}
        {rows.length ? (
          <table data-testid="inspection-board" style={s.table}>
            <thead>
              <tr>
                <th style={s.th}>排名</th>
                <th style={s.th}>部门</th>
                <th style={s.th}>标记</th>
                <th style={{ ...s.th, textAlign: 'right' }}>得分</th>
                <th style={s.th}>原因</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => {
                const key = String(d.id)
                const expanded = open === key
                return (
                  <React.Fragment key={key}>
                    <tr
                      data-testid="inspection-row"
                      data-department={key}
                      data-name={d.name}
                      data-colour={d.colour}
                      data-score={d.score}
                      data-rank={d.rank}
                      onClick={() => setOpen(expanded ? null : key)}
                      style={{ ...s.row, ...(expanded ? s.rowOpen : null) }}
                      title="点击查看扣分项和督办通知"
                    >
                      <td style={s.td}>{d.rank}</td>
                      <td style={s.td}>
                        <button type="button" style={s.linkButton} aria-expanded={expanded}>
                          {expanded ? '▾' : '▸'} {d.name}
                        </button>
                      </td>
                      <td style={s.td}>
                        <ColourBadge colour={d.colour} />
                      </td>
                      <td style={{ ...s.td, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{d.score}</td>
                      <td style={{ ...s.td, ...s.reasons }}>{d.reasons?.length ? d.reasons.join('；') : '—'}</td>
                    </tr>
                    {expanded ? (
                      <tr>
                        <td colSpan={5} style={s.detailCell}>
                          <DepartmentDetail api={api} adminRoute={config.routes.admin} notices={notices} quarter={quarter} department={d} />
                        </td>
                      </tr>
                    ) : null}
                  </React.Fragment>
                )
              })}
            </tbody>
          </table>
        ) : null}
      </section>

      <section style={s.box}>
        <h2 style={s.heading}>近{shown.length}个季度趋势</h2>
        {!trendReady ? <p style={s.muted}>正在读取各季度结果…</p> : null}
        {shown.some((q) => loaded[q]?.error) ? <p style={s.muted}>部分季度读取失败：{shown.filter((q) => loaded[q]?.error).map((q) => quarterLabel(q)).join('、')}</p> : null}
        <div style={s.charts}>
          <figure style={s.figure}>
            <figcaption style={s.caption}>各部门得分</figcaption>
            <ScoreTrend quarters={shown} answers={trendAnswers} highlight={open} />
          </figure>
          <figure style={s.figure}>
            <figcaption style={s.caption}>红、黄、绿部门数</figcaption>
            <ColourTrend quarters={shown} answers={trendAnswers} />
          </figure>
        </div>
        <p style={s.muted}>已冻结的季度按季度末的快照显示，此后数据的变化不影响其结果；进行中和未冻结的季度按当前数据计算。</p>
      </section>

      <YearTable api={api} adminRoute={config.routes.admin} year={Number(quarter.slice(0, 4))} yearScores={yearScores} />
    </div>
  )
}
