/** The answer of `GET /api/{collection}/:id/workflow` (workflowStatusEndpoint), as the review panel reads it. */
import type { ReviewState } from '../../../../domain/workflow/states'
import type { RequestableAction } from '../../../../domain/workflow/transitions'

export type PanelFinding = {
  level: 'block' | 'review' | 'warn'
  kind: string
  excerpt: string
  field: string
  offset: number
  message: string
  /** The correction of a 易错词 or 严重表述 finding, or the corrected 发文字号. */
  suggestion?: string
  key: string
  acknowledged: boolean
}
export type PanelSignature = { stage: string; userName: string | null; opinion: string | null; at: string | null; valid: boolean }
export type PanelRecord = { at: string; action: string; fromState: string | null; toState: string | null; actorName: string | null; opinion: string | null }
export type WorkflowStatus = {
  id: number | string
  reviewState: ReviewState
  /** The website shows a published version of the item. */
  published: boolean
  /** The version being edited differs from the published one: the website still shows the published one. */
  changedSincePublished: boolean
  /** This user may throw the edit away (撤销修改). */
  canDiscard: boolean
  forcePublished: boolean
  publishAt: string | null
  actions: RequestableAction[]
  findings: PanelFinding[]
  signatures: PanelSignature[]
  records: PanelRecord[]
}
