'use client'
/**
 * 政策解读关联 panels. On a policy (政府信息 of kind 政策文件): its interpretations and the countdown to the link
 * deadline. On an interpretation: the chosen policy's state and deadline, so the editor knows whether it can be
 * published yet. Both read `GET /api/<policies>/:id/interpretation-status`; the server decides everything. The
 * plugin passes the slugs (`policies`, `interpretations`) and the relation's name (`policyField`) as props.
 */
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState, type CSSProperties } from 'react'
import { stateLabel } from '../../../domain/workflow/states'

type Slugs = { policies: string; interpretations: string; policyField: string }

/** Times are shown in Beijing time whatever the browser's zone. */
const timeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
const formatTime = (value: string | null | undefined): string => {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date).replace(/\//g, '-')
}

type Status = {
  policy: { id: number | string; title: string; isPublic: boolean; reviewState: string | null; publishedAt: string | null }
  rule: { days: number; dayType: 'calendar' | 'working' }
  state: string
  message: string
  countdown: { deadline: string; deadlinePending?: boolean; daysLeft: number; workingDaysLeft: number | null; overdue: boolean } | null
  interpretations: Array<{ id: number | string; title: string; published: boolean; reviewState: string | null; linkedAt: string | null; linkedLate: boolean | null }>
}

const TONES: Record<string, { background: string; color: string; border: string }> = {
  linked: { background: '#ebfbee', color: '#2b8a3e', border: '#b2f2bb' },
  'linked-late': { background: '#fff9db', color: '#e67700', border: '#ffe066' },
  pending: { background: '#e7f5ff', color: '#1864ab', border: '#a5d8ff' },
  overdue: { background: '#fff5f5', color: '#c92a2a', border: '#ffc9c9' },
  withdrawn: { background: '#fff5f5', color: '#c92a2a', border: '#ffc9c9' },
  error: { background: '#fff5f5', color: '#c92a2a', border: '#ffc9c9' },
}
const NEUTRAL = { background: '#f1f3f5', color: '#495057', border: '#ced4da' }

/** The review state of an interpretation as a badge: grey draft, amber under review, green published, red withdrawn. */
const STATE_TONES: Record<string, { background: string; color: string; border: string }> = {
  submitted: { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  'first-reviewed': { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  'secrecy-reviewed': { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  scheduled: { background: '#f0ebff', color: '#5a3fc0', border: '#c4b5f7' },
  published: { background: '#e6f6ea', color: '#1e7a34', border: '#9fd8ad' },
  withdrawn: { background: '#fdecec', color: '#b42318', border: '#f3aaa4' },
}
const stateBadge = (state: string | null | undefined): CSSProperties => {
  const tone = STATE_TONES[state ?? 'draft'] ?? NEUTRAL
  return { display: 'inline-block', padding: '0 8px', borderRadius: 999, border: `1px solid ${tone.border}`, background: tone.background, color: tone.color, fontSize: 12, lineHeight: '18px', fontWeight: 600, whiteSpace: 'nowrap' }
}

const s = {
  panel: { marginBottom: 24 } as CSSProperties,
  heading: { fontSize: 13, fontWeight: 600, color: 'var(--theme-elevation-800)', margin: '0 0 6px' } as CSSProperties,
  muted: { fontSize: 12, color: 'var(--theme-elevation-500)', lineHeight: 1.6 } as CSSProperties,
  list: { margin: '8px 0 0', padding: 0, listStyle: 'none', fontSize: 13, lineHeight: 1.6 } as CSSProperties,
}

const useLinkStatus = (policies: string, policyId: number | string | null | undefined) => {
  const { config } = useConfig()
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!policyId) {
      setStatus(null)
      return
    }
    let cancelled = false
    fetch(`${config.serverURL ?? ''}${config.routes.api}/${policies}/${policyId}/interpretation-status`, { credentials: 'include', cache: 'no-store' })
      .then(async (res) => {
        const json = await res.json().catch(() => null)
        if (cancelled) return
        if (!res.ok) setError(json?.errors?.[0]?.message ?? `读取失败（${res.status}）`)
        else {
          setError(null)
          setStatus(json as Status)
        }
      })
      .catch(() => !cancelled && setError('网络错误，无法读取解读关联情况'))
    return () => {
      cancelled = true
    }
  }, [policies, policyId, config.serverURL, config.routes.api])
  return { status, error }
}

