import React from 'react'
import { formatTime, NEXT_STEP } from '../display'
import { panelStyles as s } from './panelStyles'
import { StateBadge } from './StateBadge'
import type { WorkflowStatus } from './types'

/** 审核状态: the state, what happens next, and whether the site still shows an older published version. */
export const StatusSummary = ({ status }: { status: WorkflowStatus }) => (
  <div>
    <div style={s.heading}>审核状态</div>
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <StateBadge state={status.reviewState} />
      {status.published && (status.changedSincePublished || status.reviewState !== 'published') ? (
        <span data-testid="workflow-published-note" style={{ fontSize: 12, color: '#1e7a34' }}>
          网站上仍为已发布的版本
        </span>
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
)
