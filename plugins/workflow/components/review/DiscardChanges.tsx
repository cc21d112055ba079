import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import React from 'react'
import { panelStyles as s } from './panelStyles'
import type { WorkflowStatus } from './types'

type Props = { status: WorkflowStatus; busy: boolean; disabled: boolean; onDiscard: () => void }

/**
 * 撤销修改, offered while the website still shows the published version and this user may edit the item: throws the
 * edit away and makes the published version the one being edited again. Nothing is published.
 */
export const DiscardChanges = ({ status, busy, disabled, onDiscard }: Props) => {
  const { openModal } = useModal()
  if (!status.canDiscard) return null
  const modalSlug = `workflow-confirm-discard-${status.id}`
  return (
    <div style={{ ...s.box, display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={s.muted}>网站上仍为已发布的版本。不需要这些修改时，可撤销修改，恢复为已发布的版本（不会发布任何内容）。</div>
      <div>
        <Button
          type="button"
          size="small"
          margin={false}
          buttonStyle="secondary"
          disabled={busy || disabled}
          onClick={() => openModal(modalSlug)}
          extraButtonProps={{ 'data-testid': 'workflow-action-discard' }}
        >
          {busy ? '正在处理…' : '撤销修改'}
        </Button>
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="撤销修改"
        body={<p data-testid="workflow-discard-confirm">将放弃发布后所做的全部修改，恢复为网站上的已发布版本。网站内容不变。是否继续？</p>}
        confirmLabel="撤销修改"
        cancelLabel="取消"
        onConfirm={() => onDiscard()}
      />
    </div>
  )
}
