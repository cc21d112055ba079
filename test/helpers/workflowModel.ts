/**
 * A model of the 三审 workflow for the fuzz test (test/integration/workflowFuzz.test.ts): the transition table of
 * domain/workflow/transitions.ts read as data, and the rules around it written out again in plain words (who may act,
 * separation of duties, edits that void signatures, 撤销修改, what the public sees). It predicts what the server must
 * answer and store; it never calls the domain's own `refusals`, so a slip there and a slip here cannot cancel out.
 */
import { REQUESTABLE_ACTIONS, TRANSITIONS, type Transition } from '../../domain/workflow/transitions'
import type { ReviewState, Stage } from '../../domain/workflow/states'
import type { Id } from '../../domain/ids'

export type ModelActor = { name: string; id: Id | null; roles: readonly string[]; department: Id | null }
export type Content = { title: string; text: string }
export type Signature = { stage: Stage; user: Id }

/** One version of an item: the one being edited (`latest`) or the one the website shows (`published`). */
export type Version = {
  state: ReviewState
  content: Content
  signatures: Signature[]
  submittedBy: Id | null
  /** Who changed the content since its last publication through the reviews. */
  editors: Id[]
  forcePublished: boolean
  forcePublishedBy: Id | null
  publishAt: string | null
}

export type ModelItem = { id: Id; label: string; department: Id; author: Id | null; latest: Version; published: Version | null }

export type ExpectedRecord = { subject: Id; action: string; fromState: string; toState: string; actor: Id | null }

/** What the server must answer; `apply` brings the model along when the answer is an acceptance. */
export type Prediction = { status: number; why: string; records: ExpectedRecord[]; apply: () => void }

export type TransitionRequest = { action: string; opinion?: string | null; reason?: string | null; publishAt?: string | null; now: Date }

const same = (a: Id | null | undefined, b: Id | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
const blank = (text: string | null | undefined) => !text || !text.trim()
const has = (actor: ModelActor, ...roles: string[]) => actor.roles.some((role) => roles.includes(role))
const sameContent = (a: Content, b: Content) => a.title === b.title && a.text === b.text
// Not structuredClone: under jest its objects come from another realm, and deep equality compares prototypes.
const clone = (version: Version): Version => JSON.parse(JSON.stringify(version)) as Version
const refused = (status: number, why: string): Prediction => ({ status, why, records: [], apply: () => undefined })

export const newItem = (id: Id, label: string, department: Id, author: Id | null, content: Content): ModelItem => ({
  id,
  label,
  department,
  author,
  published: null,
  latest: { state: 'draft', content, signatures: [], submittedBy: null, editors: [], forcePublished: false, forcePublishedBy: null, publishAt: null },
})

/** The website shows the item (every fuzz item is 主动公开). */
export const isPublic = (item: ModelItem) => item.published !== null

/** Staff read everything, except editors and first reviewers outside their own department. */
export const canRead = (item: ModelItem, actor: ModelActor) =>
  actor.id !== null && (has(actor, 'admin', 'secrecy', 'approver') || (has(actor, 'editor', 'reviewer') && same(actor.department, item.department)))

/** Who may save the item: admins, and editors and first reviewers of its department. */
export const canEdit = (item: ModelItem, actor: ModelActor) =>
  actor.id !== null && (has(actor, 'admin') || (has(actor, 'editor', 'reviewer') && same(actor.department, item.department)))

/** The row of the table the action takes from the item's state (the 补充终审 only after a forced publication). */
const rowOf = (item: ModelItem, action: string): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action && t.from.includes(item.latest.state) && (!t.forcePublishedOnly || item.latest.forcePublished))

const parseTime = (value: string | null | undefined): Date | null | 'invalid' => {
  if (value === undefined || value === null || value === '') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? 'invalid' : date
}