const Verdict = ({ status }: { status: Status }) => {
  const tone = TONES[status.state] ?? NEUTRAL
  return (
    <div data-testid="link-verdict" data-state={status.state} style={{ border: `1px solid ${tone.border}`, background: tone.background, color: tone.color, borderRadius: 4, padding: '8px 10px', fontSize: 13, lineHeight: 1.6 }}>
      {status.message}
      {status.countdown ? <div style={{ fontSize: 12 }}>关联时限：{status.countdown.deadlinePending ? '最早 ' : ''}{formatTime(status.countdown.deadline)}{status.countdown.deadlinePending ? '（待录入节假日安排后确定）' : ''}</div> : null}
    </div>
  )
}

const useAdminRoute = () => useConfig().config.routes.admin

/** Sidebar of a policy: its interpretations and the deadline countdown. */
export const PolicyInterpretationPanel = ({ policies, interpretations, policyField }: Slugs) => {
  const { id } = useDocumentInfo()
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const { status, error } = useLinkStatus(policies, kind === 'policy' ? (id as number | string | undefined) : null)
  const adminRoute = useAdminRoute()
  if (kind !== 'policy') return null
  return (
    <div style={s.panel} data-testid="policy-interpretation-panel">
      <p style={s.heading}>政策解读关联</p>
      {!id ? <p style={s.muted}>保存后显示解读关联情况。</p> : null}
      {error ? <p style={{ ...s.muted, color: '#c92a2a' }}>{error}</p> : null}
      {status ? (
        <>
          <Verdict status={status} />
          <p style={s.muted}>
            时限：政策发布后 {status.rule.days} {status.rule.dayType === 'working' ? '个工作日' : '日'}内关联解读（系统设置可调整）
          </p>
          {status.interpretations.length > 0 ? (
            <ul style={s.list}>
              {status.interpretations.map((i) => (
                <li key={String(i.id)}>
                  <a href={`${adminRoute}/collections/${interpretations}/${i.id}`}>{i.title}</a>{' '}
                  <span data-testid="interpretation-review-state" data-state={i.reviewState ?? 'draft'} style={stateBadge(i.reviewState)}>
                    {stateLabel(i.reviewState ?? 'draft')}
                  </span>{' '}
                  <span style={s.muted}>
                    {/* The review state is the latest version's; the website may still show an earlier, published one. */}
                    {i.published && i.reviewState !== 'published' ? '网站上为已发布的版本' : ''}
                    {i.linkedAt ? `${i.published && i.reviewState !== 'published' ? ' · ' : ''}${formatTime(i.linkedAt)} 关联${i.linkedLate ? '（逾期）' : ''}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p style={s.muted}>尚无政策解读。</p>
          )}
          <p style={s.muted}>
            <a href={`${adminRoute}/collections/${interpretations}/create?${encodeURIComponent(policyField)}=${encodeURIComponent(String(id))}`}>新建政策解读</a>
          </p>
        </>
      ) : null}
    </div>
  )
}

/** Sidebar of an interpretation: whether its policy is public yet, and the link deadline. */
export const InterpretationPolicyPanel = ({ policies, policyField }: Slugs) => {
  const policy = useFormFields(([fields]) => fields[policyField]?.value as number | string | { id: number | string } | null | undefined)
  const policyId = policy && typeof policy === 'object' ? policy.id : policy
  const { status, error } = useLinkStatus(policies, policyId)
  return (
    <div style={s.panel} data-testid="interpretation-policy-panel">
      <p style={s.heading}>所解读政策</p>
      {!policyId ? <p style={s.muted}>请选择所解读的政策文件（仅列出主动公开或部分公开、未撤回的政策文件）。</p> : null}
      {error ? <p style={{ ...s.muted, color: '#c92a2a' }}>{error}</p> : null}
      {status ? (
        <>
          <p style={{ fontSize: 13, margin: '0 0 6px' }}>{status.policy.title}</p>
          <p style={s.muted}>
            {status.policy.isPublic
              ? `政策已于 ${formatTime(status.policy.publishedAt)} 公开发布`
              : status.policy.reviewState === 'withdrawn'
                ? '政策文件已撤回：本解读不会对外公开'
                : `政策文件尚未公开发布（${stateLabel(status.policy.reviewState ?? 'draft')}）：本解读须待政策发布后（或定时与政策同时）发布`}
          </p>
          <Verdict status={status} />
        </>
      ) : null}
    </div>
  )
}
