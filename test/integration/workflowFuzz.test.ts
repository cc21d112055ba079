/**
 * Fuzz test of the 三审 workflow (issue 17, point 4): random sequences of workflow actions — submit, 初审/保密审查/终审
 * approve and return, withdraw, force-publish, scheduled publishing, edits, 撤销修改, the review panel — by random
 * users (authors, reviewers of the right and wrong roles and departments, admins, anonymous) over real HTTP, each
 * checked against the model of test/helpers/workflowModel.ts (the domain's transition table): the answer (accepted or
 * refused, and how), the stored state, the approval register (one entry per accepted transition, none for a refusal),
 * and what anonymous readers see. Seeded: a failure names its seed and the steps so far; `FUZZ_SEED=<n>` replays one.
 * `FUZZ_STEPS` and `FUZZ_ITEMS` tune the size of a run (docs: README → 测试).
 */
import { inspect, isDeepStrictEqual } from 'node:util'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { api, body, daysAgo, login, makeColumn, makeDepartment, makeUser, type Role } from '../helpers/fixtures'
import { mulberry32, type Prng } from '../helpers/prng'
import {
  canDiscard, canRead, changedSincePublished, isPublic, newItem, offeredActions, predictDiscard, predictEdit, predictSchedulerPass,
  predictTransition, type Content, type ExpectedRecord, type ModelActor, type ModelItem, type Prediction,
} from '../helpers/workflowModel'
import { lexicalPlainText } from '../../domain/lexicalText'
import { idOf, type Id } from '../../domain/ids'
import { publishDueItems, schedulerUser } from '../../plugins/workflow/actions/publishDueItems'
import { verifySecurityLog } from '../../plugins/security/actions/verifySecurityLog'
import type { Column } from '../../src/payload-types'

const count = (name: string, fallback: number) => (process.env[name] ? Math.max(1, Number(process.env[name])) : fallback)
/** Fixed seeds keep the default run deterministic; `FUZZ_SEED` replays (or explores) one. */
const SEEDS = process.env.FUZZ_SEED ? process.env.FUZZ_SEED.split(',').map(Number) : [20_261_201, 17, 4093]
const STEPS = count('FUZZ_STEPS', 60)
const ITEMS = count('FUZZ_ITEMS', 3)
const HOUR = 3_600_000
/** How often a drawn step that the model allows takes each action. */
const ACTION_WEIGHTS: Record<string, number> = { submit: 4, approve: 8, return: 1.5, withdraw: 1.5, 'force-publish': 1 }

/** Staff of two departments, with the roles combined where separation of duties is at stake. */
const STAFF: Record<string, { roles: Role[]; department: 'A' | 'B' }> = {
  editorA: { roles: ['editor'], department: 'A' },
  editorA2: { roles: ['editor'], department: 'A' },
  editorB: { roles: ['editor'], department: 'B' },
  reviewerA: { roles: ['reviewer'], department: 'A' },
  reviewerB: { roles: ['reviewer'], department: 'B' },
  editorReviewerA: { roles: ['editor', 'reviewer'], department: 'A' },
  secrecy: { roles: ['secrecy'], department: 'A' },
  secrecyApprover: { roles: ['secrecy', 'approver'], department: 'B' },
  approver: { roles: ['approver'], department: 'A' },
  admin: { roles: ['admin'], department: 'A' },
  adminApprover: { roles: ['admin', 'approver'], department: 'B' },
}
const AUTHORS = { A: ['editorA', 'editorA2', 'editorReviewerA', 'admin'], B: ['editorB', 'adminApprover'] } as const

let ctx: TestContext
let server: TestServer
let column: Column
let robot: Id
const departments: Record<'A' | 'B', Id> = { A: 0, B: 0 }
const actors: Record<string, ModelActor> = {}
const clients: Record<string, ReturnType<typeof api>> = {}
/** Every item of every seed: the scheduler's pass publishes whatever is due, whichever seed made it. */
const items: ModelItem[] = []
let lastRecord = 0
/** Items of a seed that failed: the model lost track of them. */
const forgotten = new Set<string>()
/** What the runs covered, printed with FUZZ_VERBOSE=1: accepted transitions by kind, refusals by status. */
const covered = new Map<string, number>()
const tally = (key: string) => covered.set(key, (covered.get(key) ?? 0) + 1)