/** Why this actor may not take the action (403 reasons before 400 ones, as the endpoint answers the first). */
const objections = (item: ModelItem, actor: ModelActor, row: Transition, request: TransitionRequest): Array<[number, string]> => {
  const found: Array<[number, string]> = []
  const { latest } = item
  if (!has(actor, ...row.roles)) found.push([403, `role: needs ${row.roles.join('/')}`])
  if (row.ownDepartment && !has(actor, 'admin') && !same(actor.department, item.department)) found.push([403, 'other department'])
  if (row.stage) {
    // Second pair of eyes: nobody signs what they submitted or wrote, or a second stage of the same version.
    if (same(latest.submittedBy, actor.id)) found.push([403, 'the submitter signs'])
    if (same(item.author, actor.id) || latest.editors.some((editor) => same(editor, actor.id))) found.push([403, 'an author signs'])
    if (latest.signatures.some((s) => same(s.user, actor.id))) found.push([403, 'signs twice'])
    if (row.stage === 'retrospective' && same(latest.forcePublishedBy, actor.id)) found.push([403, 'the force-publisher signs'])
  }
  if (row.needs === 'opinion' && blank(request.opinion)) found.push([400, 'no opinion'])
  if (row.needs === 'reason' && blank(request.reason)) found.push([400, 'no reason'])
  if (row.stage === 'final') {
    const stages = latest.signatures.map((s) => s.stage)
    if (!stages.includes('first') || !stages.includes('secrecy')) found.push([400, 'signatures missing'])
    const at = parseTime(request.publishAt)
    if (at === 'invalid') found.push([400, 'publishAt malformed'])
    else if (at && at.getTime() <= request.now.getTime()) found.push([400, 'publishAt past'])
  }
  return found.sort((a, b) => b[0] - a[0])
}

/** The state the accepted action leads to: a final approval with a future `publishAt` schedules. */
const destination = (row: Transition, request: TransitionRequest): ReviewState => {
  const at = parseTime(request.publishAt)
  return row.stage === 'final' && at instanceof Date && at.getTime() > request.now.getTime() ? 'scheduled' : row.to
}

const publish = (item: ModelItem) => {
  item.published = clone(item.latest)
}

/** Applies an accepted transition to the model. */
const take = (item: ModelItem, actor: ModelActor, row: Transition, to: ReviewState, request: TransitionRequest) => {
  const latest = item.latest
  latest.state = to
  switch (row.action) {
    case 'submit':
      Object.assign(latest, { submittedBy: actor.id, signatures: [], publishAt: null })
      break
    case 'approve':
      latest.signatures.push({ stage: row.stage!, user: actor.id! })
      latest.publishAt = to === 'scheduled' ? new Date(request.publishAt!).toISOString() : null
      break
    case 'return':
      Object.assign(latest, { signatures: [], publishAt: null })
      break
    case 'force-publish':
      Object.assign(latest, { forcePublished: true, forcePublishedBy: actor.id, publishAt: null })
      break
    case 'publish-scheduled':
      latest.publishAt = null
      break
  }
  // Published through the reviews (not by force): the next version's authors start afresh, and nothing waits for a
  // 补充终审 (the version on the website carries all three signatures).
  if (to === 'published' && row.action !== 'force-publish') Object.assign(latest, { editors: [], forcePublished: false })
  if (to === 'published') publish(item)
  // Withdrawal writes the public row, which leaves the website.
  if (to === 'withdrawn') item.published = null
}

/** A workflow action asked for over HTTP (`POST /api/documents/:id/workflow`). */
export const predictTransition = (item: ModelItem, actor: ModelActor, request: TransitionRequest): Prediction => {
  if (actor.id === null) return refused(401, 'anonymous')
  if (!(REQUESTABLE_ACTIONS as readonly string[]).includes(request.action)) return refused(400, 'unknown action')
  const row = rowOf(item, request.action)
  if (!row) return refused(400, `no ${request.action} from ${item.latest.state}`)
  const found = objections(item, actor, row, request)
  if (found.length > 0) return refused(found[0][0], found.map(([, why]) => why).join(', '))
  const to = destination(row, request)
  return {
    status: 200,
    why: `${item.latest.state} → ${to}`,
    records: [{ subject: item.id, action: request.action, fromState: item.latest.state, toState: to, actor: actor.id }],
    apply: () => take(item, actor, row, to, request),
  }
}

