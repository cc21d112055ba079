'use client'
/**
 * 审核面板: the sidebar of a 政府信息 / 政策解读 edit view. It replaces the read-only `reviewState` field and
 * talks to `GET|POST /api/{collection}/:id/workflow`: state, pre-check findings, the actions this user may
 * take, signatures and the register entries. The server decides everything; the panel only shows and asks.
 */
import type { SelectFieldClientComponent } from 'payload'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState, type CSSProperties } from 'react'
import { actionLabel, stageLabel, stateLabel } from '../../../domain/workflow/states'
import { FINDING_KIND_LABELS, type FindingKind } from '../../../domain/precheck/types'
import {
  findingColours, findingLocation, FINDING_LEVEL_LABELS, formatTime, NEXT_STEP, stateBadgeStyle,
} from './display'

type PanelFinding = {
  level: 'block' | 'review' | 'warn'
  kind: string
  excerpt: string
  field: string
  offset: number
  message: string
  key: string
  acknowledged: boolean
}
type PanelSignature = { stage: string; userName: string | null; opinion: string | null; at: string | null; valid: boolean }
type PanelRecord = { at: string; action: string; fromState: string | null; toState: string | null; actorName: string | null; opinion: string | null }
type WorkflowStatus = {
  id: number | string
  reviewState: string
  published: boolean
  forcePublished: boolean
  publishAt: string | null
  actions: string[]
  findings: PanelFinding[]
  signatures: PanelSignature[]
  records: PanelRecord[]
}

const ACTION_ORDER = ['submit', 'approve', 'return', 'withdraw', 'force-publish'] as const
const BUTTON_STYLES: Record<string, 'primary' | 'secondary'> = {
  submit: 'primary',
  approve: 'primary',
  return: 'secondary',
  withdraw: 'secondary',
  'force-publish': 'secondary',
}
const REASON_ACTIONS = ['withdraw', 'force-publish']

const FLASH_PREFIX = 'gongkai-workflow-flash:'

const s = {
  panel: { display: 'flex', flexDirection: 'column', gap: 16, marginBottom: 24 } as CSSProperties,
  heading: { fontSize: 13, fontWeight: 600, color: 'var(--theme-elevation-800)', margin: '0 0 6px' } as CSSProperties,
  muted: { fontSize: 12, color: 'var(--theme-elevation-500)', lineHeight: 1.6 } as CSSProperties,
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, background: 'var(--theme-elevation-0)' } as CSSProperties,
  textarea: {
    width: '100%', minHeight: 64, padding: '6px 8px', fontSize: 13, lineHeight: 1.5, fontFamily: 'inherit', resize: 'vertical',
    border: '1px solid var(--theme-elevation-200)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    color: 'var(--theme-elevation-800)', boxSizing: 'border-box',
  } as CSSProperties,
  label: { display: 'block', fontSize: 12, color: 'var(--theme-elevation-650)', margin: '8px 0 4px' } as CSSProperties,
  error: {
    border: '1px solid #f3aaa4', background: '#fef3f2', color: '#b42318', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5,
  } as CSSProperties,
  success: {
    border: '1px solid #9fd8ad', background: '#ecfdf3', color: '#1e7a34', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.5,
  } as CSSProperties,
  notice: {
    border: '1px solid #f5c26b', background: '#fffaeb', color: '#9a5b00', borderRadius: 3, padding: '8px 10px', fontSize: 12, lineHeight: 1.5,
  } as CSSProperties,
  table: { width: '100%', borderCollapse: 'collapse', fontSize: 12, lineHeight: 1.5 } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '4px 4px', borderBottom: '1px solid var(--theme-elevation-150)', whiteSpace: 'nowrap', color: 'var(--theme-elevation-650)' } as CSSProperties,
  td: { padding: '4px 4px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'top', wordBreak: 'break-all' } as CSSProperties,
}

/** Opinion / reason box label for the actions on offer. */
const opinionLabel = (actions: string[]): { label: string; placeholder: string } => {
  if (actions.includes('approve') || actions.includes('return')) {
    return { label: '审核意见（退回修改时必填）', placeholder: '例如：同意发布 / 请核实第二段数据后再报' }
  }
  if (actions.includes('withdraw')) return { label: '撤回原因（必填）', placeholder: '请写明撤回原因' }
  if (actions.includes('force-publish')) return { label: '强制发布原因（必填）', placeholder: '请写明须立即发布的原因，事后须终审领导补签' }
  return { label: '提交说明（可选）', placeholder: '需要向审核人员说明的情况' }
}

