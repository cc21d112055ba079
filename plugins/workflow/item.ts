/** The workflow's own fields of a reviewed item and of a register entry, as stored (the collection's fields stay unknown). */
import type { Finding } from '../../domain/precheck'
import type { ReviewState, Stage } from '../../domain/workflow/states'
import type { Id } from '../../domain/ids'

export type Acknowledgement = { key: string; note: string }

export type StoredSignature = {
  stage: Stage
  user?: unknown
  userName?: string | null
  opinion?: string | null
  at?: string | null
  contentHash?: string | null
}

export type WorkflowRow = Record<string, unknown> & {
  id: Id
  _status?: string | null
  reviewState?: ReviewState | null
  submittedBy?: unknown
  submittedAt?: string | null
  author?: unknown
  contentEditors?: unknown[] | null
  contentHash?: string | null
  signatures?: StoredSignature[] | null
  precheckFindings?: Finding[] | null
  precheckAcknowledgements?: Acknowledgement[] | null
  publishAt?: string | null
  forcePublished?: boolean | null
  forcePublishedBy?: unknown
}

export type RegisterRow = {
  at: string
  action: string
  fromState?: string | null
  toState?: string | null
  actorName?: string | null
  opinion?: string | null
}

/** A register entry as the review panel and the approval form list it. */
export const registerLine = ({ at, action, fromState, toState, actorName, opinion }: RegisterRow) => ({ at, action, fromState, toState, actorName, opinion })
