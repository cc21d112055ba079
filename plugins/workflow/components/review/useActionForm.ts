/**
 * The 审核操作 form and sending its action. On success the edit view is brought up to date in place (the
 * caller's `refresh`: the document's form and version state, and the panel), without reloading the page.
 */
import { useReducer, type Dispatch } from 'react'
import type { RequestableAction } from '../../../../domain/workflow/transitions'
import { actionFormReducer, INITIAL_ACTION_FORM, type ActionFormEvent, type ActionFormState } from './actionFormReducer'
import { actionRequest } from './actionRequest'
import { successMessage } from './successMessage'
import type { WorkflowStatus } from './types'
import type { Flash } from './useFlash'

/** What `POST …/workflow` answers. */
export type ActionAnswer = { reviewState?: string; _status?: string; publishAt?: string | null }

export type PanelAction = RequestableAction | 'discard'

export type ActionForm = { form: ActionFormState; dispatch: Dispatch<ActionFormEvent>; act: (action: PanelAction) => Promise<void> }

export const useActionForm = (
  base: string | null,
  status: WorkflowStatus | null,
  { clearFlash, keepFlash }: Flash,
  refresh: (answer: ActionAnswer) => Promise<void>,
): ActionForm => {
  const [form, dispatch] = useReducer(actionFormReducer, INITIAL_ACTION_FORM)

  const act = async (action: PanelAction) => {
    if (!base || !status) return
    dispatch({ type: 'clearError' })
    clearFlash()
    const request = action === 'discard' ? { body: { action } } : actionRequest(action, status.reviewState, form)
    if ('error' in request) {
      dispatch({ type: 'fail', error: request.error })
      return
    }
    dispatch({ type: 'send', action })
    let answer: ActionAnswer
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
      answer = json as ActionAnswer
    } catch {
      dispatch({ type: 'fail', error: '网络错误，操作未完成，请稍后重试' })
      return
    }
    // Done on the server: the view shows the new state (state line, versions, the form's read-only fields).
    await refresh(answer).catch(() => undefined)
    dispatch({ type: 'done' })
    keepFlash(successMessage(action, answer))
  }

  return { form, dispatch, act }
}
