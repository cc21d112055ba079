'use client'
/**
 * 督办 at a glance, from the open 督办通知 the user may read (the notices' own read access decides the scope: a
 * department's staff see their department's, the web office all):
 * - `OverdueSummary` (dashboard): counts by severity, each a link to the notices filtered so, and per watched
 *   collection the items with an open 红/黄 notice, each a link to that collection's list filtered to them;
 * - `OverdueFilter` (above a watched collection's list): 逾期（红） and 预警（黄） as one-click filters.
 * "逾期" is what the daily audit found (review stuck past its 办理时限, not published within 20 working days,
 * interpretation late …): the filter is the list's own `where[id][in]` over the items of the open notices.
 */
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import React, { useEffect, useState, type CSSProperties } from 'react'
import { severityBadgeStyle } from './severity'

type Notice = { id: string | number; severity: string; subjectType: string; subjectId: string }
type Watched = { slug: string; label: string }

const SEVERITY_TEXT: Record<string, string> = { red: '逾期（红）', yellow: '预警（黄）' }

const useOpenNotices = (notices: string, subjectType?: string) => {
  const { config } = useConfig()
  const [rows, setRows] = useState<Notice[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** The user may not read notices at all (their role's work needs none): nothing to show. */
  const [denied, setDenied] = useState(false)
  useEffect(() => {
    let cancelled = false
    const where = [
      `${encodeURIComponent('where[and][0][status][equals]')}=open`,
      ...(subjectType ? [`${encodeURIComponent('where[and][1][subjectType][equals]')}=${encodeURIComponent(subjectType)}`] : []),
    ].join('&')
    const select = ['severity', 'subjectType', 'subjectId'].map((f) => `${encodeURIComponent(`select[${f}]`)}=true`).join('&')
    fetch(`${config.serverURL ?? ''}${config.routes.api}/${notices}?depth=0&limit=1000&${where}&${select}`, { credentials: 'include', cache: 'no-store' })
      .then(async (res) => {
        if (cancelled) return
        if (res.status === 403 || res.status === 401) return setDenied(true)
        if (!res.ok) return setError('督办通知读取失败，请刷新页面重试')
        setRows(((await res.json()) as { docs: Notice[] }).docs)
      })
      .catch(() => !cancelled && setError('督办通知读取失败，请刷新页面重试'))
    return () => {
      cancelled = true
    }
  }, [config.serverURL, config.routes.api, notices, subjectType])
  return { rows, error, denied }
}

/** The list of `slug` restricted to `ids` (Payload's list reads `where` from the address). */
export const itemsHref = (adminRoute: string, slug: string, ids: readonly string[]): string =>
  `${adminRoute}/collections/${slug}?${encodeURIComponent('where[id][in]')}=${encodeURIComponent(ids.join(','))}`

const noticesHref = (adminRoute: string, notices: string, severity: string) =>
  `${adminRoute}/collections/${notices}?${encodeURIComponent('where[and][0][status][equals]')}=open&${encodeURIComponent('where[and][1][severity][equals]')}=${severity}`

/** Distinct subject ids of `severity` for one collection (an item with a red notice is not counted yellow). */
const idsOf = (rows: readonly Notice[], slug: string, severity: string): string[] => {
  const red = new Set(rows.filter((r) => r.subjectType === slug && r.severity === 'red').map((r) => String(r.subjectId)))
  const ids = new Set(rows.filter((r) => r.subjectType === slug && r.severity === severity).map((r) => String(r.subjectId)))
  return [...ids].filter((id) => severity === 'red' || !red.has(id))
}

const s = {
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '14px 16px', marginBottom: 24, background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 16, fontWeight: 600, margin: 0 } as CSSProperties,
  muted: { fontSize: 13, color: 'var(--theme-elevation-500)', margin: '8px 0 0' } as CSSProperties,
  row: { display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap', marginTop: 10, fontSize: 13 } as CSSProperties,
}

export const OverdueSummary = ({ notices = 'audit-notices', collections = [] }: { notices?: string; collections?: Watched[] }) => {
  const { config } = useConfig()
  const admin = config.routes.admin
  const { rows, error, denied } = useOpenNotices(notices)
  if (denied) return null
  const count = (severity: string) => rows?.filter((r) => r.severity === severity).length ?? 0
  const watched = collections.filter((c) => rows?.some((r) => r.subjectType === c.slug))
  return (
    <section data-testid="overdue-summary" style={s.box}>
      <h2 style={s.heading}>督办概况</h2>
      {error ? <p style={{ ...s.muted, color: '#b42318' }}>{error}</p> : null}
      {!error && rows === null ? <p style={s.muted}>正在读取…</p> : null}
      {rows ? (
        <>
          <div style={s.row}>
            {['red', 'yellow'].map((severity) => (
              <Link key={severity} data-testid={`overdue-count-${severity}`} data-count={count(severity)} href={noticesHref(admin, notices, severity)} style={{ ...severityBadgeStyle(severity), textDecoration: 'none' }}>
                {SEVERITY_TEXT[severity]} {count(severity)} 条
              </Link>
            ))}
            {rows.length === 0 ? <span style={severityBadgeStyle('green')}>绿色：暂无待整改的督办通知</span> : null}
          </div>
          {watched.map(({ slug, label }) => {
            const red = idsOf(rows, slug, 'red')
            const yellow = idsOf(rows, slug, 'yellow')
            return (
              <div key={slug} data-testid={`overdue-items-${slug}`} style={s.row}>
                <span style={{ minWidth: 72, color: 'var(--theme-elevation-650)' }}>{label}</span>
                {red.length ? (
                  <Link data-testid={`overdue-items-${slug}-red`} href={itemsHref(admin, slug, red)}>
                    逾期 {red.length} 项
                  </Link>
                ) : (
                  <span style={{ color: 'var(--theme-elevation-500)' }}>逾期 0 项</span>
                )}
                {yellow.length ? (
                  <Link data-testid={`overdue-items-${slug}-yellow`} href={itemsHref(admin, slug, yellow)}>
                    预警 {yellow.length} 项
                  </Link>
                ) : (
                  <span style={{ color: 'var(--theme-elevation-500)' }}>预警 0 项</span>
                )}
              </div>
            )
          })}
          <p style={s.muted}>由每日自动巡检生成；范围为您可查看的督办通知。</p>
        </>
      ) : null}
    </section>
  )
}

export const OverdueFilter = ({ notices = 'audit-notices', collectionSlug }: { notices?: string; collectionSlug?: string }) => {
  const { config } = useConfig()
  const params = useSearchParams()
  const { rows } = useOpenNotices(notices, collectionSlug)
  if (!collectionSlug || !rows) return null
  const active = params?.get('where[id][in]') ?? null
  return (
    <div data-testid="overdue-filter" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, margin: '0 0 12px' }}>
      <span style={{ fontSize: 13, color: 'var(--theme-elevation-500)' }}>督办：</span>
      {['red', 'yellow'].map((severity) => {
        const ids = idsOf(rows, collectionSlug, severity)
        const on = active !== null && active === ids.join(',')
        const style = { ...severityBadgeStyle(severity), textDecoration: 'none', outline: on ? '2px solid var(--theme-elevation-800)' : 'none' }
        return ids.length ? (
          <Link key={severity} data-testid={`overdue-filter-${severity}`} href={itemsHref(config.routes.admin, collectionSlug, ids)} style={style}>
            {SEVERITY_TEXT[severity]} {ids.length}
          </Link>
        ) : (
          <span key={severity} data-testid={`overdue-filter-${severity}`} style={{ ...style, opacity: 0.55 }}>
            {SEVERITY_TEXT[severity]} 0
          </span>
        )
      })}
    </div>
  )
}
