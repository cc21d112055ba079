/** The workflow as data: who may do what from which state (GOV.UK Whitehall style: one table, no scattered ifs). */
import type { Role } from '../vocabulary'
import type { ReviewState, Stage, WorkflowAction } from './states'

export type Transition = {
  action: WorkflowAction
  from: readonly ReviewState[]
  to: ReviewState
  roles: readonly (Role | 'system')[]
  /** The signature this transition adds. */
  stage?: Stage
  /** Editors and first reviewers act only within their own department. */
  ownDepartment?: boolean
  needs?: 'opinion' | 'reason'
  /** Only for items published by force and not yet approved retrospectively. */
  forcePublishedOnly?: boolean
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'withdrawn'], to: 'submitted', roles: ['editor'], ownDepartment: true },
  { action: 'approve', from: ['submitted'], to: 'first-reviewed', roles: ['reviewer'], stage: 'first', ownDepartment: true },
  { action: 'approve', from: ['first-reviewed'], to: 'secrecy-reviewed', roles: ['secrecy'], stage: 'secrecy' },
  // Final approval publishes, or schedules when `publishAt` lies in the future.
  { action: 'approve', from: ['secrecy-reviewed'], to: 'published', roles: ['approver'], stage: 'final' },
  { action: 'approve', from: ['published'], to: 'published', roles: ['approver'], stage: 'retrospective', forcePublishedOnly: true },
  { action: 'return', from: ['submitted'], to: 'draft', roles: ['reviewer'], ownDepartment: true, needs: 'opinion' },
  { action: 'return', from: ['first-reviewed'], to: 'draft', roles: ['secrecy'], needs: 'opinion' },
  { action: 'return', from: ['secrecy-reviewed', 'scheduled'], to: 'draft', roles: ['approver'], needs: 'opinion' },
  { action: 'withdraw', from: ['published'], to: 'withdrawn', roles: ['approver', 'admin'], needs: 'reason' },
  {
    action: 'force-publish',
    from: ['draft', 'submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled'],
    to: 'published',
    roles: ['admin'],
    needs: 'reason',
  },
  { action: 'publish-scheduled', from: ['scheduled'], to: 'published', roles: ['system'] },
  // Nobody asks for it: saving changed content takes it, whoever may edit the item (the collection's access decides).
  {
    action: 'void',
    from: ['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled', 'published', 'withdrawn'],
    to: 'draft',
    roles: [],
  },
]

/** Actions a person may ask for through the endpoint (publish-scheduled belongs to the scheduler). */
export const REQUESTABLE_ACTIONS = ['submit', 'approve', 'return', 'withdraw', 'force-publish'] as const
export type RequestableAction = (typeof REQUESTABLE_ACTIONS)[number]

export const transitionsFor = (action: WorkflowAction, state: ReviewState): Transition[] =>
  TRANSITIONS.filter((t) => t.action === action && t.from.includes(state))

/** Whether the action asks for a reason (撤回, 强制发布) rather than a review opinion. */
export const needsReason = (action: string): boolean => TRANSITIONS.some((t) => t.action === action && t.needs === 'reason')

/** The signature that approving an item in this state adds (保密审查 confirms findings, 终审 may schedule). */
export const approvalStage = (state: string): Stage | undefined =>
  TRANSITIONS.find((t) => t.action === 'approve' && (t.from as readonly string[]).includes(state))?.stage

/**
 * What saving changed content does to an item in this state: a new review cycle from 草稿, and the register note
 * (null when there is nothing to record: a published item without signatures, e.g. one published by force).
 */
export const voidOnEdit = (state: string, signed: boolean): { to: ReviewState; note: string | null } | null => {
  const transition = TRANSITIONS.find((t) => t.action === 'void' && (t.from as readonly string[]).includes(state))
  if (!transition) return null
  if (!signed && state === 'published') return { to: transition.to, note: null }
  if (state === 'published') return { to: transition.to, note: '已发布信息被修改，新版本须重新审核' }
  // The register says what happened: signatures are named only when there were some to void.
  return { to: transition.to, note: signed ? '内容在审核过程中被修改，已有签名作废，退回草稿' : '内容在审核过程中被修改，已退回草稿' }
}

/** States in which saving changed content ends the review under way (the admin asks before it saves). */
export const REVIEW_ENDING_STATES: readonly ReviewState[] = ['submitted', 'first-reviewed', 'secrecy-reviewed', 'scheduled']

/** What the admin asks before a save that would end the review under way. */
export const VOID_CONFIRMATION = '保存将作废当前审核并退回草稿，是否继续？'
