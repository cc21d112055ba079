'use client'
/**
 * 年度考评: for the year of the chosen quarter, each department's frozen quarter scores, their average (日常考核), the
 * entered 年终考核成绩, the weighed result and the rank, from `GET /api/inspection/years/:year`. The year-end scores
 * are entered in their collection (linked here).
 */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import type { YearAnswer } from '../../../domain/inspection/year'
import { quarterLabel } from './dashboardData'
import { styles as s } from './dashboardStyles'

type Props = { api: string; adminRoute: string; year: number; endpoint?: string; yearScores?: string }

const percent = (weight: number) => `${Math.round(weight * 1000) / 10}%`
const cell = (value: number | null) => (value === null ? '—' : String(value))

export const YearTable = ({ api, adminRoute, year, endpoint = '/inspection/years', yearScores = 'inspection-year-scores' }: Props) => {
  const [answer, setAnswer] = useState<YearAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    setAnswer(null)
    setError(null)
    fetch(`${api}${endpoint}/${year}`, { credentials: 'include', cache: 'no-store' })
      .then(async (res) => {
        const body = (await res.json().catch(() => null)) as (YearAnswer & { errors?: Array<{ message: string }> }) | null
        if (cancelled) return
        if (!res.ok || !body) return setError(body?.errors?.[0]?.message ?? `读取失败（${res.status}）`)
        setAnswer(body)
      })
      .catch(() => !cancelled && setError('读取失败，请检查网络后刷新页面'))
    return () => {
      cancelled = true
    }
  }, [api, endpoint, year])

  const frozen = answer?.quarters.filter((q) => q.frozen).length ?? 0
  return (
    <section style={s.box} data-testid="inspection-year" data-year={year}>
      <h2 style={s.heading}>{year}年度考评</h2>
      {!answer && !error ? <p style={s.muted}>正在读取…</p> : null}
      {error ? (
        <p data-testid="inspection-year-error" style={s.error}>
          {error}
        </p>
      ) : null}
      {answer ? (
        <>
          <p style={s.muted}>
            年度成绩 = 日常考核（已冻结季度的平均分，{percent(answer.weights.daily)}）+ 年终考核成绩（{percent(answer.weights.yearEnd)}）。已冻结 {frozen} 个季度；
            <Link href={`${adminRoute}/collections/${yearScores}?where[year][equals]=${year}`}>年终考核成绩</Link>由网站管理员录入。
          </p>
          <table data-testid="inspection-year-table" style={{ ...s.table, marginTop: 8 }}>
            <thead>
              <tr>
                <th style={s.th}>排名</th>
                <th style={s.th}>部门</th>
                {answer.quarters.map((q) => (
                  <th key={q.quarter} style={{ ...s.th, textAlign: 'right' }} title={q.frozen ? '已冻结' : '未冻结，不计入'}>
                    {quarterLabel(q.quarter, true).slice(5)}
                    {q.frozen ? '' : '（未冻结）'}
                  </th>
                ))}
                <th style={{ ...s.th, textAlign: 'right' }}>日常考核</th>
                <th style={{ ...s.th, textAlign: 'right' }}>年终考核</th>
                <th style={{ ...s.th, textAlign: 'right' }}>年度成绩</th>
              </tr>
            </thead>
            <tbody>
              {answer.departments.map((d) => (
                <tr key={String(d.id)} data-testid="inspection-year-row" data-name={d.name} data-daily={d.daily ?? ''} data-year-end={d.yearEnd ?? ''} data-result={d.result ?? ''} data-rank={d.rank ?? ''}>
                  <td style={s.td}>{d.rank ?? '—'}</td>
                  <td style={s.td}>{d.name}</td>
                  {answer.quarters.map((q) => (
                    <td key={q.quarter} style={{ ...s.td, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      {cell(d.quarters[q.quarter] ?? null)}
                    </td>
                  ))}
                  <td style={{ ...s.td, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{cell(d.daily)}</td>
                  <td style={{ ...s.td, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{d.yearEnd === null ? '待录入' : d.yearEnd}</td>
                  <td style={{ ...s.td, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{cell(d.result)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  )
}
