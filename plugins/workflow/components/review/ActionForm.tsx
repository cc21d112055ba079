import { ConfirmationModal, useModal } from '@payloadcms/ui'
import React, { useState } from 'react'
import { transitionsFor, type RequestableAction } from '../../../../domain/workflow/transitions'
import { ActionButtons } from './ActionButtons'
import { actionRequest } from './actionRequest'
import { publishConfirmation } from './publishConfirmation'
import { opinionLabel } from './opinionLabel'
import { panelStyles as s } from './panelStyles'
import { PublishAtInput } from './PublishAtInput'
import type { ActionForm as Form } from './useActionForm'
import type { WorkflowStatus } from './types'

type Props = {
  status: WorkflowStatus
  actions: RequestableAction[]
  blocked: boolean
  /** The edit view has unsaved changes: reviews sign the saved content only. */
  modified: boolean
  /** 终审: the approver may set a 定时发布 time. */
  finalApproval: boolean
  actionForm: Form
}

const Section = ({ children }: { children: React.ReactNode }) => (
  <div>
    <div style={s.heading}>审核操作</div>
    {children}
  </div>
)

/** 审核操作: the opinion or reason, the 定时发布 time at 终审, the server's refusal, and the buttons (终审 and 强制发布 ask first). */
export const ActionForm = ({ status, actions, blocked, modified, finalApproval, actionForm: { form, dispatch, act } }: Props) => {
  const { openModal } = useModal()
  // The action waiting for the 终审/强制发布 confirmation, and what the dialog says of it.
  const [pending, setPending] = useState<{ action: RequestableAction; text: string } | null>(null)
  const modalSlug = `workflow-confirm-publish-${status.id}`
  const onAct = (action: RequestableAction) => {
    const question = publishConfirmation(action, finalApproval, form.publishAt)
    // A request the form already refuses (a bad 定时发布 time) is sent to show the refusal, not confirmed.
    if (!question || 'error' in actionRequest(action, status.reviewState, form)) return void act(action)
    setPending({ action, text: question })
    openModal(modalSlug)
  }
  if (actions.length === 0) {
    return (
      <Section>
        <div style={s.muted}>
          {blocked && transitionsFor('submit', status.reviewState).length > 0
            ? '修改禁止发布的内容并保存草稿后，才能提交审核。'
            : '当前没有需要您办理的操作。'}
        </div>
      </Section>
    )
  }
  const { label, placeholder } = opinionLabel(actions)
  return (
    <Section>
      <div style={s.box}>
        {modified ? (
          <div style={{ ...s.notice, marginBottom: 8 }}>有尚未保存的修改。审核针对已保存的内容，请先点击“保存草稿”。</div>
        ) : null}
        <label style={{ ...s.label, marginTop: 0 }} htmlFor="workflow-opinion">
          {label}
        </label>
        <textarea
          id="workflow-opinion"
          data-testid="workflow-opinion"
          style={s.textarea}
          value={form.text}
          placeholder={placeholder}
          onChange={(event) => dispatch({ type: 'text', value: event.target.value })}
        />
        {finalApproval ? <PublishAtInput value={form.publishAt} onChange={(value) => dispatch({ type: 'publishAt', value })} /> : null}
        {form.error ? (
          <div data-testid="workflow-error" role="alert" style={{ ...s.error, marginTop: 8 }}>
            {form.error}
          </div>
        ) : null}
        <ActionButtons actions={actions} busy={form.busy} disabled={modified} onAct={onAct} />
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="确认发布"
        body={<p data-testid="workflow-publish-confirm">{pending?.text ?? ''}</p>}
        confirmLabel="确认"
        cancelLabel="取消"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const action = pending?.action
          setPending(null)
          // The dialog closes at once; the panel shows 正在处理… on the button meanwhile.
          if (action) void act(action)
        }}
      />
    </Section>
  )
}
