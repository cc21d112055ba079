'use client'
/**
 * 审核面板: the sidebar of a 政府信息 / 政策解读 edit view. It replaces the read-only `reviewState` field and
 * talks to `GET|POST /api/{collection}/:id/workflow`: state, pre-check findings, the actions this user may
 * take (终审 and 强制发布 confirmed first; 撤销修改 while the website shows an older published version), signatures
 * and the register entries. The server decides everything; the panel only shows and asks. After an action the
 * view is brought up to date in place (useDocumentRefresh), without a page reload.
 */
import type { SelectFieldClientComponent } from 'payload'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React from 'react'
import { approvalStage, REQUESTABLE_ACTIONS } from '../../../domain/workflow/transitions'
import { ActionForm } from './review/ActionForm'
import { DiscardChanges } from './review/DiscardChanges'
import { findingCounts } from './review/findingCounts'
import { FindingList } from './review/FindingList'
import { LoadingPanel } from './review/LoadingPanel'
import { panelStyles as s } from './review/panelStyles'
import { RecordList } from './review/RecordList'
import { SignatureTable } from './review/SignatureTable'
import { StatusSummary } from './review/StatusSummary'
import { UnsavedPanel } from './review/UnsavedPanel'
import { useActionForm } from './review/useActionForm'
import { useDocumentRefresh } from './review/useDocumentRefresh'
import { useFlash } from './review/useFlash'
import { useWorkflowStatus } from './review/useWorkflowStatus'

export const ReviewPanel: SelectFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const base = id && collectionSlug ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}` : null
  const { status, loadError, reload } = useWorkflowStatus(base, lastUpdateTime)
  const flash = useFlash(collectionSlug, id, lastUpdateTime)
  const refresh = useDocumentRefresh(base, reload)
  const actionForm = useActionForm(base, status, flash, refresh)

  if (!id) return <UnsavedPanel />
  if (!status) return <LoadingPanel loadError={loadError} />

  const actions = REQUESTABLE_ACTIONS.filter((action) => status.actions.includes(action))
  const approves = status.actions.includes('approve')
  const stage = approvalStage(status.reviewState)
  const counts = findingCounts(status.findings)

  return (
    <div data-testid="review-panel" style={s.panel}>
      <StatusSummary status={status} />
      {flash.flash ? (
        <div data-testid="workflow-success" style={s.success}>
          {flash.flash}
        </div>
      ) : null}
      <DiscardChanges
        status={status}
        busy={actionForm.form.busy === 'discard'}
        disabled={actionForm.form.busy !== null || modified}
        onDiscard={() => void actionForm.act('discard')}
      />
      <FindingList
        findings={status.findings}
        counts={counts}
        canAcknowledge={approves && stage === 'secrecy'}
        notes={actionForm.form.notes}
        onNote={(key, value) => actionForm.dispatch({ type: 'note', key, value })}
      />
      <ActionForm
        status={status}
        actions={actions}
        blocked={counts.block > 0}
        modified={modified}
        finalApproval={approves && stage === 'final'}
        actionForm={actionForm}
      />
      <SignatureTable signatures={status.signatures} />
      <RecordList records={status.records} />
      <div>
        <a data-testid="workflow-print" href={`${base}/approval-form`} target="_blank" rel="noopener noreferrer" style={{ fontSize: 13 }}>
          打印审批表
        </a>
      </div>
    </div>
  )
}
