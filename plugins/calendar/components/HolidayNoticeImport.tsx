'use client'
/**
 * 导入国务院办公厅节假日安排通知, above the 节假日调整 list (admins only): paste the notice, 预览 shows every day it
 * declares next to what is already entered, the administrator may change a day's type or leave a day out, and
 * 确认导入 saves them through `POST /api/calendar-days/import`; the server parses and checks everything.
 */
import { Button, Gutter, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState, type CSSProperties } from 'react'

type Kind = 'holiday' | 'workday'
type PreviewDay = { date: string; kind: Kind; name: string; existing: { kind: Kind; note: string | null } | null; conflict: boolean }
type Preview = { year: number; title: string; source: string; days: PreviewDay[] }
type Row = PreviewDay & { chosenKind: Kind; removed: boolean }
type ApiError = { message: string; line?: number }

const KIND_LABELS: Record<Kind, string> = { holiday: '放假', workday: '上班' }
const WEEKDAYS = '日一二三四五六'

const weekdayOf = (date: string) => `周${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`

const s = {
  box: { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '14px 16px', margin: '0 0 20px', background: 'var(--theme-elevation-0)' } as CSSProperties,
  heading: { fontSize: 16, fontWeight: 600, margin: 0, cursor: 'pointer', listStyle: 'revert' } as CSSProperties,
  muted: { fontSize: 13, color: 'var(--theme-elevation-500)', lineHeight: 1.6, margin: '8px 0' } as CSSProperties,
  textarea: {
    width: '100%', minHeight: 180, padding: '8px 10px', fontSize: 13, lineHeight: 1.6, fontFamily: 'inherit', resize: 'vertical',
    border: '1px solid var(--theme-elevation-200)', borderRadius: 3, background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    color: 'var(--theme-elevation-800)', boxSizing: 'border-box',
  } as CSSProperties,
  error: { border: '1px solid #f3aaa4', background: '#fef3f2', color: '#b42318', borderRadius: 3, padding: '8px 10px', fontSize: 13, lineHeight: 1.6, margin: '10px 0' } as CSSProperties,
  success: { border: '1px solid #9fd8ad', background: '#ecfdf3', color: '#1e7a34', borderRadius: 3, padding: '8px 10px', fontSize: 13, margin: '10px 0' } as CSSProperties,
  table: { width: '100%', borderCollapse: 'collapse', fontSize: 13, lineHeight: 1.5, margin: '10px 0' } as CSSProperties,
  th: { textAlign: 'left', fontWeight: 600, padding: '6px', borderBottom: '1px solid var(--theme-elevation-150)', whiteSpace: 'nowrap', color: 'var(--theme-elevation-650)' } as CSSProperties,
  td: { padding: '4px 6px', borderBottom: '1px solid var(--theme-elevation-100)', verticalAlign: 'middle' } as CSSProperties,
  conflict: { color: '#b42318', fontWeight: 600 } as CSSProperties,
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 10 } as CSSProperties,
}

const existingLabel = (row: Row): React.ReactNode => {
  if (!row.existing) return <span style={{ color: 'var(--theme-elevation-500)' }}>无</span>
  const stored = `已有：${KIND_LABELS[row.existing.kind]}${row.existing.note ? `（${row.existing.note}）` : ''}`
  return row.existing.kind !== row.chosenKind ? <span style={s.conflict}>冲突 · {stored}，导入后改为{KIND_LABELS[row.chosenKind]}</span> : stored
}

