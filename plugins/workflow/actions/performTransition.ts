/**
 * Carries out one workflow action: loads the item's latest version, runs the pre-check where the action
 * needs it, asks the domain for refusals, then writes the new state and its register entry in one
 * transaction. Side effects (webhooks, mail) belong after the commit.
 */
import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { destinationOf, refusals, transitionOf, type Actor, type WorkflowRequest } from '../../../domain/workflow/refusals'
import { departmentIdOf, rolesOf } from '../../../hooks/access/roles'
import { WORKFLOW_CONTEXT } from '../defaults'
import { appendRecord } from './appendRecord'
import { assessItem } from './assessItem'
import { missingRequiredFields } from './missingRequiredFields'
import { flagInterpretationsOf, interpretationPublication } from '../../interpretations/actions/linkage'
import { clearsContentEditors } from '../../../domain/workflow/authorship'
import type { Id } from '../../../domain/ids'

type Collection = 'documents' | 'interpretations'
import type { Acknowledgement } from './assessItem'

export type TransitionInput = {
  collection: Collection
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

const PRECHECK_ACTIONS = new Set(['submit', 'approve', 'force-publish'])

export const performTransition = async (req: PayloadRequest, input: TransitionInput): Promise<Record<string, unknown>> => {
  const { payload } = req
  const now = input.now ?? new Date()
  const user = input.actor ?? (req.user as TransitionInput['actor'])
  if (!user) throw new APIError('请先登录', 401, null, true)
  const ownTransaction = await initTransaction(req)
  try {
    const item = (await payload.findByID({ collection: input.collection, id: input.id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as
      | (Record<string, any> & { id: Id })
      | null
    if (!item) throw new APIError('稿件不存在', 404, null, true)

    const isSecrecyStage = item.reviewState === 'first-reviewed' && input.action === 'approve'
    const offeredAll = (input.acknowledgements ?? []).filter((a) => a && typeof a.key === 'string' && a.note?.trim())
    const { hash, findings, acknowledgements: stored, workflowItem } = await assessItem(req, input.collection, item, {
      rescan: PRECHECK_ACTIONS.has(input.action),
      extraAcknowledged: isSecrecyStage ? offeredAll.map((a) => a.key) : [],
    })
    const offered = offeredAll.filter((a) => workflowItem.reviewFindingKeys.includes(a.key))
    const actor: Actor = { id: user.id, roles: user.system ? ['system'] : rolesOf(user as never), department: departmentIdOf(user as never) }
    const request: WorkflowRequest = { action: input.action, opinion: input.opinion, reason: input.reason, publishAt: input.publishAt, now }
    const reasons = refusals(workflowItem, actor, request)
    if (reasons.length === 0 && input.action === 'submit') {
      const missing = missingRequiredFields(input.collection, item)
      if (missing.length > 0) reasons.push({ status: 400, message: `请先填写必填项：${missing.join('、')}` })
    }
    if (reasons.length > 0) {
      throw new APIError(reasons[0].message, reasons[0].status, { reasons: reasons.map((r) => r.message) }, true)
    }

    const transition = transitionOf(workflowItem, input.action)!
    const to = destinationOf(transition, request)
    const at = now.toISOString()
    const signature = transition.stage
      ? [{ stage: transition.stage, user: user.id, userName: user.name ?? '', opinion: input.opinion ?? null, at, contentHash: hash }]
      : []
    const keptSignatures = (item.signatures ?? []).filter((s: any) => s.contentHash === hash)
    const acknowledgements = [
      ...stored,
      ...(isSecrecyStage ? offered.filter((a) => !stored.some((s) => s.key === a.key)).map((a) => ({ ...a, user: user.id, at })) : []),
    ]
    const publishes = to === 'published'
    const data: Record<string, unknown> = {
      reviewState: to,
      contentHash: hash,
      precheckFindings: findings,
      precheckAcknowledgements: acknowledgements,
      _status: publishes ? 'published' : 'draft',
    }
    switch (input.action) {
      case 'submit':
        Object.assign(data, { submittedBy: user.id, submittedAt: at, signatures: [], publishAt: null })
        break
      case 'approve':
        Object.assign(data, { signatures: [...keptSignatures, ...signature], publishAt: to === 'scheduled' ? new Date(input.publishAt!).toISOString() : null })
        if (publishes) Object.assign(data, { forcePublished: false })
        break
      case 'return':
        Object.assign(data, { signatures: [], publishAt: null })
        break
      case 'withdraw':
        Object.assign(data, { withdrawnAt: at, withdrawReason: input.reason })
        break
      case 'force-publish':
        Object.assign(data, { forcePublished: true, forcePublishedBy: user.id, forcePublishReason: input.reason, publishAt: null })
        break
      case 'publish-scheduled':
        Object.assign(data, { publishAt: null })
        break
    }
    // Reviewed and published: whoever writes the next version starts the list of its authors.
    if (clearsContentEditors(input.action, to)) data.contentEditors = []
    // 政策解读: never public before its policy; the first publication records the link and its deadline.
    if (input.collection === 'interpretations') Object.assign(data, await interpretationPublication(req, item, to, input.publishAt, now))
    // 发布日期 is the first publication; a revised version keeps it.
    if (publishes && input.collection === 'documents' && !item.publishedAt) data.publishedAt = at
    // Published and withdrawn states are written to the main row (what the public reads); the rest are drafts.
    const draft = !(publishes || to === 'withdrawn')
    const updated = (await payload.update({
      collection: input.collection,
      id: input.id,
      data: data as never,
      draft,
      depth: 0,
      overrideAccess: true,
      context: { [WORKFLOW_CONTEXT]: true },
      req,
    })) as Record<string, any> & { id: Id }
    // A policy's interpretations leave (or rejoin) the public API with it; flag them in the same transaction.
    if (input.collection === 'documents' && !draft) await flagInterpretationsOf(req, updated)
    await appendRecord(req, {
      collection: input.collection,
      item: { ...updated, contentHash: hash },
      action: input.action,
      fromState: workflowItem.reviewState,
      toState: to,
      opinion: input.opinion ?? input.reason ?? null,
      precheck: findings,
      actor: user,
      at: now,
    })
    if (ownTransaction) await commitTransaction(req)
    payload.logger.info({ msg: `workflow ${input.action}: ${workflowItem.reviewState} → ${to}`, collection: input.collection, id: input.id, user: user.id })
    return updated
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
