/** The body of `POST …/workflow` for one action, or why it cannot be sent (workflowEndpoint reads it). */
import { REASONS } from '../../../../domain/workflow/refusals'
import type { ReviewState } from '../../../../domain/workflow/states'
import { approvalStage, needsReason, type RequestableAction } from '../../../../domain/workflow/transitions'

export type ActionFields = { text: string; publishAt: string; notes: Record<string, string> }

export const actionRequest = (
  action: RequestableAction,
  state: ReviewState,
  { text, publishAt, notes }: ActionFields,
): { body: Record<string, unknown> } | { error: string } => {
  const body: Record<string, unknown> = { action }
  if (needsReason(action)) body.reason = text.trim()
  else body.opinion = text.trim()
  const stage = action === 'approve' ? approvalStage(state) : undefined
  if (stage === 'final' && publishAt) {
    const date = new Date(publishAt)
    if (Number.isNaN(date.getTime())) return { error: REASONS.badPublishAt }
    body.publishAt = date.toISOString()
  }
  if (stage === 'secrecy') {
    body.acknowledgements = Object.entries(notes)
      .filter(([, note]) => note.trim())
      .map(([key, note]) => ({ key, note: note.trim() }))
  }
  return { body }
}
