'use client'
/**
 * Above the list of applications: table 三 of the annual report (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号)
 * for a year, from `GET /api/{slug}/annual-table` (each user counts what they may read: their department's, or all for
 * the 网站管理员), with the official table's row and column headings and a line saying whether every column balances.
 * Folded until opened.
 */
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { APPLICANT_TYPES } from '../../../domain/applications/vocabulary'
import { beijingToday, OUTCOME_GROUPS } from './labels'
import { styles as s } from './styles'

type Table = { year: number; columns: string[]; rows: Record<string, Record<string, number>>; imbalances: string[] }

/** The first year of table 三 in its present form (the 2020 annual reports, 国办公开办函〔2021〕30号). */
const FIRST_YEAR = 2020

const Cells = ({ row, table }: { row: string; table: Table }) => (
  <>
    {table.columns.map((column) => (
      <td key={column} style={s.td} data-testid={`annual-cell-${row}-${column}`}>
        {table.rows[row]?.[column] ?? 0}
      </td>
    ))}
  </>
)

const Body = ({ table }: { table: Table }) => {
  const outcomeRows = OUTCOME_GROUPS.reduce((n, g) => n + g.outcomes.length, 0) + 1
  const lines: React.ReactNode[] = [
    <tr key="new">
      <th style={s.th} colSpan={3}>一、本年新收政府信息公开申请数量</th>
      <Cells row="new" table={table} />
    </tr>,
    <tr key="carried-in">
      <th style={s.th} colSpan={3}>二、上年结转政府信息公开申请数量</th>
      <Cells row="carried-in" table={table} />
    </tr>,
  ]
  OUTCOME_GROUPS.forEach(({ group, outcomes }, g) =>
    outcomes.forEach((outcome, i) => {
      const first = g === 0 && i === 0 ? <th style={s.th} rowSpan={outcomeRows}>三、本年度办理结果</th> : null
      const single = outcomes.length === 1
      lines.push(
        <tr key={outcome.value}>
          {first}
          {single ? <th style={s.th} colSpan={2}>{group}</th> : i === 0 ? <th style={s.th} rowSpan={outcomes.length}>{group}</th> : null}
          {single ? null : <th style={{ ...s.th, fontWeight: 400 }}>{outcome.label}</th>}
          <Cells row={outcome.value} table={table} />
        </tr>,
      )
    }),
  )
  lines.push(
    <tr key="total">
      <th style={s.th} colSpan={2}>（七）总计</th>
      <Cells row="total" table={table} />
    </tr>,
    <tr key="carried-out">
      <th style={s.th} colSpan={3}>四、结转下年度继续办理</th>
      <Cells row="carried-out" table={table} />
    </tr>,
  )
  return <tbody>{lines}</tbody>
}

export const AnnualTable = ({ collectionSlug = 'applications' }: { collectionSlug?: string }) => {
  const { config } = useConfig()
  const thisYear = Number(beijingToday().slice(0, 4))
  const [opened, setOpened] = useState(false)
  const [year, setYear] = useState(thisYear)
  const [table, setTable] = useState<Table | null>(null)
  const [error, setError] = useState<string | null>(null)
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i)

  useEffect(() => {
    if (!opened) return
    let current = true
    setTable(null)
    setError(null)
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/annual-table?year=${year}`, { credentials: 'include', cache: 'no-store' })
      .then(async (res) => {
        const json = await res.json().catch(() => null)
        if (!current) return
        if (!res.ok) setError(String(json?.errors?.[0]?.message ?? `无法读取表三（HTTP ${res.status}）`))
        else setTable(json as Table)
      })
      .catch(() => current && setError('网络错误，无法读取表三，请稍后重试'))
    return () => {
      current = false
    }
  }, [collectionSlug, config.routes.api, config.serverURL, opened, year])

  return (
    <details data-testid="annual-table" style={{ margin: '0 0 16px' }} onToggle={(event) => setOpened((event.target as HTMLDetailsElement).open)}>
      <summary data-testid="annual-table-toggle" style={{ cursor: 'pointer', fontSize: 14, fontWeight: 600 }}>
        年度报告表三：收到和处理政府信息公开申请情况
      </summary>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 8 }}>
        <label style={{ fontSize: 13 }}>
          年度：
          <select data-testid="annual-table-year" value={year} onChange={(event) => setYear(Number(event.target.value))} style={{ ...s.input, width: 'auto', display: 'inline-block' }}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y} 年
              </option>
            ))}
          </select>
        </label>
        {error ? <div role="alert" style={s.error}>{error}</div> : null}
        {!table && !error ? <div style={s.muted}>正在统计…</div> : null}
        {table ? (
          <>
            <div style={{ overflowX: 'auto' }}>
              <table data-testid="annual-table-grid" data-year={table.year} style={s.table}>
                <thead>
                  <tr>
                    <th style={s.th} colSpan={3} rowSpan={3} />
                    <th style={s.th} colSpan={table.columns.length}>申请人情况</th>
                  </tr>
                  <tr>
                    <th style={s.th} rowSpan={2}>{APPLICANT_TYPES[0].label}</th>
                    <th style={s.th} colSpan={APPLICANT_TYPES.length - 1}>法人或其他组织</th>
                    <th style={s.th} rowSpan={2}>总计</th>
                  </tr>
                  <tr>
                    {APPLICANT_TYPES.slice(1).map((t) => (
                      <th key={t.value} style={s.th}>{t.label}</th>
                    ))}
                  </tr>
                </thead>
                <Body table={table} />
              </table>
            </div>
            {table.imbalances.length === 0 ? (
              <div data-testid="annual-table-balance" data-balanced="true" style={{ ...s.success, alignSelf: 'flex-start' }}>
                本表平衡：各列“本年新收 + 上年结转”均等于“办理结果总计 + 结转下年度继续办理”。
              </div>
            ) : (
              <div data-testid="annual-table-balance" data-balanced="false" role="alert" style={{ ...s.error, alignSelf: 'flex-start' }}>
                本表不平衡：{table.imbalances.join('；')}
              </div>
            )}
          </>
        ) : null}
      </div>
    </details>
  )
}
