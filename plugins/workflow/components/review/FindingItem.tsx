import React from 'react'
import { FINDING_KIND_LABELS, type FindingKind } from '../../../../domain/precheck/types'
import { labelOf, TERM_LEVELS } from '../../../../domain/vocabulary'
import { findingColours, findingLocation } from '../display'
import { panelStyles as s } from './panelStyles'
import type { PanelFinding } from './types'

type Props = { finding: PanelFinding; noteBox: boolean; note: string; onNote: (value: string) => void; index: number }

/** One pre-check finding; the 保密审查员 confirms a 需人工审查 one with a note. */
export const FindingItem = ({ finding, noteBox, note, onNote, index }: Props) => {
  const colours = findingColours(finding.level)
  const kindLabel = FINDING_KIND_LABELS[finding.kind as FindingKind] ?? finding.kind
  return (
    <li
      data-testid="workflow-finding"
      data-level={finding.level}
      style={{ listStyle: 'none', borderLeft: `3px solid ${colours.accent}`, background: colours.background, padding: '6px 8px', marginBottom: 6, borderRadius: 2 }}
    >
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <span style={{ color: colours.color, fontWeight: 600, fontSize: 12 }}>{labelOf(TERM_LEVELS, finding.level) || finding.level}</span>
        <span style={{ fontSize: 12, color: 'var(--theme-elevation-650)' }}>{kindLabel}</span>
        {finding.level === 'review' && finding.acknowledged ? <span style={{ fontSize: 12, color: '#1e7a34' }}>已确认</span> : null}
      </div>
      <div style={{ fontSize: 13, lineHeight: 1.5, margin: '2px 0', color: 'var(--theme-elevation-800)' }}>{finding.message}</div>
      {finding.excerpt ? (
        <div style={{ fontSize: 12, lineHeight: 1.5, color: 'var(--theme-elevation-650)', wordBreak: 'break-all' }}>“{finding.excerpt}”</div>
      ) : null}
      {finding.suggestion ? (
        <div data-testid="workflow-finding-suggestion" style={{ fontSize: 13, lineHeight: 1.5, color: '#1e7a34', wordBreak: 'break-all' }}>
          建议改为：“{finding.suggestion}”
        </div>
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
