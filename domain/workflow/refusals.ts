/**
 * Why an actor may not take an action on an item: a list of Chinese reasons, empty when allowed.
 * The endpoint answers with the first one; tests compare them word for word.
 */
import { labelOf, ROLES, type Role } from '../vocabulary'
import { actionLabel, stageLabel, stateLabel, type ReviewState, type Stage } from './states'
import { REQUESTABLE_ACTIONS, TRANSITIONS, type Transition } from './transitions'
import type { Id } from '../ids'

export type Signature = { stage: Stage; user: Id; contentHash: string }

export type WorkflowItem = {
  reviewState: ReviewState
  department: Id | null
  submittedBy?: Id | null
  /**
   * Who wrote this version: its original author and everyone who changed its content since it was last
   * published through the reviews. None of them signs any review of it.
   */
  authors?: Id[]
  contentHash: string
  signatures: Signature[]
  forcePublished?: boolean
  forcePublishedBy?: Id | null
  /** Pre-check findings of the current content. */
  blockingFindings: number
  reviewFindingKeys: string[]
  /** Review findings acknowledged by the secrecy officer (stored and in this request). */
  acknowledgedKeys: string[]
}

export type Actor = { id: Id; roles: ReadonlyArray<Role | 'system'>; department: Id | null }

export type WorkflowRequest = {
  action: string
  opinion?: string | null
  reason?: string | null
  publishAt?: string | Date | null
  now: Date
}

export type Refusal = { status: 400 | 403; message: string; code?: 'unacknowledged' }

export const REASONS = {
  unknownAction: (action: string) => `未知的操作：${action}`,
  wrongState: (state: ReviewState, action: string) => `当前状态为“${stateLabel(state)}”，不能${actionLabel(action)}`,
  wrongRole: (roles: readonly string[]) => `您没有执行此操作的权限，需要以下角色之一：${roles.map((r) => labelOf(ROLES, r as Role) || r).join('、')}`,
  otherDepartment: '只能处理本部门的稿件',
  submitterSigns: '提交人不能审核本人提交的稿件',
  authorSigns: '编写或修改过本稿件的人员不能审核本稿件',
  signsTwice: '同一人不能在同一稿件上签署两个审核环节',
  forcePublisherSigns: '强制发布人不能对本人强制发布的稿件补充终审',
  opinionRequired: '退回须填写审核意见',
  reasonRequired: (action: string) => `${actionLabel(action)}须填写原因`,
  blockedSubmit: (count: number) => `预审发现${count}处禁止发布的内容，请修改后再提交`,
  blockedSecrecy: (count: number) => `预审发现${count}处禁止发布的内容，保密审查不能通过`,
  unacknowledged: (count: number) => `尚有${count}处需人工审查的预审结果未确认，请逐条填写确认意见`,
  missingSignatures: (stages: Stage[]) => `缺少${stages.map(stageLabel).join('、')}签名，不能终审`,
  badPublishAt: '定时发布时间格式不正确',
  pastPublishAt: '定时发布时间须晚于当前时间',
} as const

const blank = (value: string | null | undefined) => !value || !value.trim()

export const validSignatures = (item: Pick<WorkflowItem, 'signatures' | 'contentHash'>): Signature[] =>
  item.signatures.filter((s) => s.contentHash === item.contentHash)

const parsePublishAt = (value: WorkflowRequest['publishAt']): Date | null | 'invalid' => {
  if (value === undefined || value === null || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? 'invalid' : date
}

/** The transition the action takes from the item's state, if any. */
export const transitionOf = (item: WorkflowItem, action: string): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action && t.from.includes(item.reviewState) && (!t.forcePublishedOnly || item.forcePublished))

