/** The state of the 审核操作 form: what the user typed, the action being sent, and the server's refusal. */
import type { RequestableAction } from '../../../../domain/workflow/transitions'
import type { ActionFields } from './actionRequest'

export type ActionFormState = ActionFields & { busy: RequestableAction | 'discard' | null; error: string | null }

export type ActionFormEvent =
  | { type: 'text'; value: string }
  | { type: 'publishAt'; value: string }
  | { type: 'note'; key: string; value: string }
  | { type: 'send'; action: RequestableAction | 'discard' }
  | { type: 'clearError' }
  | { type: 'fail'; error: string }
  | { type: 'done' }

export const INITIAL_ACTION_FORM: ActionFormState = { text: '', publishAt: '', notes: {}, busy: null, error: null }

export const actionFormReducer = (state: ActionFormState, event: ActionFormEvent): ActionFormState => {
  switch (event.type) {
    case 'text':
      return { ...state, text: event.value }
    case 'publishAt':
      return { ...state, publishAt: event.value }
    case 'note':
      return { ...state, notes: { ...state.notes, [event.key]: event.value } }
    case 'send':
      return { ...state, busy: event.action }
    case 'clearError':
      return { ...state, error: null }
    case 'fail':
      return { ...state, error: event.error, busy: null }
    case 'done':
      return INITIAL_ACTION_FORM
  }
}
