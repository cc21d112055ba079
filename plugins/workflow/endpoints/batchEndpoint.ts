/**
 * 待我审核's two server calls (docs/workflow.md, 批量审核):
 * - `POST /api/workflow/batch-approve` `{items: [{collection, id}], opinion}`: 审核通过 for each item in turn, each
 *   through the very service of the single 审核通过 (`performTransition`, its own transaction, its own refusals:
 *   separation of duties, own department, blocking pre-check findings, 保密审查 acknowledgements), so each item
 *   gets its one register entry or its own refusal. Answers 200 with one result per item, in Chinese.
 * - `POST /api/workflow/queue-facts` `{items: [{collection, id}]}`: what the queue shows of each item the user may
 *   read: 发布机构, 提交人, the days waited in the stage, the 办理时限 (`reviewWorkingDays` on the calendar plugin's
 *   working days) and, for an item returned to draft, the time and reason of the return (from the register).
 */
import { APIError, addDataAndFileToRequest, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { codedError, messageOf } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import type { WorkingDayCalendar } from '../../../domain/calendar'
import { IN_REVIEW_STATES, type ReviewState } from '../../../domain/workflow/states'
import { reviewWaiting, stageEnteredAt, type ReviewWaiting } from '../../../domain/workflow/reviewWaiting'
import { performTransition } from '../actions/performTransition'
import { REGISTER_SLUG } from '../defaults'
import { optionsOf } from '../options'
import type { WorkflowRow } from '../item'

/** At most this many items per call: a batch is a morning's queue, not the archive. */
export const BATCH_LIMIT = 50

type ItemRef = { collection: string; id: Id }

const itemsOf = (body: Record<string, unknown>): ItemRef[] => {
  const items = Array.isArray(body.items) ? body.items : []
  const refs = items.flatMap((item): ItemRef[] => {
    const { collection, id } = (item ?? {}) as Record<string, unknown>
    return typeof collection === 'string' && (typeof id === 'string' || typeof id === 'number') && String(id) !== '' ? [{ collection, id }] : []
  })
  if (refs.length === 0) throw codedError('workflow.batch-empty')
  if (refs.length > BATCH_LIMIT) throw codedError('workflow.batch-too-many', String(BATCH_LIMIT))
  // One entry per item, even when the same item is sent twice.
  return refs.filter((ref, i) => refs.findIndex((r) => r.collection === ref.collection && String(r.id) === String(ref.id)) === i)
}

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}

export type BatchResult = { collection: string; id: Id; title: string | null; ok: boolean; reviewState?: string; message: string; reasons?: string[] }

export const batchApproveEndpoint = (): Endpoint => ({
  path: '/workflow/batch-approve',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    const body = await bodyOf(req)
    const items = itemsOf(body)
    const opinion = typeof body.opinion === 'string' ? body.opinion : null
    const { collections } = optionsOf(req.payload)
    const results: BatchResult[] = []
    // One after the other: each transition opens and commits (or rolls back) its own transaction.
    for (const { collection, id } of items) {
      const options = collections[collection]
      if (!options) {
        results.push({ collection, id, title: null, ok: false, message: messageOf('workflow.batch-not-reviewed') })
        continue
      }
      try {
        const updated = await performTransition(req, { collection, id, action: 'approve', opinion })
        results.push({ collection, id, title: String(updated[options.titleField] ?? ''), ok: true, reviewState: String(updated.reviewState), message: '审核通过' })
      } catch (error) {
        const reasons = error instanceof APIError ? ((error.data as { reasons?: string[] } | undefined)?.reasons ?? [error.message]) : null
        if (!reasons) req.payload.logger.error({ err: error, msg: 'batch approve failed', collection, id })
        results.push({ collection, id, title: null, ok: false, message: reasons ? reasons.join('；') : messageOf('workflow.batch-failed'), ...(reasons ? { reasons } : {}) })
      }
    }
    const approved = results.filter((r) => r.ok).length
    return Response.json({
      approved,
      refused: results.length - approved,
      message: approved === results.length ? `已审核通过 ${approved} 项` : `已审核通过 ${approved} 项，${results.length - approved} 项未通过，原因见各项说明`,
      results,
    })
  },
})

export type QueueFacts = {
  collection: string
  id: Id
  department: { id: Id; name: string } | null
  submitter: string | null
  submittedAt: string | null
  waiting: ReviewWaiting | null
  lastReturn: { at: string; actorName: string | null; reason: string | null } | null
}

type RegisterEntry = { action: string; at: string; actorName?: string | null; opinion?: string | null }

const calendarOf = async (req: PayloadRequest): Promise<WorkingDayCalendar | null> => {
  const access = (req.payload.config.custom as Record<string, unknown> | undefined)?.calendar as { load?: (payload: PayloadRequest['payload'], req?: PayloadRequest) => Promise<WorkingDayCalendar> } | undefined
  try {
    return access?.load ? await access.load(req.payload, req) : null
  } catch {
    return null
  }
}

export const queueFactsEndpoint = (): Endpoint => ({
  path: '/workflow/queue-facts',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw codedError('auth.required')
    const items = itemsOf(await bodyOf(req))
    const { collections, departments, reviewWorkingDays } = optionsOf(req.payload)
    const now = new Date()
    const [calendar, limit] = await Promise.all([calendarOf(req), reviewWorkingDays ? reviewWorkingDays(req).catch(() => null) : Promise.resolve(null)])
    const departmentTitle = departments ? (req.payload.collections[departments]?.config.admin?.useAsTitle ?? 'name') : null
    const names = new Map<string, string>()
    const departmentName = async (id: Id): Promise<string> => {
      if (!departments || !departmentTitle) return String(id)
      if (!names.has(String(id))) {
        const doc = (await req.payload.findByID({ collection: departments, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Record<string, unknown> | null
        names.set(String(id), String(doc?.[departmentTitle] ?? id))
      }
      return names.get(String(id))!
    }
    const facts: QueueFacts[] = []
    for (const { collection, id } of items) {
      const options = collections[collection]
      if (!options) continue
      // Only what this user may read.
      const item = (await req.payload.findByID({ collection: options.slug, id, draft: true, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null)) as WorkflowRow | null
      if (!item) continue
      const { docs } = await req.payload.find({
        collection: REGISTER_SLUG as CollectionSlug,
        where: { and: [{ 'subject.value': { equals: item.id } }, { 'subject.relationTo': { equals: collection } }] },
        sort: '-at',
        limit: 100,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const entries = docs as unknown as RegisterEntry[]
      const submit = entries.find((e) => e.action === 'submit')
      const latest = entries[0]
      const department = idOf(item[options.departmentField])
      const state = (item.reviewState ?? 'draft') as ReviewState
      const entered = IN_REVIEW_STATES.includes(state) ? stageEnteredAt(item.submittedAt, (item.signatures ?? []).map((s) => s.at)) : null
      facts.push({
        collection,
        id: item.id,
        department: department !== null ? { id: department, name: await departmentName(department) } : null,
        submitter: submit?.actorName ?? null,
        submittedAt: item.submittedAt ?? submit?.at ?? null,
        waiting: entered ? reviewWaiting(entered, now, limit, calendar) : null,
        lastReturn: latest?.action === 'return' ? { at: latest.at, actorName: latest.actorName ?? null, reason: latest.opinion ?? null } : null,
      })
    }
    return Response.json({ facts, reviewWorkingDays: limit })
  },
})
