'use client'
/**
 * 待我审核: on the dashboard, the items of the reviewed collections waiting for the signed-in user, read through
 * the REST API (`draft=true`: the workflow state lives in the latest version). The plugin passes the collections
 * (slug, label, title and department fields) as client props:
 * - 初审 (reviewer): 待初审 items of their own department;
 * - 保密审查员 (secrecy): 待保密审查 items;
 * - 终审领导 (approver): 待终审 items, and items published by force still waiting for a 补充终审;
 * - 信息报送员 (editor): items of their department returned to draft (latest register entry is 退回修改), with the
 *   time and reason of the return.
 * Items this user submitted or already signed (in their current version) are left out: they may not sign them.
 * Each row shows 发布机构, 提交人, the days waited in the stage (working and calendar days) and the stage's 办理时限
 * (`POST /api/workflow/queue-facts`). 批量审核: several items, one opinion, each item's pre-check findings shown
 * before confirming (`GET /api/{collection}/:id/workflow`); items with findings that forbid publishing, or whose
 * 保密审查 needs the findings acknowledged one by one, are left out and say so; `POST /api/workflow/batch-approve`
 * approves each item through its own 审核通过 and answers each item's result.
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useCallback, useEffect, useState, type CSSProperties } from 'react'
import { stateLabel } from '../../../domain/workflow/states'
import { FINDING_LEVEL_LABELS, findingColours, findingLocation, formatTime, stateBadgeStyle } from './display'
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
/** A 退回修改 entry of the register: when, by whom, and why. */
type Return = { at: string; actorName?: string | null; reason?: string | null }
type Entry = { collection: Collection; item: Item; why: string; returned?: Return }
type Waiting = { enteredAt: string; days: number; workingDays: { min: number; max: number } | null; dueAt: string | null; overdue: boolean | null; limit: number | null }
type Facts = { collection: string; id: Id; department: { id: Id; name: string } | null; submitter: string | null; submittedAt: string | null; waiting: Waiting | null; lastReturn: Return | null }
type RoleUser = { id: Id; roles?: string[] | null; department?: Id | { id: Id } | null }
type Finding = { level: string; kind: string; excerpt: string; field: string; offset: number; message: string; suggestion?: string; key: string; acknowledged: boolean }
type Check = { findings: Finding[]; actions: string[]; reviewState: string } | { error: string }
type Result = { collection: string; id: Id; ok: boolean; message: string }

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

const keyOf = (collection: Collection, id: Id) => `${collection}:${String(id)}`

/** `where` as Payload's REST query string: where[and][0][reviewState][equals]=submitted … */
const whereQuery = (conditions: Array<[string, string, string | number | boolean | Array<string | number>]>): string =>
  conditions
    .map(([path, operator, value], index) => {
      const key = `where[and][${index}][${path}][${operator}]`
      return `${encodeURIComponent(key)}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`
    })
    .join('&')

/** "3 个工作日 / 5 天"; bounds when the calendar does not know a year yet. */
const waitedText = (waiting: Waiting): string => {
  const working = waiting.workingDays
  const w = !working ? '—' : working.min === working.max ? `${working.min}` : `${working.min}–${working.max}`
  return `${w} 个工作日 / ${waiting.days} 天`
}

/** Why an item cannot go into a batch (null: it can). */
const exclusion = (check: Check | undefined): string | null => {
  if (!check) return '正在读取预审结果…'
  if ('error' in check) return check.error
  if (!check.actions.includes('approve')) return '您不能审核通过此稿件（可能是本人提交或已签署），请在审核面板中查看原因'
  const blocking = check.findings.filter((f) => f.level === 'block').length
  if (blocking > 0) return `预审发现 ${blocking} 处禁止发布的内容，不能批量通过，请退回修改`
  const open = check.findings.filter((f) => f.level === 'review' && !f.acknowledged).length
  if (check.reviewState === 'first-reviewed' && open > 0) return `保密审查须逐条确认 ${open} 处需人工审查的预审结果，请在审核面板中办理`
  return null
}