beforeAll(async () => {
  ctx = await bootPayload()
  departments.A = (await makeDepartment(ctx.payload, { name: '甲局' })).id
  departments.B = (await makeDepartment(ctx.payload, { name: '乙局' })).id
  column = await makeColumn(ctx.payload)
  // Anonymous reads after every step exceed the public rate limit of one client address.
  server = await startServer(ctx, { limits: { publicReadsPerMinute: 1_000_000 } })
  for (const [name, { roles, department }] of Object.entries(STAFF)) {
    const user = await makeUser(ctx.payload, roles, departments[department], { name })
    actors[name] = { name, id: user.id, roles, department: departments[department] }
    clients[name] = api(server.url, await login(server.url, user.email))
  }
  actors.anonymous = { name: 'anonymous', id: null, roles: [], department: null }
  clients.anonymous = api(server.url)
  robot = (await schedulerUser(ctx.payload)).id
})
afterAll(async () => {
  if (process.env.FUZZ_VERBOSE) console.log([...covered].sort().map(([key, n]) => `${key}: ${n}`).join('\n'))
  await server?.close()
  await ctx?.close()
})

type Step =
  | { kind: 'act'; actor: string; item: ModelItem; action: string; opinion?: string; reason?: string; publishAt?: string }
  | { kind: 'edit'; actor: string; item: ModelItem; content: Content }
  | { kind: 'discard'; actor: string; item: ModelItem }
  | { kind: 'panel'; actor: string; item: ModelItem }
  | { kind: 'scheduler'; hours: number }

const describeStep = (step: Step): string => {
  if (step.kind === 'scheduler') return `scheduler pass at now+${step.hours}h`
  const what =
    step.kind === 'act'
      ? `${step.action}${inspect({ opinion: step.opinion, reason: step.reason, publishAt: step.publishAt }, { breakLength: Infinity })}`
      : step.kind === 'edit'
        ? `edit → ${JSON.stringify(step.content)}`
        : step.kind
  return `${step.actor} ${what} on ${step.item.label}`
}

/** One seeded run: its draws, its trace, and checks that fail with the seed and every step so far. */
class Run {
  readonly random: Prng
  readonly trace: string[] = []
  private edits = 0
  constructor(readonly seed: number) {
    this.random = mulberry32(seed)
  }

  agree(what: string, actual: unknown, expected: unknown) {
    if (isDeepStrictEqual(actual, expected)) return
    throw new Error(
      [
        `workflow fuzz, seed ${this.seed}: ${what} disagrees with the model`,
        `  server: ${inspect(actual, { depth: 6, breakLength: 160 })}`,
        `  model:  ${inspect(expected, { depth: 6, breakLength: 160 })}`,
        `replay: FUZZ_SEED=${this.seed} FUZZ_STEPS=${STEPS} FUZZ_ITEMS=${ITEMS} (TEST_DB=${ctx.dialect}) test/integration/workflowFuzz.test.ts`,
        'steps:',
        ...this.trace.map((line) => `  ${line}`),
      ].join('\n'),
    )
  }

  /** New content, the same again, or back to what the website shows. */
  content(item: ModelItem): Content {
    const choice = this.random.weighted({ fresh: 6, same: 2, revert: item.published ? 2 : 0 })
    if (choice === 'same') return { ...item.latest.content }
    if (choice === 'revert') return { ...item.published!.content }
    this.edits += 1
    return this.random.chance(0.5)
      ? { ...item.latest.content, title: `${item.label}的标题（第${this.edits}次修改）` }
      : { ...item.latest.content, text: `正文内容（第${this.edits}次修改）` }
  }

  /** The next step: often one the model accepts (so items move on), otherwise anything at all. */
  draw(seedItems: ModelItem[]): Step {
    const { random } = this
    const item = random.pick(seedItems)
    const staff = Object.keys(STAFF)
    const kind = random.weighted({ act: 12, edit: 3, discard: 1.5, panel: 1.5, scheduler: 1 })
    if (kind === 'scheduler') return { kind, hours: random.pick([2, 4]) }
    if (kind === 'act') {
      const publishAt = random.weighted({ none: 55, soon: 20, later: 12, past: 8, malformed: 5 })
      const text = () => random.weighted({ given: 85, blank: 8, missing: 7 })
      const typed = { opinion: text(), reason: text() }
      const step: Step = {
        kind,
        item,
        actor: random.chance(0.05) ? 'anonymous' : random.pick(staff),
        action: random.chance(0.03) ? 'publish' : random.pick(['submit', 'approve', 'approve', 'return', 'withdraw', 'force-publish']),
        ...(typed.opinion === 'missing' ? {} : { opinion: typed.opinion === 'given' ? '同意' : '  ' }),
        ...(typed.reason === 'missing' ? {} : { reason: typed.reason === 'given' ? '确需处理' : '' }),
        ...({
          none: {},
          soon: { publishAt: new Date(Date.now() + HOUR).toISOString() },
          later: { publishAt: new Date(Date.now() + 3 * HOUR).toISOString() },
          past: { publishAt: '2020-01-01T00:00:00.000Z' },
          malformed: { publishAt: '明天上午' },
        })[publishAt],
      }
      if (random.chance(0.65)) {
        // Someone the model lets act, with an action it lets them take: the reviews more often than force.
        const able = staff.flatMap((name) => offeredActions(item, actors[name], new Date()).map((action) => [name, action] as const))
        const weights = Object.fromEntries(able.map(([, action]) => [action, ACTION_WEIGHTS[action] ?? 1]))
        if (able.length > 0) {
          const action = random.weighted(weights)
          step.action = action
          step.actor = random.pick(able.filter(([, a]) => a === action))[0]
        }
      }
      return step
    }
    const anyone = random.chance(0.05) ? 'anonymous' : random.pick(staff)
    if (kind === 'edit') {
      const editors = staff.filter((name) => predictEdit(item, actors[name], item.latest.content).status === 200)
      return { kind, item, actor: random.chance(0.7) ? random.pick(editors) : anyone, content: this.content(item) }
    }
    if (kind === 'discard') {
      const able = staff.filter((name) => canDiscard(item, actors[name]))
      return { kind, item, actor: able.length > 0 && random.chance(0.6) ? random.pick(able) : anyone }
    }
    return { kind, item, actor: anyone }
  }
}

