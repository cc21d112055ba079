'use client'
/**
 * The pre-check snapshot of an approval-register entry, as a list a 保密 officer can read (the register is
 * read-only, and the default JSON editor loads Monaco from a CDN that offices without internet never reach).
 */
import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'
import { FINDING_KIND_LABELS, type FindingKind } from '../../../domain/precheck/types'
import { findingColours, findingLocation, FINDING_LEVEL_LABELS } from './display'

type SnapshotFinding = { level?: string; kind?: string; excerpt?: string; field?: string; offset?: number; message?: string; suggestion?: string }

export const PrecheckSnapshot: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path: path ?? field?.name })
  const findings = Array.isArray(value) ? (value as SnapshotFinding[]) : null
  return (
    <div className="field-type" data-testid="precheck-snapshot" style={{ marginBottom: 24 }}>
      <FieldLabel label={field?.label ?? '预审结果'} path={path} />
      {findings === null ? (
        <div style={{ fontSize: 13, color: 'var(--theme-elevation-500)' }}>本次操作未运行预审</div>
      ) : findings.length === 0 ? (
        <div style={{ fontSize: 13, color: 'var(--theme-elevation-500)' }}>未发现问题</div>
      ) : (
        <ul style={{ margin: 0, padding: 0 }}>
          {findings.map((finding, index) => {
            const colours = findingColours(finding.level ?? 'warn')
            return (
              <li
                key={index}
                style={{ listStyle: 'none', borderLeft: `3px solid ${colours.accent}`, background: colours.background, padding: '6px 10px', marginBottom: 6, fontSize: 13, lineHeight: 1.6 }}
              >
                <strong style={{ color: colours.color }}>{FINDING_LEVEL_LABELS[finding.level ?? ''] ?? finding.level}</strong>{' '}
                <span style={{ color: 'var(--theme-elevation-650)' }}>{FINDING_KIND_LABELS[finding.kind as FindingKind] ?? finding.kind}</span>
                ：{finding.message}
                {finding.excerpt ? <span style={{ color: 'var(--theme-elevation-650)' }}>　“{finding.excerpt}”</span> : null}
                {finding.suggestion ? <span style={{ color: '#1e7a34' }}>　建议改为“{finding.suggestion}”</span> : null}
                {finding.field ? (
                  <span style={{ color: 'var(--theme-elevation-500)' }}>　位置：{findingLocation(finding.field, Number(finding.offset))}</span>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