const s = {
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '14px 16px', marginBottom: 24, background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 16, fontWeight: 600, margin: 0, display: 'flex', alignItems: 'center', gap: 8 } as CSSProperties,
  count: { display: 'inline-block', minWidth: 22, padding: '0 7px', borderRadius: 11, background: '#d92d20', color: '#fff', fontSize: 12, lineHeight: '22px', textAlign: 'center' } as CSSProperties,
  countZero: { background: 'var(--theme-elevation-150)', color: 'var(--theme-elevation-650)' } as CSSProperties,
  muted: { fontSize: 13, color: 'var(--theme-elevation-500)', margin: '8px 0 0' } as CSSProperties,
  table: { width: '100%', borderCollapse: 'collapse', marginTop: 8, fontSize: 13 } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-150)', whiteSpace: 'nowrap', color: 'var(--theme-elevation-650)' } as CSSProperties,
  td: { padding: '8px', borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' } as CSSProperties,
  button: { padding: '6px 14px', borderRadius: 4, border: '1px solid var(--theme-elevation-800)', background: 'var(--theme-elevation-800)', color: 'var(--theme-elevation-0)', cursor: 'pointer', fontSize: 13 } as CSSProperties,
  secondary: { padding: '6px 14px', borderRadius: 4, border: '1px solid var(--theme-elevation-250)', background: 'var(--theme-elevation-0)', color: 'var(--theme-elevation-800)', cursor: 'pointer', fontSize: 13 } as CSSProperties,
  panel: { marginTop: 12, padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, background: 'var(--theme-elevation-50)' } as CSSProperties,
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
  const [facts, setFacts] = useState<Record<string, Facts>>({})
  const [limit, setLimit] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)
  const [selected, setSelected] = useState<string[]>([])
  const [checks, setChecks] = useState<Record<string, Check> | null>(null)
  const [opinion, setOpinion] = useState('')
  const [busy, setBusy] = useState(false)
  const [results, setResults] = useState<{ message: string; results: Result[] } | null>(null)

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
        const records = await get<{ docs: Array<{ action: string; at: string; actorName?: string | null; opinion?: string | null; subject?: { relationTo: Collection; value: unknown } }> }>(
          `${api}/approval-records?depth=0&limit=300&sort=-at${registerDepartments ? `&${whereQuery([['department', 'equals', department]])}` : ''}`,
        )
        const latest = new Map<string, (typeof records.docs)[number]>()
        for (const record of records.docs) {
          const subject = record.subject
          if (!subject) continue
          const key = keyOf(subject.relationTo, idOf(subject.value) as Id)
          if (!latest.has(key)) latest.set(key, record)
        }
        for (const { slug: collection, departmentField } of collections) {
          const ids = [...latest.entries()]
            .filter(([key, record]) => record.action === 'return' && key.startsWith(`${collection}:`))
            .map(([key]) => key.slice(collection.length + 1))
          if (ids.length === 0) continue
          const docs = await items(collection, whereQuery([['id', 'in', ids], ['reviewState', 'equals', 'draft'], ...(registerDepartments ? [] : [[departmentField, 'equals', department] as [string, string, Id]])]))
          for (const item of docs) {
            const record = latest.get(keyOf(collection, item.id))!
            found.push({ collection, item, why: '被退回，待修改后重新提交', returned: { at: record.at, actorName: record.actorName, reason: record.opinion } })
          }
        }
      }
      return found
    }
    load()
      .then(async (result) => {
        if (cancelled) return
        setEntries(result)
        if (result.length === 0) return
        const res = await fetch(`${api}/workflow/queue-facts`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ items: result.map(({ collection, item }) => ({ collection, id: item.id })) }),
        })
        if (!res.ok || cancelled) return
        const json = (await res.json()) as { facts: Facts[]; reviewWorkingDays: number | null }
        setFacts(Object.fromEntries(json.facts.map((f) => [keyOf(f.collection, f.id), f])))
        setLimit(json.reviewWorkingDays)
      })
      .catch(() => {
        if (!cancelled) setError('待办列表读取失败，请刷新页面重试')
      })
    return () => {
      cancelled = true
    }
    // The user's id, roles and department decide the queries.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, me?.id, roles.join(','), String(department), relevant, collections.map((c) => c.slug).join(','), reload])

  /** Reads each selected item's pre-check findings and permitted actions before the batch is confirmed. */
  const prepare = useCallback(async () => {
    setResults(null)
    setChecks({})
    const found: Record<string, Check> = {}
    for (const key of selected) {
      const [collection, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
      try {
        const res = await fetch(`${api}/${collection}/${id}/workflow`, { credentials: 'include', cache: 'no-store' })
        const json = await res.json()
        found[key] = res.ok ? { findings: json.findings ?? [], actions: json.actions ?? [], reviewState: json.reviewState } : { error: json?.errors?.[0]?.message ?? `读取失败（${res.status}）` }
      } catch {
        found[key] = { error: '网络错误，未能读取预审结果' }
      }
      setChecks({ ...found })
    }
  }, [api, selected])

  const confirm = async () => {
    if (!checks) return
    const eligible = selected.filter((key) => exclusion(checks[key]) === null)
    if (eligible.length === 0) return
    setBusy(true)
    try {
      const res = await fetch(`${api}/workflow/batch-approve`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ opinion, items: eligible.map((key) => ({ collection: key.slice(0, key.indexOf(':')), id: key.slice(key.indexOf(':') + 1) })) }),
      })
      const json = await res.json()
      setResults(res.ok ? { message: json.message, results: json.results } : { message: json?.errors?.[0]?.message ?? `批量审核失败（${res.status}）`, results: [] })
      setSelected([])
      setChecks(null)
      setOpinion('')
      setReload((n) => n + 1)
    } catch {
      setResults({ message: '网络错误，批量审核未完成，请刷新页面查看各稿件状态', results: [] })
    } finally {
      setBusy(false)
    }
  }

  if (!me || !relevant) return null
  const count = entries?.length ?? 0
  const reviewable = (entries ?? []).filter((e) => !e.returned)
  const hasReturned = (entries ?? []).some((e) => e.returned)
  const titleOf = (collection: Collection, item: Item) => {
    const field = collections.find((c) => c.slug === collection)?.titleField
    const title = field ? item[field] : undefined
    return typeof title === 'string' && title ? title : '（无标题）'
  }
  const toggle = (key: string) => {
    setChecks(null)
    setSelected((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key]))
  }
  const eligibleCount = checks ? selected.filter((key) => exclusion(checks[key]) === null).length : 0

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
      {results ? (
        <div data-testid="batch-results" style={s.panel}>
          <strong>{results.message}</strong>
          <ul style={{ margin: '6px 0 0', paddingLeft: 18 }}>
            {results.results.map((r) => (
              <li key={keyOf(r.collection, r.id)} data-testid="batch-result" data-ok={r.ok ? 'true' : 'false'} style={{ color: r.ok ? '#1e7a34' : '#b42318' }}>
                {(entries ?? []).find((e) => keyOf(e.collection, e.item.id) === keyOf(r.collection, r.id)) ? titleOf(r.collection, (entries ?? []).find((e) => keyOf(e.collection, e.item.id) === keyOf(r.collection, r.id))!.item) : `稿件 ${r.id}`}：{r.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entries && entries.length > 0 ? (
        <table data-testid="my-reviews-table" style={s.table}>
          <thead>
            <tr>
              {reviewable.length > 0 ? <th style={s.th} aria-label="选择" /> : null}
              <th style={s.th}>状态</th>
              <th style={s.th}>标题</th>
              <th style={s.th}>发布机构</th>
              <th style={s.th}>提交人</th>
              <th style={s.th}>已等待（工作日/天）</th>
              <th style={s.th}>办理时限</th>
              {hasReturned ? <th style={s.th}>退回时间与原因</th> : null}
            </tr>
          </thead>
          <tbody>
            {entries.map(({ collection, item, why, returned }) => {
              const key = keyOf(collection, item.id)
              const options = collections.find((c) => c.slug === collection)
              const fact = facts[key]
              const waiting = fact?.waiting ?? null
              return (
                <tr key={key} data-testid="my-reviews-item" data-key={key} data-state={returned ? 'returned' : item.reviewState}>
                  {reviewable.length > 0 ? (
                    <td style={s.td}>
                      {returned ? null : (
                        <input type="checkbox" data-testid="my-reviews-select" aria-label={`选择 ${titleOf(collection, item)}`} checked={selected.includes(key)} onChange={() => toggle(key)} />
                      )}
                    </td>
                  ) : null}
                  <td style={s.td}>
                    <span style={stateBadgeStyle(item.reviewState)}>{returned ? '已退回' : stateLabel(item.reviewState)}</span>
                  </td>
                  <td style={s.td}>
                    <Link href={`${admin}/collections/${collection}/${item.id}`} style={{ fontWeight: 500 }}>
                      {titleOf(collection, item)}
                    </Link>
                    <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>
                      {options?.label ?? collection} · {why}
                    </div>
                  </td>
                  <td style={s.td} data-testid="my-reviews-department">{fact?.department?.name ?? (fact ? '—' : '…')}</td>
                  <td style={s.td} data-testid="my-reviews-submitter">
                    {fact?.submitter ?? (fact ? '—' : '…')}
                    {fact?.submittedAt ? <div style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>{formatTime(fact.submittedAt)}</div> : null}
                  </td>
                  <td style={s.td} data-testid="my-reviews-waiting">
                    {waiting ? waitedText(waiting) : fact ? '—' : '…'}
                  </td>
                  <td style={s.td} data-testid="my-reviews-deadline">
                    {waiting?.dueAt ? (
                      <span style={{ color: waiting.overdue ? '#b42318' : undefined, fontWeight: waiting.overdue ? 600 : undefined }}>
                        {formatTime(waiting.dueAt)}
                        {waiting.overdue ? '（已逾期）' : ''}
                      </span>
                    ) : fact ? (
                      '—'
                    ) : (
                      '…'
                    )}
                  </td>
                  {hasReturned ? (
                    <td style={s.td} data-testid="my-reviews-returned">
                      {returned ? (
                        <>
                          <div>{formatTime((fact?.lastReturn ?? returned).at)} {(fact?.lastReturn ?? returned).actorName ? `· ${(fact?.lastReturn ?? returned).actorName} 退回` : ''}</div>
                          <div style={{ color: '#b42318' }}>原因：{(fact?.lastReturn ?? returned).reason || '（未填写原因）'}</div>
                        </>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
      {entries && entries.length > 0 ? (
        <p style={s.muted}>
          {limit !== null ? `办理时限：每个审核环节 ${limit} 个工作日（自提交或上一环节签署之日起，系统设置“审核环节停留预警”）。` : '未设置审核环节办理时限。'}
          政策解读另有关联时限，见政策文件的解读关联面板。
        </p>
      ) : null}
      {reviewable.length > 0 ? (
        <div style={{ marginTop: 12, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <button type="button" data-testid="batch-start" style={selected.length ? s.button : { ...s.button, opacity: 0.5, cursor: 'default' }} disabled={selected.length === 0} onClick={prepare}>
            批量审核通过（已选 {selected.length} 项）
          </button>
          <span style={{ fontSize: 12, color: 'var(--theme-elevation-500)' }}>每项分别签署、分别登记台账；退回修改请在各稿件的审核面板中办理。</span>
        </div>
      ) : null}
      {checks ? (
        <div data-testid="batch-panel" style={s.panel}>
          <strong>确认批量审核通过</strong>
          <ul style={{ margin: '8px 0', paddingLeft: 0, listStyle: 'none' }}>
            {selected.map((key) => {
              const entry = (entries ?? []).find((e) => keyOf(e.collection, e.item.id) === key)
              const check = checks[key]
              const excluded = exclusion(check)
              return (
                <li key={key} data-testid="batch-item" data-key={key} data-eligible={excluded === null ? 'true' : 'false'} style={{ padding: '6px 0', borderTop: '1px solid var(--theme-elevation-100)' }}>
                  <div style={{ fontWeight: 500 }}>
                    {entry ? titleOf(entry.collection, entry.item) : key}
                    {excluded ? <span style={{ color: '#b42318', fontWeight: 400 }}> — 不纳入本次批量：{excluded}</span> : <span style={{ color: '#1e7a34', fontWeight: 400 }}> — 将审核通过</span>}
                  </div>
                  {check && !('error' in check) ? (
                    check.findings.length === 0 ? (
                      <div data-testid="batch-findings" style={{ fontSize: 12, color: 'var(--theme-elevation-500)' }}>预审：未发现问题</div>
                    ) : (
                      <ul data-testid="batch-findings" style={{ margin: '4px 0 0', paddingLeft: 16, fontSize: 12 }}>
                        {check.findings.map((f) => (
                          <li key={f.key} style={{ color: findingColours(f.level).color }}>
                            【{FINDING_LEVEL_LABELS[f.level] ?? f.level}{f.acknowledged ? '，已确认' : ''}】{findingLocation(f.field, f.offset)}：{f.message}（{f.excerpt}）{f.suggestion ? `，建议改为“${f.suggestion}”` : ''}
                          </li>
                        ))}
                      </ul>
                    )
                  ) : null}
                </li>
              )
            })}
          </ul>
          <label style={{ display: 'block', fontSize: 13, marginBottom: 4 }} htmlFor="batch-opinion">
            审核意见（每项签署同一意见）
          </label>
          <textarea id="batch-opinion" data-testid="batch-opinion" value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={2} style={{ width: '100%', fontSize: 13, padding: 6 }} />
          <div style={{ marginTop: 8, display: 'flex', gap: 8 }}>
            <button type="button" data-testid="batch-confirm" style={eligibleCount && opinion.trim() && !busy ? s.button : { ...s.button, opacity: 0.5, cursor: 'default' }} disabled={!eligibleCount || !opinion.trim() || busy} onClick={confirm}>
              {busy ? '正在办理…' : `确认通过 ${eligibleCount} 项`}
            </button>
            <button type="button" style={s.secondary} onClick={() => setChecks(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