const FindingItem = ({
  finding, noteBox, note, onNote, index,
}: { finding: PanelFinding; noteBox: boolean; note: string; onNote: (value: string) => void; index: number }) => {
  const colours = findingColours(finding.level)
  const kindLabel = FINDING_KIND_LABELS[finding.kind as FindingKind] ?? finding.kind
  return (
    <li
      data-testid="workflow-finding"
      data-level={finding.level}
      style={{ listStyle: 'none', borderLeft: `3px solid ${colours.accent}`, background: colours.background, padding: '6px 8px', marginBottom: 6, borderRadius: 2 }}
    >
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <span style={{ color: colours.color, fontWeight: 600, fontSize: 12 }}>{FINDING_LEVEL_LABELS[finding.level] ?? finding.level}</span>
        <span style={{ fontSize: 12, color: 'var(--theme-elevation-650)' }}>{kindLabel}</span>
        {finding.level === 'review' && finding.acknowledged ? <span style={{ fontSize: 12, color: '#1e7a34' }}>已确认</span> : null}
      </div>
      <div style={{ fontSize: 13, lineHeight: 1.5, margin: '2px 0', color: 'var(--theme-elevation-800)' }}>{finding.message}</div>
      {finding.excerpt ? (
        <div style={{ fontSize: 12, lineHeight: 1.5, color: 'var(--theme-elevation-650)', wordBreak: 'break-all' }}>“{finding.excerpt}”</div>
      ) : null}
      <div style={{ fontSize: 12, color: 'var(--theme-elevation-500)' }}>位置：{findingLocation(finding.field, finding.offset)}</div>
      {noteBox ? (
        <>
          <label style={s.label} htmlFor={`workflow-note-${index}`}>
            确认意见（保密审查通过前须填写）
          </label>
          <textarea
            id={`workflow-note-${index}`}
            data-testid={`workflow-finding-note-${index}`}
            style={{ ...s.textarea, minHeight: 44 }}
            value={note}
            placeholder="例如：系单位办公电话，可以公开"
            onChange={(event) => onNote(event.target.value)}
          />
        </>
      ) : null}
    </li>
  )
}

