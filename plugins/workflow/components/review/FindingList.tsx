import React from 'react'
import { labelOf, TERM_LEVELS } from '../../../../domain/vocabulary'
import type { FindingCounts } from './findingCounts'
import { FindingItem } from './FindingItem'
import { panelStyles as s } from './panelStyles'
import type { PanelFinding } from './types'

type Props = {
  findings: PanelFinding[]
  counts: FindingCounts
  /** The 保密审查员 may approve now: unconfirmed 需人工审查 findings get a note box. */
  canAcknowledge: boolean
  notes: Record<string, string>
  onNote: (key: string, value: string) => void
}

/** 预审结果: the counts per level ("禁止发布 1，提示 2") and each finding. */
export const FindingList = ({ findings, counts, canAcknowledge, notes, onNote }: Props) => (
  <div>
    <div style={s.heading}>
      预审结果
      <span style={{ fontWeight: 400, marginLeft: 6, color: 'var(--theme-elevation-500)' }}>
        {findings.length === 0
          ? '未发现问题'
          : TERM_LEVELS.map(({ value }) => (counts[value] ? `${labelOf(TERM_LEVELS, value)} ${counts[value]}` : ''))
              .filter(Boolean)
              .join('，')}
      </span>
    </div>
    {findings.length > 0 ? (
      <ul data-testid="workflow-findings" style={{ margin: 0, padding: 0 }}>
        {findings.map((finding, index) => (
          <FindingItem
            key={`${finding.key}-${index}`}
            finding={finding}
            index={index}
            noteBox={canAcknowledge && finding.level === 'review' && !finding.acknowledged}
            note={notes[finding.key] ?? ''}
            onNote={(value) => onNote(finding.key, value)}
          />
        ))}
      </ul>
    ) : null}
    {counts.block > 0 ? <div style={{ ...s.muted, color: '#b42318' }}>有禁止发布的内容，须修改并保存后才能提交或通过保密审查。</div> : null}
  </div>
)
