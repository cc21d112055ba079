'use client'
/**
 * What lies behind a department's colour in a quarter: the rubric items it lost points on (with the notices each
 * counted) and the 督办通知 that stood during the quarter, each a link to the notice in the admin.
 */
import Link from 'next/link'
import React, { useEffect, useState } from 'react'
import { DEFAULT_RUBRIC } from '../../../domain/inspection/defaults'
import type { QuarterKey } from '../../../domain/inspection/model'
import { quarterLabel, quarterNoticesQuery, type DepartmentRow } from './dashboardData'
import { ColourBadge, styles as s } from './dashboardStyles'

type Notice = { id: number | string; rule?: string; severity?: string; subjectTitle?: string; status?: string; detectedAt?: string; resolvedAt?: string | null; message?: string }

type Props = { api: string; adminRoute: string; notices: string; quarter: QuarterKey; department: DepartmentRow }

const day = (iso?: string | null) => (iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : '')

export const DepartmentDetail = ({ api, adminRoute, notices, quarter, department }: Props) => {
  const [rows, setRows] = useState<Notice[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const counted = [...new Set([...(department.notices ?? []), ...(department.deductions ?? []).flatMap((d) => d.notices ?? [])].map(String))]

  useEffect(() => {
    let cancelled = false
    const select = ['rule', 'severity', 'subjectTitle', 'status', 'detectedAt', 'resolvedAt', 'message'].map((f) => `${encodeURIComponent(`select[${f}]`)}=true`).join('&')
    const read = (where: string) =>
      fetch(`${api}/${notices}?depth=0&limit=200&sort=-detectedAt&${select}&${where}`, { credentials: 'include', cache: 'no-store' }).then(async (res) => {
        if (!res.ok) throw new Error(String(res.status))
        return ((await res.json()) as { docs: Notice[] }).docs
      })
    const byId = counted.length ? read(`${encodeURIComponent('where[id][in]')}=${encodeURIComponent(counted.join(','))}`) : Promise.resolve([])
    Promise.all([read(quarterNoticesQuery(department.id, quarter)), byId])
      .then(([inQuarter, cited]) => {
        if (cancelled) return
        const seen = new Map<string, Notice>()
        for (const n of [...cited, ...inQuarter]) seen.set(String(n.id), n)
        setRows([...seen.values()])
      })
      .catch(() => !cancelled && setError('督办通知读取失败，请刷新页面重试'))
    return () => {
      cancelled = true
    }
    // `counted` is derived from the department shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, notices, quarter, department.id])

  const deductions = (department.deductions ?? []).filter((d) => d.points > 0 || d.findings > 0)
  return (
    <div data-testid="inspection-detail" data-department={String(department.id)}>
      <h3 style={s.subheading}>
        {department.name}·{quarterLabel(quarter)}：<ColourBadge colour={department.colour} /> 得分 {department.score}，第 {department.rank} 名
      </h3>
      {department.reasons?.length ? <p style={{ ...s.muted, marginTop: 0 }}>标记原因：{department.reasons.join('；')}</p> : null}
      <h4 style={s.subheading}>扣分项</h4>
      {deductions.length ? (
        <table data-testid="inspection-deductions" style={s.table}>
          <thead>
            <tr>
              <th style={s.th}>检查项目</th>
              <th style={{ ...s.th, textAlign: 'right' }}>问题数</th>
              <th style={{ ...s.th, textAlign: 'right' }}>扣分</th>
              <th style={s.th}>依据的督办通知</th>
            </tr>
          </thead>
          <tbody>
            {deductions.map((d) => (
              <tr key={d.item} data-testid="inspection-deduction" data-item={d.item} data-points={d.points}>
                <td style={s.td}>{d.label ?? DEFAULT_RUBRIC.find((r) => r.key === d.item)?.label ?? d.item}</td>
                <td style={{ ...s.td, textAlign: 'right' }}>{d.findings}</td>
                <td style={{ ...s.td, textAlign: 'right' }}>{d.points}</td>
                <td style={s.td}>
                  {(d.notices ?? []).length
                    ? (d.notices ?? []).map((id) => (
                        <Link key={String(id)} href={`${adminRoute}/collections/${notices}/${id}`} style={{ marginRight: 8 }}>
                          #{String(id)}
                        </Link>
                      ))
                    : '手工录入'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={{ ...s.muted, marginTop: 0 }}>本季度无扣分项。</p>
      )}
      <h4 style={s.subheading}>本季度督办通知</h4>
      {error ? <p style={s.error}>{error}</p> : null}
      {!error && rows === null ? <p style={s.muted}>正在读取…</p> : null}
      {rows && rows.length === 0 ? <p style={{ ...s.muted, marginTop: 0 }}>本季度没有督办通知。</p> : null}
      {rows && rows.length ? (
        <ul data-testid="inspection-notices" style={s.list}>
          {rows.map((n) => (
            <li key={String(n.id)} data-testid="inspection-notice" data-notice={String(n.id)} data-severity={n.severity ?? ''}>
              <ColourBadge colour={n.severity ?? 'green'} />{' '}
              <Link href={`${adminRoute}/collections/${notices}/${n.id}`}>{n.subjectTitle || `督办通知 #${n.id}`}</Link>
              <span style={{ color: 'var(--theme-elevation-500)', marginLeft: 8, fontSize: 12 }}>
                {n.message ? `${n.message}；` : ''}发现于 {day(n.detectedAt)}
                {n.status === 'resolved' ? `，${day(n.resolvedAt)} 销号` : '，待整改'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
