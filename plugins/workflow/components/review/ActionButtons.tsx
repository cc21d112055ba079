import { Button } from '@payloadcms/ui'
import React from 'react'
import { actionLabel } from '../../../../domain/workflow/states'
import type { RequestableAction } from '../../../../domain/workflow/transitions'

/** Actions that move the item on through the reviews stand out; the others are secondary. */
const BUTTON_STYLES: Record<RequestableAction, 'primary' | 'secondary'> = {
  submit: 'primary',
  approve: 'primary',
  return: 'secondary',
  withdraw: 'secondary',
  'force-publish': 'secondary',
}

type Props = { actions: RequestableAction[]; busy: RequestableAction | 'discard' | null; disabled: boolean; onAct: (action: RequestableAction) => void }

/** One button per action on offer (`workflow-action-{action}`); the one being sent says 正在处理…. */
export const ActionButtons = ({ actions, busy, disabled, onAct }: Props) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 10 }}>
    {actions.map((action) => (
      <Button
        key={action}
        type="button"
        size="small"
        margin={false}
        buttonStyle={BUTTON_STYLES[action] ?? 'secondary'}
        disabled={busy !== null || disabled}
        onClick={() => onAct(action)}
        extraButtonProps={{ 'data-testid': `workflow-action-${action}` }}
      >
        {busy === action ? '正在处理…' : actionLabel(action)}
      </Button>
    ))}
  </div>
)
