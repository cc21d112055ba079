import React from 'react'
import { actionLabel, stateLabel } from '../../../../domain/workflow/states'
import { formatTime } from '../display'
import { panelStyles as s } from './panelStyles'
import type { PanelRecord } from './types'

/** 审批记录: the register entries of the item, newest first, as the endpoint sorts them. */
export const RecordList = ({ records }: { records: PanelRecord[] }) => (
  <div>
    <div style={s.heading}>审批记录</div>
    {records.length === 0 ? (
      <div style={s.muted}>尚无记录。</div>
    ) : (
      <ol data-testid="workflow-records" style={{ margin: 0, padding: 0, maxHeight: 260, overflowY: 'auto' }}>
        {records.map((record, index) => (
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
)