const documentBody = (content: Content) => ({ title: content.title, body: body(content.text) })

/** Entries added to the register since the last look, as the model names them. */
const newRecords = async () => {
  const found = await ctx.payload.find({ collection: 'approval-records', where: { id: { greater_than: lastRecord } }, sort: 'id', limit: 0, pagination: false, depth: 0 })
  if (found.docs.length) lastRecord = Number(found.docs[found.docs.length - 1].id)
  return found.docs
    .map((r) => ({
      record: { subject: idOf((r.subject as { value: unknown }).value), action: r.action, fromState: r.fromState, toState: r.toState, actor: idOf(r.actor) } as ExpectedRecord,
      contentHash: r.contentHash,
    }))
    .filter(({ record }) => !forgotten.has(String(record.subject)))
}

const bySubject = (a: ExpectedRecord, b: ExpectedRecord) => String(a.subject).localeCompare(String(b.subject))

/** Each item's content hash at the last check. */
const hashes = new Map<ModelItem, string | null | undefined>()

/** The stored item, its public row and what anonymous readers get, each against the model. */
const checkItem = async (run: Run, item: ModelItem) => {
  const latest = await ctx.payload.findByID({ collection: 'documents', id: item.id, draft: true, depth: 0 })
  const main = await ctx.payload.findByID({ collection: 'documents', id: item.id, draft: false, depth: 0 })
  const stored = {
    state: latest.reviewState,
    content: { title: latest.title, text: lexicalPlainText(latest.body) },
    signatures: (latest.signatures ?? []).map((s) => ({ stage: s.stage, user: idOf(s.user) })),
    submittedBy: idOf(latest.submittedBy),
    editors: (latest.contentEditors ?? []).map(idOf),
    forcePublished: Boolean(latest.forcePublished),
    forcePublishedBy: idOf(latest.forcePublishedBy),
    publishAt: latest.publishAt ? new Date(latest.publishAt).toISOString() : null,
  }
  run.agree(`${item.label}'s version being edited`, stored, item.latest)
  run.agree(`${item.label}'s author`, idOf(latest.author), item.author)
  const website = main._status === 'published' ? { state: main.reviewState, title: main.title } : null
  run.agree(`${item.label}'s public row`, website, item.published && { state: item.published.state, title: item.published.content.title })
  const read = await clients.anonymous.get(`/api/documents/${item.id}`)
  const seen = read.status === 200 ? { status: 200, title: read.json.title } : { status: read.status }
  run.agree(`an anonymous read of ${item.label}`, seen, isPublic(item) ? { status: 200, title: item.published!.content.title } : { status: 404 })
  hashes.set(item, latest.contentHash)
  return latest
}

/** Performs one step over HTTP (the scheduler through its own pass), returning the answer's status. */
const perform = async (step: Step): Promise<{ status: number; json?: any }> => {
  if (step.kind === 'scheduler') {
    await publishDueItems(ctx.payload, new Date(Date.now() + step.hours * HOUR))
    return { status: 200 }
  }
  const client = clients[step.actor]
  const path = `/api/documents/${step.item.id}`
  if (step.kind === 'edit') return client.patch(`${path}?draft=true`, documentBody(step.content))
  if (step.kind === 'discard') return client.post(`${path}/workflow`, { action: 'discard' })
  if (step.kind === 'panel') return client.get(`${path}/workflow`)
  const { action, opinion, reason, publishAt } = step
  return client.post(`${path}/workflow`, { action, opinion, reason, publishAt })
}