export const refusals = (item: WorkflowItem, actor: Actor, request: WorkflowRequest): Refusal[] => {
  const { action } = request
  if (!(REQUESTABLE_ACTIONS as readonly string[]).includes(action) && action !== 'publish-scheduled') {
    return [{ status: 400, message: REASONS.unknownAction(action) }]
  }
  const transition = transitionOf(item, action)
  if (!transition) return [{ status: 400, message: REASONS.wrongState(item.reviewState, action) }]

  const reasons: Refusal[] = []
  const isAdmin = actor.roles.includes('admin')
  if (!transition.roles.some((role) => actor.roles.includes(role))) {
    reasons.push({ status: 403, message: REASONS.wrongRole(transition.roles) })
  }
  if (transition.ownDepartment && !isAdmin && String(actor.department) !== String(item.department)) {
    reasons.push({ status: 403, message: REASONS.otherDepartment })
  }
  if (transition.stage) {
    if (item.submittedBy !== undefined && item.submittedBy !== null && String(item.submittedBy) === String(actor.id)) {
      reasons.push({ status: 403, message: REASONS.submitterSigns })
    }
    if ((item.authors ?? []).some((author) => author !== null && author !== undefined && String(author) === String(actor.id))) {
      reasons.push({ status: 403, message: REASONS.authorSigns })
    }
    if (validSignatures(item).some((s) => String(s.user) === String(actor.id))) {
      reasons.push({ status: 403, message: REASONS.signsTwice })
    }
    if (transition.stage === 'retrospective' && item.forcePublishedBy && String(item.forcePublishedBy) === String(actor.id)) {
      reasons.push({ status: 403, message: REASONS.forcePublisherSigns })
    }
  }
  if (transition.needs === 'opinion' && blank(request.opinion)) reasons.push({ status: 400, message: REASONS.opinionRequired })
  if (transition.needs === 'reason' && blank(request.reason)) reasons.push({ status: 400, message: REASONS.reasonRequired(action) })

  if (action === 'submit' && item.blockingFindings > 0) reasons.push({ status: 400, message: REASONS.blockedSubmit(item.blockingFindings) })
  if (transition.stage === 'secrecy') {
    if (item.blockingFindings > 0) reasons.push({ status: 400, message: REASONS.blockedSecrecy(item.blockingFindings) })
    const open = item.reviewFindingKeys.filter((key) => !item.acknowledgedKeys.includes(key))
    if (open.length > 0) reasons.push({ status: 400, code: 'unacknowledged', message: REASONS.unacknowledged(open.length) })
  }
  if (action === 'publish-scheduled') {
    // The scheduler re-checks: the version it publishes must still carry all three signatures.
    const signed = new Set(validSignatures(item).map((s) => s.stage))
    const missing = (['first', 'secrecy', 'final'] as Stage[]).filter((stage) => !signed.has(stage))
    if (missing.length > 0) reasons.push({ status: 400, message: REASONS.missingSignatures(missing).replace('不能终审', '不能定时发布') })
  }
  if (transition.stage === 'final') {
    const signed = new Set(validSignatures(item).map((s) => s.stage))
    const missing = (['first', 'secrecy'] as Stage[]).filter((stage) => !signed.has(stage))
    if (missing.length > 0) reasons.push({ status: 400, message: REASONS.missingSignatures(missing) })
    const publishAt = parsePublishAt(request.publishAt)
    if (publishAt === 'invalid') reasons.push({ status: 400, message: REASONS.badPublishAt })
    else if (publishAt && publishAt.getTime() <= request.now.getTime()) reasons.push({ status: 400, message: REASONS.pastPublishAt })
  }
  return reasons
}

/** Where the transition leads for this request: final approval with a future `publishAt` schedules. */
export const destinationOf = (transition: Transition, request: WorkflowRequest): ReviewState => {
  if (transition.stage !== 'final') return transition.to
  const publishAt = parsePublishAt(request.publishAt)
  return publishAt instanceof Date && publishAt.getTime() > request.now.getTime() ? 'scheduled' : transition.to
}

/** The actions this actor could take now (ignoring opinions and reasons still to be typed), for the review panel. */
export const availableActions = (item: WorkflowItem, actor: Actor, now: Date): string[] =>
  REQUESTABLE_ACTIONS.filter((action) =>
    refusals(item, actor, { action, now, opinion: '-', reason: '-' }).every((r) => r.code === 'unacknowledged'),
  )