/** The actions the review panel offers this actor now (opinions and reasons as if typed, no schedule). */
export const offeredActions = (item: ModelItem, actor: ModelActor, now: Date): string[] =>
  REQUESTABLE_ACTIONS.filter((action) => predictTransition(item, actor, { action, opinion: '-', reason: '-', now }).status === 200)

/** A save of new content (`PATCH ?draft=true`): after a signature, or once submitted, it takes the `void` row back to 草稿. */
export const predictEdit = (item: ModelItem, actor: ModelActor, content: Content): Prediction => {
  if (actor.id === null) return refused(403, 'anonymous')
  if (!canEdit(item, actor)) return refused(403, 'may not edit')
  const { latest } = item
  if (sameContent(latest.content, content)) return { status: 200, why: 'unchanged content', records: [], apply: () => undefined }
  const voids = TRANSITIONS.find((t) => t.action === 'void' && t.from.includes(latest.state))
  // The register says so, except for a published item nobody signed (one published by force): nothing to void.
  const noted = voids && (latest.signatures.length > 0 || latest.state !== 'published')
  return {
    status: 200,
    why: voids ? `edit voids ${latest.state} → ${voids.to}` : 'edit',
    records: noted ? [{ subject: item.id, action: 'void', fromState: latest.state, toState: voids.to, actor: actor.id }] : [],
    apply: () => {
      latest.content = content
      if (!latest.editors.some((e) => same(e, actor.id))) latest.editors.push(actor.id!)
      if (voids) Object.assign(latest, { state: voids.to, signatures: [], publishAt: null })
    },
  }
}

/** The website shows a published version and the version being edited differs from it. */
export const changedSincePublished = (item: ModelItem) => item.published !== null && !sameContent(item.published.content, item.latest.content)

/** 撤销修改: the department's editor or an admin throws away an edit (in 草稿) of a published item. */
export const predictDiscard = (item: ModelItem, actor: ModelActor): Prediction => {
  if (actor.id === null) return refused(401, 'anonymous')
  if (!has(actor, 'admin') && !(has(actor, 'editor') && same(actor.department, item.department))) return refused(403, 'may not discard')
  if (!item.published) return refused(400, 'nothing published')
  if (!changedSincePublished(item)) return refused(400, 'unchanged')
  if (item.latest.state !== 'draft') return refused(400, `in review (${item.latest.state})`)
  const published = item.published
  return {
    status: 200,
    why: `discard ${item.latest.state} → ${published.state}`,
    records: [{ subject: item.id, action: 'discard', fromState: item.latest.state, toState: published.state, actor: actor.id }],
    apply: () => {
      item.latest = clone(published)
    },
  }
}

/** Whether the panel offers this actor 撤销修改. */
export const canDiscard = (item: ModelItem, actor: ModelActor) => predictDiscard(item, actor).status === 200

/** The scheduler's pass at `now`: each scheduled item that is due goes out, as the robot user. */
export const predictSchedulerPass = (items: ModelItem[], robot: Id, now: Date): Prediction => {
  const due = items.filter((item) => item.latest.state === 'scheduled' && item.latest.publishAt !== null && new Date(item.latest.publishAt) <= now)
  const row = TRANSITIONS.find((t) => t.action === 'publish-scheduled')!
  const system: ModelActor = { name: 'scheduler', id: robot, roles: ['system'], department: null }
  return {
    status: 200,
    why: `publishes ${due.map((item) => item.label).join(', ') || 'nothing'}`,
    records: due.map((item) => ({ subject: item.id, action: 'publish-scheduled', fromState: 'scheduled', toState: row.to, actor: robot })),
    apply: () => due.forEach((item) => take(item, system, row, row.to, { action: row.action, now })),
  }
}
