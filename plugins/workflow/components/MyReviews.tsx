'use client'
/**
 * 待我审核: on the dashboard, the items of the reviewed collections waiting for the signed-in user, read through
 * the REST API (`draft=true`: the workflow state lives in the latest version). The plugin passes the collections
 * (slug, label, title and department fields) as client props:
 * - 初审 (reviewer): 待初审 items of their own department;
 * - 保密审查员 (secrecy): 待保密审查 items;
 * - 终审领导 (approver): 待终审 items, and items published by force still waiting for a 补充终审;
 * - 信息报送员 (editor): items of their department returned to draft (latest register entry is 退回修改).
 * Items this user submitted or already signed (in their current version) are left out: they may not sign them.
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useEffect, useState, type CSSProperties } from 'react'
import { stateLabel } from '../../../domain/workflow/states'
import { formatTime, stateBadgeStyle } from './display'
import type { Id } from '../../../domain/ids'

/** A reviewed collection as 待我审核 reads it. */
export type MyReviewsCollection = { slug: string; label: string; titleField: string; departmentField: string }
type Collection = string

type Item = {
  id: Id
  reviewState?: string
  updatedAt?: string
  submittedAt?: string
  submittedBy?: Id | { id: Id } | null
  contentHash?: string | null
  signatures?: Array<{ user?: Id | { id: Id } | null; contentHash?: string | null }> | null
  forcePublished?: boolean | null
  [field: string]: unknown
}
type Entry = { collection: Collection; item: Item; why: string }
type RoleUser = { id: Id; roles?: string[] | null; department?: Id | { id: Id } | null }

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

/** `where` as Payload's REST query string: where[and][0][reviewState][equals]=submitted … */
const whereQuery = (conditions: Array<[string, string, string | number | boolean | Array<string | number>]>): string =>
  conditions
    .map(([path, operator, value], index) => {
      const key = `where[and][${index}][${path}][${operator}]`
      return `${encodeURIComponent(key)}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`
    })
    .join('&')

const s = {
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '14px 16px', marginBottom: 24, background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 16, fontWeight: 600, margin: 0, display: 'flex', alignItems: 'center', gap: 8 } as CSSProperties,
  count: { display: 'inline-block', minWidth: 22, padding: '0 7px', borderRadius: 11, background: '#d92d20', color: '#fff', fontSize: 12, lineHeight: '22px', textAlign: 'center' } as CSSProperties,
  countZero: { background: 'var(--theme-elevation-150)', color: 'var(--theme-elevation-650)' } as CSSProperties,
  muted: { fontSize: 13, color: 'var(--theme-elevation-500)', margin: '8px 0 0' } as CSSProperties,
  row: { display: 'flex', alignItems: 'center', gap: 10, padding: '8px 0', borderTop: '1px solid var(--theme-elevation-100)', fontSize: 13, flexWrap: 'wrap' } as CSSProperties,
}

export type MyReviewsProps = {
  collections?: MyReviewsCollection[]
  /** The register files entries under a department (the plugin's `departments` option). */
  registerDepartments?: boolean
}