/** `collection`: the 节假日调整 collection's slug (the plugin passes it); only those who may create entries see the panel. */
export const HolidayNoticeImport = ({ collection }: { collection: string }) => {
  const { permissions } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/${collection}/import`
  const [text, setText] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [rows, setRows] = useState<Row[]>([])
  const [errors, setErrors] = useState<ApiError[]>([])
  const [success, setSuccess] = useState<string | null>(null)
  const [busy, setBusy] = useState<'preview' | 'confirm' | null>(null)
  const [open, setOpen] = useState(false)

  if (!permissions?.collections?.[collection]?.create) return null

  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(endpoint, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const json = await res.json().catch(() => null)
    return { ok: res.ok, status: res.status, json }
  }
  const failed = (status: number, json: { errors?: ApiError[] } | null) =>
    setErrors(json?.errors?.length ? json.errors : [{ message: `请求失败（${status}），请稍后重试` }])

  const runPreview = async () => {
    setBusy('preview')
    setErrors([])
    setSuccess(null)
    setPreview(null)
    try {
      const { ok, status, json } = await post({ text })
      if (!ok) return failed(status, json)
      setPreview(json as Preview)
      setRows((json as Preview).days.map((day) => ({ ...day, chosenKind: day.kind, removed: false })))
    } catch {
      setErrors([{ message: '网络错误，无法预览' }])
    } finally {
      setBusy(null)
    }
  }

  const confirm = async () => {
    setBusy('confirm')
    setErrors([])
    try {
      const days = rows.filter((r) => !r.removed).map((r) => ({ date: r.date, kind: r.chosenKind, note: '' }))
      const { ok, status, json } = await post({ text, days, confirm: true })
      if (!ok) return failed(status, json)
      setSuccess(`已导入 ${(json as { saved: number }).saved} 天（${preview?.year} 年），列表已刷新。`)
      setPreview(null)
      setRows([])
      setText('')
      router.refresh()
    } catch {
      setErrors([{ message: '网络错误，导入未完成' }])
    } finally {
      setBusy(null)
    }
  }

  const update = (date: string, change: Partial<Row>) => setRows((current) => current.map((r) => (r.date === date ? { ...r, ...change } : r)))
  const kept = rows.filter((r) => !r.removed)
  const conflicts = kept.filter((r) => r.existing && r.existing.kind !== r.chosenKind).length

  return (
    <Gutter>
      <details style={s.box} data-testid="notice-import" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary style={s.heading}>导入国务院办公厅节假日安排通知</summary>
        <p style={s.muted}>
          每年十一月至十二月国务院办公厅公布次年《关于部分节假日安排的通知》后，将通知全文（含标题）粘贴到下面，点“预览”核对每一天，再点“确认导入”。已有记录的日期会被更新，其余记录不变。
        </p>
        <textarea
          data-testid="notice-text"
          aria-label="通知全文"
          placeholder={'国务院办公厅关于2027年部分节假日安排的通知\n……\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n……'}
          value={text}
          onChange={(event) => setText(event.target.value)}
          style={s.textarea}
        />
        <div style={s.actions}>
          <Button type="button" size="small" margin={false} buttonStyle="secondary" disabled={busy !== null || !text.trim()} onClick={() => void runPreview()} extraButtonProps={{ 'data-testid': 'notice-preview' }}>
            {busy === 'preview' ? '正在识别…' : '预览'}
          </Button>
        </div>

        {errors.length > 0 ? (
          <div data-testid="notice-errors" role="alert" style={s.error}>
            <div style={{ fontWeight: 600 }}>未能导入，请核对通知文字：</div>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {errors.map((e, i) => (
                <li key={i} data-testid="notice-error">
                  {e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {success ? (
          <div data-testid="notice-success" role="status" style={s.success}>
            {success}
          </div>
        ) : null}

        {preview ? (
          <div data-testid="notice-preview-table">
            <p style={s.muted}>
              《{preview.title}》：共 {rows.length} 天，放假 {kept.filter((r) => r.chosenKind === 'holiday').length} 天、调休上班 {kept.filter((r) => r.chosenKind === 'workday').length} 天
              {rows.length !== kept.length ? `，移除 ${rows.length - kept.length} 天` : ''}
              {conflicts > 0 ? `；其中 ${conflicts} 天与已有记录冲突，导入后以此为准` : ''}。
            </p>
            <table style={s.table}>
              <thead>
                <tr>
                  <th style={s.th}>日期</th>
                  <th style={s.th}>星期</th>
                  <th style={s.th}>类型</th>
                  <th style={s.th}>名称</th>
                  <th style={s.th}>已有记录/冲突</th>
                  <th style={s.th}>移除</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.date} data-testid="notice-row" data-date={row.date} style={row.removed ? { opacity: 0.45, textDecoration: 'line-through' } : undefined}>
                    <td style={s.td}>{row.date}</td>
                    <td style={s.td}>{weekdayOf(row.date)}</td>
                    <td style={s.td}>
                      <select
                        aria-label={`${row.date} 类型`}
                        data-testid="notice-kind"
                        value={row.chosenKind}
                        disabled={row.removed}
                        onChange={(event) => update(row.date, { chosenKind: event.target.value as Kind })}
                      >
                        <option value="holiday">放假</option>
                        <option value="workday">上班</option>
                      </select>
                    </td>
                    <td style={s.td}>{row.chosenKind === 'workday' ? `${row.name}调休上班` : row.name}</td>
                    <td style={s.td} data-testid="notice-existing">
                      {existingLabel(row)}
                    </td>
                    <td style={s.td}>
                      <input type="checkbox" aria-label={`移除 ${row.date}`} data-testid="notice-remove" checked={row.removed} onChange={(event) => update(row.date, { removed: event.target.checked })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div style={s.actions}>
              <Button type="button" size="small" margin={false} buttonStyle="primary" disabled={busy !== null || kept.length === 0} onClick={() => void confirm()} extraButtonProps={{ 'data-testid': 'notice-confirm' }}>
                {busy === 'confirm' ? '正在导入…' : `确认导入（${kept.length} 天）`}
              </Button>
              <Button type="button" size="small" margin={false} buttonStyle="secondary" disabled={busy !== null} onClick={() => (setPreview(null), setRows([]))}>
                取消
              </Button>
            </div>
          </div>
        ) : null}
      </details>
    </Gutter>
  )
}
