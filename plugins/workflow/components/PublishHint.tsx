'use client'
/**
 * Stands in for Payload's "发布" and "取消发布" buttons on reviewed collections: publishing and withdrawing go
 * through the review panel only (the server refuses a direct `_status: 'published'` save anyway).
 */
import React from 'react'

export const PublishHint = () => (
  <span
    data-testid="publish-hint"
    style={{ fontSize: 13, color: 'var(--theme-elevation-500)', whiteSpace: 'nowrap', alignSelf: 'center' }}
  >
    发布请使用右侧审核面板
  </span>
)

/** Nothing: taking an item off the web is 撤回 in the review panel, with a reason in the register. */
export const NoUnpublish = () => null
