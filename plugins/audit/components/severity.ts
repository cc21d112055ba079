/** Colours of the 督办 severities (pure: no React, no Payload). 红 = 逾期或否决, 黄 = 预警, 绿 = 无问题/已销号. */
import type { CSSProperties } from 'react'

const COLOURS: Record<string, { background: string; color: string; border: string; label: string }> = {
  red: { background: '#fdecec', color: '#b42318', border: '#f3aaa4', label: '红色' },
  yellow: { background: '#fff8db', color: '#9a6700', border: '#f5d565', label: '黄色' },
  green: { background: '#e6f6ea', color: '#1e7a34', border: '#9fd8ad', label: '绿色' },
}

export const severityLabel = (severity: string | null | undefined): string => COLOURS[severity ?? '']?.label ?? ''

export const severityBadgeStyle = (severity: string | null | undefined): CSSProperties => {
  const colours = COLOURS[severity ?? ''] ?? COLOURS.green
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

/** The admin address of a notice's subject, or null when the subject is not a collection (the whole site). */
export const subjectHref = (adminRoute: string, collections: readonly string[], subjectType: unknown, subjectId: unknown): string | null =>
  typeof subjectType === 'string' && collections.includes(subjectType) && subjectId !== null && subjectId !== undefined && String(subjectId) !== ''
    ? `${adminRoute}/collections/${subjectType}/${encodeURIComponent(String(subjectId))}`
    : null