const predict = (step: Step): Prediction => {
  if (step.kind === 'scheduler') return predictSchedulerPass(items, robot, new Date(Date.now() + step.hours * HOUR))
  const actor = actors[step.actor]
  if (step.kind === 'edit') return predictEdit(step.item, actor, step.content)
  if (step.kind === 'discard') return predictDiscard(step.item, actor)
  if (step.kind === 'panel') {
    const status = actor.id === null ? 401 : canRead(step.item, actor) ? 200 : 404
    return { status, why: 'panel', records: [], apply: () => undefined }
  }
  return predictTransition(step.item, actor, { action: step.action, opinion: step.opinion, reason: step.reason, publishAt: step.publishAt, now: new Date() })
}

/** What the review panel must show this actor. */
const expectedPanel = (item: ModelItem, actor: ModelActor) => ({
  reviewState: item.latest.state,
  published: isPublic(item),
  changedSincePublished: changedSincePublished(item),
  canDiscard: canDiscard(item, actor),
  forcePublished: item.latest.forcePublished,
  actions: offeredActions(item, actor, new Date()),
})

const createItem = async (run: Run, n: number): Promise<ModelItem> => {
  const department = run.random.pick(['A', 'B'] as const)
  const author = run.random.pick(AUTHORS[department])
  const label = `稿件${run.seed}-${n}`
  const content = { title: `${label}的标题`, text: '正文内容' }
  const res = await clients[author].post('/api/documents?draft=true', {
    ...documentBody(content),
    column: column.id,
    department: departments[department],
    formedAt: daysAgo(1),
    disclosure: 'proactive',
  })
  run.trace.push(`create ${label} in ${department} by ${author} → ${res.status}`)
  run.agree(`creating ${label}`, res.status, 201)
  await newRecords()
  const item = newItem(res.json.doc.id, label, departments[department], actors[author].id, content)
  hashes.set(item, res.json.doc.contentHash)
  return item
}

/** The panel's answer, in the model's terms. */
const panelOf = (json: Record<string, unknown>) => {
  const { reviewState, published, changedSincePublished, canDiscard, forcePublished, actions } = json
  return { reviewState, published, changedSincePublished, canDiscard, forcePublished, actions }
}

/** One step: drawn, predicted, performed, then the answer, the register and the items checked against the model. */
const takeStep = async (run: Run, n: number, seedItems: ModelItem[]) => {
  const step = run.draw(seedItems)
  const prediction = predict(step)
  const answer = await perform(step)
  const refusal = answer.status >= 400 ? ` ${JSON.stringify(answer.json?.errors?.[0]?.message ?? '')}` : ''
  run.trace.push(`#${n} ${describeStep(step)} → ${answer.status}${refusal} (model: ${prediction.status}, ${prediction.why})`)
  run.agree('the answer', answer.status, prediction.status)
  if (step.kind === 'panel' && answer.status === 200) run.agree(`the panel ${step.actor} sees`, panelOf(answer.json), expectedPanel(step.item, actors[step.actor]))
  prediction.apply()
  tally(answer.status >= 400 ? `${step.kind} refused ${answer.status}` : `${step.kind} ${prediction.why}`)
  const records = await newRecords()
  run.agree('the new register entries', records.map((r) => r.record).sort(bySubject), [...prediction.records].sort(bySubject))
  for (const item of step.kind === 'scheduler' ? items : [step.item]) {
    const before = hashes.get(item)
    const latest = await checkItem(run, item)
    // Each entry is bound to the content it was made for; a void, to the version whose review the edit ended.
    for (const { record, contentHash } of records.filter((r) => String(r.record.subject) === String(item.id))) {
      run.agree(`the content hash of ${item.label}'s ${record.action} entry`, contentHash, record.action === 'void' ? before : latest.contentHash)
    }
  }
}

describe('the workflow under random actions agrees with its transition table', () => {
  it.each(SEEDS)(`seed %i (${STEPS} steps over ${ITEMS} items)`, async (seed) => {
    const run = new Run(seed)
    const seedItems: ModelItem[] = []
    for (let n = 1; n <= ITEMS; n++) seedItems.push(await createItem(run, n))
    items.push(...seedItems)
    try {
      for (let n = 1; n <= STEPS; n++) await takeStep(run, n, seedItems)
    } catch (error) {
      // The model no longer knows these items: later seeds leave them and their register entries out.
      for (const item of seedItems) {
        items.splice(items.indexOf(item), 1)
        forgotten.add(String(item.id))
      }
      throw error
    }
    if (process.env.FUZZ_TRACE) console.log(run.trace.join('\n'))
    for (const item of items) await checkItem(run, item)
    const verdict = await verifySecurityLog(ctx.payload)
    run.agree('the security log’s hash chain', verdict.ok, true)
  })
})
