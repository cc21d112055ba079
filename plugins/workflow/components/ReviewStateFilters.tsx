'use client'
/**
 * Above the list of a reviewed collection: one-click filters by 审核状态 (the same `where[reviewState]` a user can
 * build with Payload's 筛选 button, where 发布机构 and the other fields filter too). Each link replaces the list's
 * query; 全部 clears it.
 */
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import React, { type CSSProperties } from 'react'
import { REVIEW_STATES } from '../../../domain/workflow/states'

const chip = (active: boolean): CSSProperties => ({
  display: 'inline-block',
  padding: '2px 10px',
  borderRadius: 999,
  fontSize: 13,
  lineHeight: '22px',
  border: `1px solid ${active ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-150)'}`,
  background: active ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-0)',
  color: active ? 'var(--theme-elevation-0)' : 'var(--theme-elevation-800)',
  textDecoration: 'none',
  whiteSpace: 'nowrap',
})

export const ReviewStateFilters = ({ collectionSlug }: { collectionSlug?: string }) => {
  const { config } = useConfig()
  const params = useSearchParams()
  const current = params?.get('where[reviewState][equals]') ?? null
  const base = `${config.routes.admin}/collections/${collectionSlug ?? ''}`
  return (
    <div data-testid="review-state-filters" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, margin: '0 0 12px' }}>
      <span style={{ fontSize: 13, color: 'var(--theme-elevation-500)' }}>审核状态：</span>
      <Link href={base} style={chip(current === null)}>
        全部
      </Link>
      {REVIEW_STATES.map((state) => (
        <Link key={state.value} data-state={state.value} href={`${base}?${encodeURIComponent('where[reviewState][equals]')}=${state.value}`} style={chip(current === state.value)}>
          {state.label}
        </Link>
      ))}
    </div>
  )
}
