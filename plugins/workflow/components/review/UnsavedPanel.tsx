import React from 'react'
import type { ReviewState } from '../../../../domain/workflow/states'
import { panelStyles as s } from './panelStyles'
import { StateBadge } from './StateBadge'

/** The `reviewState` field's default: what a new item becomes when first saved. */
const NEW_ITEM_STATE: ReviewState = 'draft'

/** A new item has no workflow yet: the panel only says what comes next. */
export const UnsavedPanel = () => (
  <div data-testid="review-panel" style={s.panel}>
    <div>
      <div style={s.heading}>审核状态</div>
      <StateBadge state={NEW_ITEM_STATE} />
    </div>
    <div style={s.notice}>保存草稿后可提交审核。</div>
  </div>
)
