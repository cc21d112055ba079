'use client'
/**
 * 督办通知 in the admin: the severity as a coloured badge (红/黄, 绿 once resolved) and the subject as a link to its
 * item, in the list (cells) and in the edit view (a `ui` field). The plugin passes the subject types that are
 * collections (`collections`) as client props; a site-level notice links nowhere.
 */
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'
import { severityBadgeStyle, severityLabel, subjectHref } from './severity'

type Row = Record<string, unknown>

export const SeverityBadge = ({ severity, resolved = false }: { severity: string | null | undefined; resolved?: boolean }) => {
  const shown = resolved ? 'green' : (severity ?? '')
  return (
    <span data-testid="notice-severity" data-severity={shown} style={severityBadgeStyle(shown)}>
      {resolved ? '绿色（已销号）' : severity === 'red' ? '红色（逾期/否决）' : severity === 'yellow' ? '黄色（预警）' : severityLabel(shown)}
    </span>
  )
}

export const SeverityCell = ({ cellData, rowData }: { cellData?: unknown; rowData?: Row }) => (
  <SeverityBadge severity={typeof cellData === 'string' ? cellData : null} resolved={rowData?.status === 'resolved'} />
)

export const SubjectCell = ({ cellData, rowData, collections = [] }: { cellData?: unknown; rowData?: Row; collections?: string[] }) => {
  const { config } = useConfig()
  const title = typeof cellData === 'string' && cellData ? cellData : '（无标题）'
  const href = subjectHref(config.routes.admin, collections, rowData?.subjectType, rowData?.subjectId)
  // The row's own link (to the notice) is the first column's; this one opens the item.
  return href ? (
    <Link data-testid="notice-subject-link" href={href} onClick={(event) => event.stopPropagation()}>
      {title}
    </Link>
  ) : (
    <span>{title}</span>
  )
}

export const NoticeSubject = ({ collections = [] }: { collections?: string[] }) => {
  const { config } = useConfig()
  const { data } = useDocumentInfo()
  const fields = useFormFields(([f]) => ({
    severity: f.severity?.value as string | undefined,
    status: f.status?.value as string | undefined,
    subjectType: f.subjectType?.value as string | undefined,
    subjectId: f.subjectId?.value as string | undefined,
    subjectTitle: f.subjectTitle?.value as string | undefined,
  }))
  const row = { ...(data as Row | undefined), ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as Row
  const href = subjectHref(config.routes.admin, collections, row.subjectType, row.subjectId)
  return (
    <div data-testid="notice-subject" style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', margin: '0 0 16px', fontSize: 14 }}>
      <SeverityBadge severity={row.severity as string | undefined} resolved={row.status === 'resolved'} />
      {href ? (
        <Link data-testid="notice-subject-link" href={href} style={{ fontWeight: 600 }}>
          打开督办对象：{String(row.subjectTitle || '（无标题）')}
        </Link>
      ) : (
        <span style={{ color: 'var(--theme-elevation-500)' }}>督办对象为全站，无单独页面</span>
      )}
    </div>
  )
}