export const MyReviews = ({ collections = [], registerDepartments = true }: MyReviewsProps) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = config.routes.admin
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const me = user as unknown as RoleUser | null
  const roles = Array.isArray(me?.roles) ? me.roles : []
  const department = idOf(me?.department)
  const relevant = roles.some((role) => ['editor', 'reviewer', 'secrecy', 'approver'].includes(role))

  useEffect(() => {
    if (!me || !relevant) return
    let cancelled = false
    const get = async <T,>(url: string): Promise<T> => {
      const res = await fetch(url, { credentials: 'include', cache: 'no-store' })
      if (!res.ok) throw new Error(String(res.status))
      return (await res.json()) as T
    }
    const items = (collection: Collection, query: string) =>
      get<{ docs: Item[] }>(`${api}/${collection}?draft=true&depth=0&limit=100&sort=-updatedAt&${query}`).then((r) => r.docs)

    /** May this user still sign the item's current version? (not its submitter, not an earlier signer) */
    const maySign = (item: Item) =>
      String(idOf(item.submittedBy)) !== String(me.id) &&
      !(item.signatures ?? []).some((sig) => sig.contentHash === item.contentHash && String(idOf(sig.user)) === String(me.id))

    const load = async (): Promise<Entry[]> => {
      const found: Entry[] = []
      const stage = async (state: string, why: string, extra: Array<[string, string, string | number | boolean]> = []) => {
        for (const { slug, departmentField } of collections) {
          const own = extra.map(([path, operator, value]): [string, string, string | number | boolean] => [path === 'department' ? departmentField : path, operator, value])
          const docs = await items(slug, whereQuery([['reviewState', 'equals', state], ...own]))
          for (const item of docs) if (maySign(item)) found.push({ collection: slug, item, why })
        }
      }
      if (roles.includes('reviewer') && department !== null) await stage('submitted', '待初审', [['department', 'equals', department]])
      if (roles.includes('secrecy')) await stage('first-reviewed', '待保密审查')
      if (roles.includes('approver')) {
        await stage('secrecy-reviewed', '待终审')
        await stage('published', '强制发布待补充终审', [['forcePublished', 'equals', true]])
      }
      if (roles.includes('editor') && department !== null) {
        // The newest register entry of each item of the department: those whose latest step was 退回修改.
        const records = await get<{ docs: Array<{ action: string; subject?: { relationTo: Collection; value: unknown } }> }>(
          `${api}/approval-records?depth=0&limit=300&sort=-at${registerDepartments ? `&${whereQuery([['department', 'equals', department]])}` : ''}`,
        )
        const latest = new Map<string, string>()
        for (const record of records.docs) {
          const subject = record.subject
          if (!subject) continue
          const key = `${subject.relationTo}:${String(idOf(subject.value))}`
          if (!latest.has(key)) latest.set(key, record.action)
        }
        for (const { slug: collection, departmentField } of collections) {
          const ids = [...latest.entries()]
            .filter(([key, action]) => action === 'return' && key.startsWith(`${collection}:`))
            .map(([key]) => key.slice(collection.length + 1))
          if (ids.length === 0) continue
          const docs = await items(collection, whereQuery([['id', 'in', ids], ['reviewState', 'equals', 'draft'], ...(registerDepartments ? [] : [[departmentField, 'equals', department] as [string, string, Id]])]))
          for (const item of docs) found.push({ collection, item, why: '被退回，待修改后重新提交' })
        }
      }
      return found
    }
    load()
      .then((result) => {
        if (!cancelled) setEntries(result)
      })
      .catch(() => {
        if (!cancelled) setError('待办列表读取失败，请刷新页面重试')
      })
    return () => {
      cancelled = true
    }
    // The user's id, roles and department decide the queries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, me?.id, roles.join(','), String(department), relevant, collections.map((c) => c.slug).join(',')])

  if (!me || !relevant) return null
  const count = entries?.length ?? 0

  return (
    <section data-testid="my-reviews" data-count={entries ? count : undefined} style={s.box}>
      <h2 style={s.heading}>
        待我审核
        <span data-testid="my-reviews-count" style={count > 0 ? s.count : { ...s.count, ...s.countZero }}>
          {entries ? count : '…'}
        </span>
      </h2>
      {error ? <p style={{ ...s.muted, color: '#b42318' }}>{error}</p> : null}
      {!error && entries === null ? <p style={s.muted}>正在读取…</p> : null}
      {entries && entries.length === 0 ? <p style={s.muted}>暂无需要您处理的稿件。</p> : null}
      {entries && entries.length > 0 ? (
        <div style={{ marginTop: 8 }}>
          {entries.map(({ collection, item, why }) => {
            const options = collections.find((c) => c.slug === collection)
            const title = options ? item[options.titleField] : undefined
            return (
            <div key={`${collection}:${item.id}`} data-testid="my-reviews-item" style={s.row}>
              <span style={stateBadgeStyle(item.reviewState)}>{item.reviewState === 'draft' ? '已退回' : stateLabel(item.reviewState)}</span>
              <span style={{ color: 'var(--theme-elevation-500)', whiteSpace: 'nowrap' }}>{options?.label ?? collection}</span>
              <Link href={`${admin}/collections/${collection}/${item.id}`} style={{ flex: '1 1 240px', fontWeight: 500 }}>
                {typeof title === 'string' && title ? title : '（无标题）'}
              </Link>
              <span style={{ color: 'var(--theme-elevation-500)', whiteSpace: 'nowrap' }}>
                {why} · {formatTime(item.submittedAt ?? item.updatedAt)}
              </span>
            </div>
            )
          })}
        </div>
      ) : null}
    </section>
  )
}
