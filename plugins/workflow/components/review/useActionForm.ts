/** The 审核操作 form and sending its action; on success the whole edit view reloads to show the new state. */
import { useReducer, type Dispatch } from 'react'
import type { RequestableAction } from '../../../../domain/workflow/transitions'
import { actionFormReducer, INITIAL_ACTION_FORM, type ActionFormEvent, type ActionFormState } from './actionFormReducer'
import { actionRequest } from './actionRequest'
import { successMessage } from './successMessage'
import type { WorkflowStatus } from './types'
import type { Flash } from './useFlash'

export type ActionForm = { form: ActionFormState; dispatch: Dispatch<ActionFormEvent>; act: (action: RequestableAction) => Promise<void> }

export const useActionForm = (base: string | null, status: WorkflowStatus | null, { clearFlash, keepFlash }: Flash): ActionForm => {
  const [form, dispatch] = useReducer(actionFormReducer, INITIAL_ACTION_FORM)

  const act = async (action: RequestableAction) => {
    if (!base || !status) return
    dispatch({ type: 'clearError' })
    clearFlash()
    const request = actionRequest(action, status.reviewState, form)
    if ('error' in request) {
      dispatch({ type: 'fail', error: request.error })
      return
    }
    dispatch({ type: 'send', action })
    try {
      const res = await fetch(`${base}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request.body),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        dispatch({ type: 'fail', error: json?.errors?.[0]?.message ?? `操作失败（HTTP ${res.status}）` })
        return
      }
      keepFlash(successMessage(action, json))
      // The whole edit view shows the new state (status line, versions, read-only fields): reload it.
      window.location.reload()
    } catch {
      dispatch({ type: 'fail', error: '网络错误，操作未完成，请稍后重试' })
    }
  }

  return { form, dispatch, act }
}
