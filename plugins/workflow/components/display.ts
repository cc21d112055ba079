/** Presentation helpers shared by the workflow's admin components (pure: no React, no Payload). */
import type { CSSProperties } from 'react'
import { formatBeijing } from '../../../domain/beijingTime'

/** Times are shown as yyyy-MM-dd HH:mm in Beijing time whatever the browser's locale and zone (the register is kept in 北京时间). */
export const formatTime = (value: string | null | undefined): string => formatBeijing(value)

/** Colours of the state badge: grey draft, amber under review, violet scheduled, green published, red withdrawn. */
const STATE_COLOURS: Record<string, { background: string; color: string; border: string }> = {
  draft: { background: '#f1f3f5', color: '#495057', border: '#ced4da' },
  submitted: { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  'first-reviewed': { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  'secrecy-reviewed': { background: '#fff4e0', color: '#9a5b00', border: '#f5c26b' },
  scheduled: { background: '#f0ebff', color: '#5a3fc0', border: '#c4b5f7' },
  published: { background: '#e6f6ea', color: '#1e7a34', border: '#9fd8ad' },
  withdrawn: { background: '#fdecec', color: '#b42318', border: '#f3aaa4' },
}

export const stateBadgeStyle = (state: string | null | undefined): CSSProperties => {
  const colours = STATE_COLOURS[state ?? 'draft'] ?? STATE_COLOURS.draft
  return {
    display: 'inline-block',
    padding: '2px 10px',
    borderRadius: 999,
    border: `1px solid ${colours.border}`,
    background: colours.background,
    color: colours.color,
    fontWeight: 600,
    fontSize: 13,
    lineHeight: '20px',
    whiteSpace: 'nowrap',
  }
}

/** What happens next, in the words of a county web office. */
export const NEXT_STEP: Record<string, string> = {
  draft: '草稿由本部门信息报送员提交审核。',
  submitted: '等待本部门初审人员审核。',
  'first-reviewed': '等待保密审查员审查。',
  'secrecy-reviewed': '等待终审领导签发。',
  scheduled: '已签发，到定时发布时间后自动发布。',
  published: '已在网站公开。',
  withdrawn: '已从网站撤下，修改后可重新提交审核。',
}

export const FINDING_LEVEL_LABELS: Record<string, string> = { block: '禁止发布', review: '需人工审查', warn: '提示' }

const FINDING_COLOURS: Record<string, { accent: string; background: string; color: string }> = {
  block: { accent: '#d92d20', background: '#fef3f2', color: '#b42318' },
  review: { accent: '#f79009', background: '#fffaeb', color: '#b54708' },
  warn: { accent: '#98a2b3', background: '#f8f9fb', color: '#475467' },
}

export const findingColours = (level: string) => FINDING_COLOURS[level] ?? FINDING_COLOURS.warn

const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  body: '正文',
  publicBody: '公开文本',
  docNumber: '发文字号',
}

/** "正文第 12 字", "附件 通知.docx 第 3 字". */
export const findingLocation = (field: string, offset: number): string => {
  const label = field.startsWith('attachments:') ? `附件 ${field.slice('attachments:'.length)}` : (FIELD_LABELS[field] ?? field)
  return Number.isFinite(offset) ? `${label}第 ${offset + 1} 字` : label
}
