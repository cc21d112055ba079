'use client'
/**
 * 通报 of a frozen quarter, from the dashboard: 生成通报 (网站管理员) drafts it as an item of the 通知公告 column through
 * `POST …/quarters/:quarter/bulletin` (it then goes through 三审 like any item), and the body (.docx) and annexes
 * (.xlsx) download from the generator's export endpoints (the 政务公开办's readers).
 */
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useState } from 'react'
import type { QuarterKey } from '../../../domain/inspection/model'
import { styles as s } from './dashboardStyles'

type Draft = { document: number | string; indexNumber: string | null; title: string; deadline?: string; units?: string[] }

const READERS = ['admin', 'approver', 'secrecy']

export const BulletinButton = ({ api, adminRoute, quarter }: { api: string; adminRoute: string; quarter: QuarterKey }) => {
  const { user } = useAuth<{ roles?: string[] }>()
  const [busy, setBusy] = useState(false)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)
  const roles = user?.roles ?? []
  if (!roles.some((r) => READERS.includes(r))) return null
  const base = `${api}/inspection/quarters/${quarter}`
  const generate = async () => {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${base}/bulletin`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' })
      const body = (await res.json().catch(() => null)) as (Draft & { errors?: Array<{ message: string }> }) | null
      if (!res.ok || !body) throw new Error(body?.errors?.[0]?.message ?? `生成失败（${res.status}）`)
      setDraft(body)
    } catch (e) {
      setError(e instanceof Error ? e.message : '生成失败')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div data-testid="inspection-bulletin" style={{ ...s.links, alignItems: 'center', flexBasis: '100%' }}>
      {roles.includes('admin') ? (
        <button type="button" data-testid="inspection-bulletin-generate" onClick={generate} disabled={busy} style={s.button}>
          {busy ? '正在生成通报…' : '生成通报'}
        </button>
      ) : null}
      <a data-testid="inspection-bulletin-docx" href={`${base}/bulletin.docx`} download>
        下载通报正文（.docx）
      </a>
      <a data-testid="inspection-bulletin-xlsx" href={`${base}/annexes.xlsx`} download>
        下载附件1–3（.xlsx）
      </a>
      {draft ? (
        <span data-testid="inspection-bulletin-draft" data-document={String(draft.document)}>
          已生成稿件：
          <Link href={`${adminRoute}/collections/documents/${draft.document}`}>{draft.title}</Link>
          {draft.indexNumber ? `（索引号 ${draft.indexNumber}）` : ''}
          {draft.deadline ? `，整改期限 ${draft.deadline}` : ''}，请送审。
        </span>
      ) : null}
      {error ? (
        <span data-testid="inspection-bulletin-error" style={{ color: '#b42318' }}>
          {error}
        </span>
      ) : null}
    </div>
  )
}
