'use client'
/**
 * The review state where the side panel is not: the 审核状态 column of the lists (a `Cell` of the `reviewState`
 * field) and the edit view's header (`beforeDocumentControls`). The list reads the latest version (Payload's list
 * queries drafts), so 待初审 shows as 待初审, never as Payload's 草稿.
 */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'
import { stateLabel } from '../../../domain/workflow/states'
import { stateBadgeStyle } from './display'

export const StateBadge = ({ state, testId = 'review-state-badge' }: { state: string | null | undefined; testId?: string }) => {
  const value = state || 'draft'
  return (
    <span data-testid={testId} data-state={value} style={stateBadgeStyle(value)}>
      {stateLabel(value)}
    </span>
  )
}

/** List cell of `reviewState`. */
export const ReviewStateCell = ({ cellData }: { cellData?: unknown }) => (
  <StateBadge state={typeof cellData === 'string' ? cellData : null} testId="review-state-cell" />
)

/** Edit view header: 审核状态 next to the document controls (Payload's own 草稿/已发布 there is the website's copy). */
export const ReviewStateHeader = () => {
  const { data, id } = useDocumentInfo()
  const fromForm = useFormFields(([fields]) => fields.reviewState?.value as string | undefined)
  if (!id) return null
  const state = fromForm ?? ((data as Record<string, unknown> | undefined)?.reviewState as string | undefined)
  return (
    <span data-testid="review-state-header" style={{ display: 'inline-flex', alignItems: 'center', gap: 6, fontSize: 13, marginRight: 12, whiteSpace: 'nowrap' }}>
      <span style={{ color: 'var(--theme-elevation-500)' }}>审核状态</span>
      <StateBadge state={state} />
    </span>
  )
}
