import React from 'react'
import { panelStyles as s } from './panelStyles'

/** The panel before the first answer of `GET …/workflow`, or when that failed. */
export const LoadingPanel = ({ loadError }: { loadError: string | null }) => (
  <div data-testid="review-panel" style={s.panel}>
    <div style={s.heading}>审核状态</div>
    {loadError ? <div style={s.error}>{loadError}</div> : <div style={s.muted}>正在读取审核信息…</div>}
  </div>
)
