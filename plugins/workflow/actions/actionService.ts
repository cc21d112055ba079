/** What each workflow action's service is given, and what it returns: the fields its transition writes. */
import type { ReviewState, Stage } from '../../../domain/workflow/states'
import type { Transition } from '../../../domain/workflow/transitions'
import type { Id } from '../../../domain/ids'

export type ActionContext = {
  /** The item's latest version before the transition. */
  item: Record<string, unknown>
  transition: Transition
  to: ReviewState
  /** The acting user (a person, or the robot user of the scheduler). */
  user: { id: Id; name?: string | null }
  /** The transition's time, ISO. */
  at: string
  /** The content hash the signatures of this version are bound to. */
  hash: string
  opinion: string | null
  reason: string | null
  publishAt: string | null
}

/** The data patch of one action, merged over the state, hash and pre-check fields every transition writes. */
export type ActionService = (context: ActionContext) => Record<string, unknown>

export type SignatureRow = { stage: Stage; user: Id; userName: string; opinion: string | null; at: string; contentHash: string }
