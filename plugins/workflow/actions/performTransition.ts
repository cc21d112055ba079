/**
 * The frame every workflow action shares: loads the item's latest version, runs the pre-check where the action
 * needs it, asks the domain for refusals, then writes the action's patch, runs the transition hooks and appends
 * the register entry, all in one transaction. Side effects outside the database (webhooks, mail) belong after the commit.
 */
import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { destinationOf, refusals, transitionOf, type Actor, type WorkflowRequest } from '../../../domain/workflow/refusals'
import { clearsContentEditors } from '../../../domain/workflow/authorship'
import type { WorkflowAction } from '../../../domain/workflow/states'
import { codedError, messageOf } from '../../../domain/errors'
import type { Id } from '../../../domain/ids'
import { WORKFLOW_CONTEXT } from '../defaults'
import { collectionOptionsOf, optionsOf } from '../options'
import { transitionHooksOf } from '../transitionHooks'
import type { ActionService } from './actionService'
import { appendRecord } from './appendRecord'
import { approve } from './approve'
import { assessItem } from './assessItem'
import type { Acknowledgement, WorkflowRow } from '../item'
import { forcePublish } from './forcePublish'
import { missingRequiredFields } from './missingRequiredFields'
import { publishScheduled } from './publishScheduled'
import { returnItem } from './returnItem'
import { submit } from './submit'
import { withdraw } from './withdraw'

export type TransitionInput = {
  collection: string
  id: Id
  action: string
  opinion?: string | null
  reason?: string | null
  publishAt?: string | null
  acknowledgements?: Acknowledgement[]
  /** Acting user; defaults to req.user (the scheduler passes its robot user). */
  actor?: { id: Id; name?: string | null; roles?: unknown; department?: unknown; system?: boolean }
  now?: Date
}

const SERVICES: Record<Exclude<WorkflowAction, 'void' | 'discard'>, ActionService> = {
  submit,
  approve,
  return: returnItem,
  withdraw,
  'force-publish': forcePublish,
  'publish-scheduled': publishScheduled,
}

const PRECHECK_ACTIONS = new Set(['submit', 'approve', 'force-publish'])

export const performTransition = async (req: PayloadRequest, input: TransitionInput): Promise<Record<string, unknown>> => {
  const { payload } = req
  const now = input.now ?? new Date()
  const user = input.actor ?? (req.user as TransitionInput['actor'])
  if (!user) throw codedError('auth.required')
  const { users, nameOf, lockItem } = optionsOf(payload)
  // The robot names itself; a person is named by the users collection's title field.
  const userName = (input.actor ? input.actor.name : nameOf(req.user)) ?? ''
  const options = collectionOptionsOf(payload, input.collection)
  const { slug } = options
  const ownTransaction = await initTransaction(req)
  try {
    // Another transition of this item waits here until this one commits (or this one for it), then reads its state.
    await lockItem(req, slug, input.id)
    const item = (await payload.findByID({ collection: slug, id: input.id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as unknown as WorkflowRow | null
    if (!item) throw codedError('workflow.item-missing')

    const isSecrecyStage = item.reviewState === 'first-reviewed' && input.action === 'approve'
    const offeredAll = (input.acknowledgements ?? []).filter((a) => a && typeof a.key === 'string' && a.note?.trim())
    const { hash, findings, acknowledgements: stored, workflowItem } = await assessItem(req, input.collection, item, {
      rescan: PRECHECK_ACTIONS.has(input.action),
      extraAcknowledged: isSecrecyStage ? offeredAll.map((a) => a.key) : [],
    })
    const offered = offeredAll.filter((a) => workflowItem.reviewFindingKeys.includes(a.key))
    const actor: Actor = { id: user.id, roles: user.system ? ['system'] : users.rolesOf(user), department: users.departmentOf(user) }
    const request: WorkflowRequest = { action: input.action, opinion: input.opinion, reason: input.reason, publishAt: input.publishAt, now }
    const reasons = refusals(workflowItem, actor, request)
    if (reasons.length === 0 && input.action === 'submit') {
      const missing = missingRequiredFields(options, item)
      if (missing.length > 0) reasons.push({ status: 400, message: messageOf('workflow.missing-fields', missing.join('、')) })
    }
    // The response carries every reason, so the review panel can list them.
    if (reasons.length > 0) throw new APIError(reasons[0].message, reasons[0].status, { reasons: reasons.map((r) => r.message) }, true)

    const transition = transitionOf(workflowItem, input.action)!
    const from = workflowItem.reviewState
    const to = destinationOf(transition, request)
    const at = now.toISOString()
    const acknowledgements = [
      ...stored,
      ...(isSecrecyStage ? offered.filter((a) => !stored.some((s) => s.key === a.key)).map((a) => ({ ...a, user: user.id, at })) : []),
    ]
    const publishes = to === 'published'
    const service = SERVICES[transition.action as keyof typeof SERVICES]
    const data: Record<string, unknown> = {
      reviewState: to,
      contentHash: hash,
      precheckFindings: findings,
      precheckAcknowledgements: acknowledgements,
      _status: publishes ? 'published' : 'draft',
      ...service({
        item,
        transition,
        to,
        user: { id: user.id, name: userName },
        at,
        hash,
        opinion: input.opinion ?? null,
        reason: input.reason ?? null,
        publishAt: input.publishAt ?? null,
      }),
    }
    // Reviewed and published: whoever writes the next version starts the list of its authors.
    if (clearsContentEditors(input.action, to)) data.contentEditors = []
    // The first publication date; a revised version keeps it.
    if (publishes && options.publishedAtField && !item[options.publishedAtField]) data[options.publishedAtField] = at
    const hooks = transitionHooksOf(payload, input.collection)
    const publishAt = input.publishAt ?? null
    for (const hook of hooks.beforeTransition) {
      Object.assign(data, (await hook({ req, collection: input.collection, item, action: input.action, from, to, publishAt, now })) ?? {})
    }
    // Published and withdrawn states are written to the main row (what the public reads); the rest are drafts.
    const draft = !(publishes || to === 'withdrawn')
    const updated = (await payload.update({
      collection: slug,
      id: input.id,
      // The workflow's fields and the options' field names, which the generated types cannot follow.
      data: data as never,
      draft,
      depth: 0,
      overrideAccess: true,
      context: { [WORKFLOW_CONTEXT]: true },
      req,
    })) as unknown as WorkflowRow
    for (const hook of hooks.afterTransition) await hook({ req, collection: input.collection, item: updated, action: input.action, from, to, draft })
    await appendRecord(req, {
      collection: input.collection,
      item: { ...updated, contentHash: hash },
      action: input.action,
      fromState: from,
      toState: to,
      opinion: input.opinion ?? input.reason ?? null,
      precheck: findings,
      actor: user,
      actorName: userName,
      at: now,
    })
    if (ownTransaction) await commitTransaction(req)
    payload.logger.info({ msg: `workflow ${input.action}: ${from} → ${to}`, collection: input.collection, id: input.id, user: user.id })
    return updated
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