export const ReviewPanel: SelectFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const base = id && collectionSlug ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}` : null
  const flashKey = `${FLASH_PREFIX}${collectionSlug}:${id}`

  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [flash, setFlash] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!base) return
    try {
      const res = await fetch(`${base}/workflow`, { credentials: 'include', cache: 'no-store' })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        setLoadError(json?.errors?.[0]?.message ?? `审核信息读取失败（HTTP ${res.status}）`)
        return
      }
      setLoadError(null)
      setStatus(json as WorkflowStatus)
    } catch {
      setLoadError('审核信息读取失败，请检查网络后刷新页面')
    }
  }, [base])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  useEffect(() => {
    if (!id) return
    const message = window.sessionStorage.getItem(flashKey)
    if (message) {
      window.sessionStorage.removeItem(flashKey)
      setFlash(message)
    }
  }, [flashKey, id])

  const act = async (action: string) => {
    if (!base || !status) return
    setError(null)
    setFlash(null)
    const body: Record<string, unknown> = { action }
    if (REASON_ACTIONS.includes(action)) body.reason = text.trim()
    else body.opinion = text.trim()
    if (action === 'approve' && status.reviewState === 'secrecy-reviewed' && publishAt) {
      const date = new Date(publishAt)
      if (Number.isNaN(date.getTime())) {
        setError('定时发布时间格式不正确')
        return
      }
      body.publishAt = date.toISOString()
    }
    if (action === 'approve' && status.reviewState === 'first-reviewed') {
      body.acknowledgements = Object.entries(notes)
        .filter(([, note]) => note.trim())
        .map(([key, note]) => ({ key, note: note.trim() }))
    }
    setBusy(action)
    try {
      const res = await fetch(`${base}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        setError(json?.errors?.[0]?.message ?? `操作失败（HTTP ${res.status}）`)
        setBusy(null)
        return
      }
      const scheduled = json?.reviewState === 'scheduled' && json?.publishAt ? `，将于 ${formatTime(json.publishAt)} 发布` : ''
      window.sessionStorage.setItem(flashKey, `${actionLabel(action)}成功，当前状态：${stateLabel(json?.reviewState)}${scheduled}`)
      // The whole edit view shows the new state (status line, versions, read-only fields): reload it.
      window.location.reload()
    } catch {
      setError('网络错误，操作未完成，请稍后重试')
      setBusy(null)
    }
  }

  if (!id) {
    return (
      <div data-testid="review-panel" style={s.panel}>
        <div>
          <div style={s.heading}>审核状态</div>
          <span data-testid="review-state" data-state="draft" style={stateBadgeStyle('draft')}>
            {stateLabel('draft')}
          </span>
        </div>
        <div style={s.notice}>保存草稿后可提交审核。</div>
      </div>
    )
  }

  if (!status) {
    return (
      <div data-testid="review-panel" style={s.panel}>
        <div style={s.heading}>审核状态</div>
        {loadError ? <div style={s.error}>{loadError}</div> : <div style={s.muted}>正在读取审核信息…</div>}
      </div>
    )
  }

  const actions = ACTION_ORDER.filter((action) => status.actions.includes(action))
  const canAcknowledge = status.reviewState === 'first-reviewed' && status.actions.includes('approve')
  const counts = { block: 0, review: 0, warn: 0 } as Record<string, number>
  for (const f of status.findings) counts[f.level] = (counts[f.level] ?? 0) + 1
  const { label, placeholder } = opinionLabel(actions)
  const finalApproval = status.reviewState === 'secrecy-reviewed' && status.actions.includes('approve')

  return (
    <div data-testid="review-panel" style={s.panel}>
      <div>
        <div style={s.heading}>审核状态</div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <span data-testid="review-state" data-state={status.reviewState} style={stateBadgeStyle(status.reviewState)}>
            {stateLabel(status.reviewState)}
          </span>
          {status.published && status.reviewState !== 'published' ? (
            <span style={{ fontSize: 12, color: '#1e7a34' }}>网站上仍为已发布的版本</span>
          ) : null}
        </div>
        <div style={{ ...s.muted, marginTop: 6 }}>
          {status.reviewState === 'scheduled' && status.publishAt
            ? `已签发，将于 ${formatTime(status.publishAt)} 自动发布。`
            : NEXT_STEP[status.reviewState] ?? ''}
        </div>
        {status.forcePublished ? (
          <div style={{ ...s.notice, marginTop: 6 }}>本稿件系强制发布，尚待终审领导补充终审。</div>
        ) : null}
      </div>

      {flash ? (
        <div data-testid="workflow-success" style={s.success}>
          {flash}
        </div>
      ) : null}

      <div>
        <div style={s.heading}>
          预审结果
          <span style={{ fontWeight: 400, marginLeft: 6, color: 'var(--theme-elevation-500)' }}>
            {status.findings.length === 0
              ? '未发现问题'
              : [
                  counts.block ? `禁止发布 ${counts.block}` : '',
                  counts.review ? `需人工审查 ${counts.review}` : '',
                  counts.warn ? `提示 ${counts.warn}` : '',
                ]
                  .filter(Boolean)
                  .join('，')}
          </span>
        </div>
        {status.findings.length > 0 ? (
          <ul data-testid="workflow-findings" style={{ margin: 0, padding: 0 }}>
            {status.findings.map((finding, index) => (
              <FindingItem
                key={`${finding.key}-${index}`}
                finding={finding}
                index={index}
                noteBox={canAcknowledge && finding.level === 'review' && !finding.acknowledged}
                note={notes[finding.key] ?? ''}
                onNote={(value) => setNotes((prev) => ({ ...prev, [finding.key]: value }))}
              />
            ))}
          </ul>
        ) : null}
        {counts.block > 0 ? <div style={{ ...s.muted, color: '#b42318' }}>有禁止发布的内容，须修改并保存后才能提交或通过保密审查。</div> : null}
      </div>

      <div>
        <div style={s.heading}>审核操作</div>
        {actions.length === 0 ? (
          <div style={s.muted}>
            {counts.block > 0 && ['draft', 'withdrawn'].includes(status.reviewState)
              ? '修改禁止发布的内容并保存草稿后，才能提交审核。'
              : '当前没有需要您办理的操作。'}
          </div>
        ) : (
          <div style={s.box}>
            {modified ? (
              <div style={{ ...s.notice, marginBottom: 8 }}>有尚未保存的修改。审核针对已保存的内容，请先点击“保存草稿”。</div>
            ) : null}
            <label style={{ ...s.label, marginTop: 0 }} htmlFor="workflow-opinion">
              {label}
            </label>
            <textarea
              id="workflow-opinion"
              data-testid="workflow-opinion"
              style={s.textarea}
              value={text}
              placeholder={placeholder}
              onChange={(event) => setText(event.target.value)}
            />
            {finalApproval ? (
              <>
                <label style={s.label} htmlFor="workflow-publish-at">
                  定时发布时间（可选，留空则审核通过后立即发布）
                </label>
                <input
                  id="workflow-publish-at"
                  data-testid="workflow-publish-at"
                  type="datetime-local"
                  value={publishAt}
                  onChange={(event) => setPublishAt(event.target.value)}
                  style={{ ...s.textarea, minHeight: 0, height: 32 }}
                />
              </>
            ) : null}
            {error ? (
              <div data-testid="workflow-error" role="alert" style={{ ...s.error, marginTop: 8 }}>
                {error}
              </div>
            ) : null}
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 10 }}>
              {actions.map((action) => (
                <Button
                  key={action}
                  type="button"
                  size="small"
                  margin={false}
                  buttonStyle={BUTTON_STYLES[action] ?? 'secondary'}
                  disabled={busy !== null || modified}
                  onClick={() => void act(action)}
                  extraButtonProps={{ 'data-testid': `workflow-action-${action}` }}
                >
                  {busy === action ? '正在处理…' : actionLabel(action)}
                </Button>
              ))}
            </div>
          </div>
        )}
      </div>

      <div>
        <div style={s.heading}>审核签名</div>
        {status.signatures.length === 0 ? (
          <div style={s.muted}>尚无签名。</div>
        ) : (
          <table data-testid="workflow-signatures" style={s.table}>
            <thead>
              <tr>
                <th style={s.th}>环节</th>
                <th style={s.th}>审核人</th>
                <th style={s.th}>意见</th>
                <th style={s.th}>时间</th>
              </tr>
            </thead>
            <tbody>
              {status.signatures.map((signature, index) => {
                const cell: CSSProperties = signature.valid ? s.td : { ...s.td, textDecoration: 'line-through', color: 'var(--theme-elevation-400)' }
                return (
                  <tr key={index} title={signature.valid ? undefined : '签名后内容已修改，此签名作废'} data-valid={signature.valid ? 'true' : 'false'}>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>{stageLabel(signature.stage)}</td>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>{signature.userName ?? ''}</td>
                    <td style={cell}>{signature.opinion ?? ''}</td>
                    <td style={cell}>{formatTime(signature.at)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {status.signatures.some((sig) => !sig.valid) ? <div style={s.muted}>划线的签名因签名后内容被修改而作废。</div> : null}
      </div>

      <div>
        <div style={s.heading}>审批记录</div>
        {status.records.length === 0 ? (
          <div style={s.muted}>尚无记录。</div>
        ) : (
          <ol data-testid="workflow-records" style={{ margin: 0, padding: 0, maxHeight: 260, overflowY: 'auto' }}>
            {status.records.map((record, index) => (
              <li key={index} style={{ listStyle: 'none', fontSize: 12, lineHeight: 1.5, padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <div style={{ color: 'var(--theme-elevation-500)' }}>{formatTime(record.at)}</div>
                <div>
                  <strong>{record.actorName ?? ''}</strong> {actionLabel(record.action)}
                  {record.fromState || record.toState ? (
                    <span style={{ color: 'var(--theme-elevation-500)' }}>
                      （{stateLabel(record.fromState)} → {stateLabel(record.toState)}）
                    </span>
                  ) : null}
                </div>
                {record.opinion ? <div style={{ color: 'var(--theme-elevation-650)', wordBreak: 'break-all' }}>意见：{record.opinion}</div> : null}
              </li>
            ))}
          </ol>
        )}
      </div>

      <div>
        <a data-testid="workflow-print" href={`${base}/approval-form`} target="_blank" rel="noopener noreferrer" style={{ fontSize: 13 }}>
          打印审批表
        </a>
      </div>
    </div>
  )
}
