/**
 * Fault: PostgreSQL restarted under load (issue 17 point 3). Editors and reviewers take items through the workflow and
 * readers list them while the database server stops (`pg_ctl stop -m fast`, as a restart does) and starts again on its
 * own throwaway cluster. Every answer is a success or a clean 503 with the Chinese message and Retry-After, nothing
 * hangs, /readyz goes red then green, nothing is half-written, and the workflow resumes.
 *
 * PostgreSQL only: SQLite is a file in the process, with no server to restart.
 */
import pg from 'pg'
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { messageOf } from '../../../domain/errors'
import { REVIEW_STATES } from '../../../domain/workflow/states'
import type { Id } from '../../../domain/ids'
import { bootPayload, startServer, testDialect, type TestContext, type TestServer } from '../../helpers/testPayload'
import { body, crewFor, daysAgo, login, makeColumn, makeDepartment, makeUscc, type Crew } from '../../helpers/fixtures'
import { createDoc } from '../../helpers/localApi'
import { startCluster } from '../../../scripts/pgCluster.mjs'

type Cluster = NonNullable<Awaited<ReturnType<typeof startCluster>>>

/** No answer may take longer than this (a hang); generous, since it only has to tell "answered" from "hung". */
const ANSWER_BOUND_MS = 60_000
/** Pause of a client that was told to come back later, before it tries again (pacing of the load, not a check). */
const CLIENT_BACKOFF_MS = 100
const WRITERS = 3
const READERS = 2
/** Acknowledged writes before the outage and again after it. */
const WRITES_BEFORE = 8
const WRITES_AFTER = 8
/** Answers during the outage the load must see before the database comes back. */
const OUTAGE_ANSWERS = 10

const postgres = testDialect() === 'postgres'
if (!postgres) console.log(`databaseRestart.test.ts skipped: it restarts a PostgreSQL server, and TEST_DB is ${testDialect()} (run it with TEST_DB=postgres)`)
const suite = postgres ? describe : describe.skip

type Answer = { route: string; status: number; message?: string; retryAfter?: string | null; failure?: string; phase: Phase }
type Phase = 'before' | 'outage' | 'after'
type Item = { id: Id; title: string; acknowledged: string[] }

const STEPS = [
  { who: 'editor', action: 'submit', to: 'submitted' },
  { who: 'reviewer', action: 'approve', to: 'first-reviewed' },
  { who: 'secrecy', action: 'approve', to: 'secrecy-reviewed' },
  { who: 'approver', action: 'approve', to: 'published' },
] as const

let cluster: Cluster
let ctx: TestContext
let server: TestServer
let crew: Crew
let tokens: Record<(typeof STEPS)[number]['who'], string>
let department: Id
let column: Id
const previousAdminUri = process.env.TEST_DATABASE_URI

let phase: Phase = 'before'
let stopping = false
const answers: Answer[] = []
const items: Item[] = []
/** Titles of creates that were not acknowledged: none of them may exist afterwards. */
const refusedCreates: string[] = []
let acknowledged = 0
let serial = 0

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const until = async (what: string, condition: () => boolean | Promise<boolean>) => {
  const deadline = Date.now() + ANSWER_BOUND_MS * 2
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`)
    await pause(20)
  }
}

const call = async (route: string, method: string, path: string, token?: string, data?: unknown) => {
  const at = phase
  try {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...(data !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: data !== undefined ? JSON.stringify(data) : undefined,
      signal: AbortSignal.timeout(ANSWER_BOUND_MS),
    })
    const text = await res.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    answers.push({ route, status: res.status, message: json?.errors?.[0]?.message, retryAfter: res.headers.get('retry-after'), phase: at })
    return { status: res.status, json }
  } catch (error) {
    answers.push({ route, status: 0, failure: `${(error as Error).name}: ${(error as Error).message}`, phase: at })
    return { status: 0, json: null }
  }
}

/** Until acknowledged, or the load ends: a 503 is retried after a pause, anything else is the answer. */
const persist = async (attempt: () => Promise<{ status: number; json: any }>) => {
  for (;;) {
    const result = await attempt()
    if (result.status !== 503 || stopping) return result
    await pause(CLIENT_BACKOFF_MS)
  }
}

const writer = async (n: number) => {
  while (!stopping) {
    const title = `故障演练-${n}-${++serial}`
    const created = await call('create', 'POST', '/api/documents?draft=true', tokens.editor, {
      title, column, department, formedAt: daysAgo(1), disclosure: 'proactive', body: body('正文'), _status: 'draft',
    })
    if (created.status !== 201) {
      refusedCreates.push(title)
      if (created.status === 503) await pause(CLIENT_BACKOFF_MS)
      continue
    }
    acknowledged++
    const item: Item = { id: created.json.doc.id, title, acknowledged: [] }
    items.push(item)
    for (const step of STEPS) {
      const res = await persist(() => call(`workflow ${step.action}`, 'POST', `/api/documents/${item.id}/workflow`, tokens[step.who], { action: step.action }))
      if (res.status !== 200) break
      item.acknowledged.push(step.to)
      acknowledged++
    }
  }
}

const reader = async (n: number) => {
  while (!stopping) {
    await call('staff list', 'GET', '/api/documents?limit=5&depth=0&draft=true', tokens.editor)
    // A query string of its own: past the anonymous cache, to the database.
    await call('anonymous list', 'GET', `/api/documents?limit=5&depth=1&sort=-publishedAt&r=${n}-${++serial}`)
    const graphql = await call('staff graphql', 'POST', '/api/graphql', tokens.reviewer, { query: '{ Documents(limit: 3, draft: true) { docs { id title reviewState } } }' })
    if (graphql.status === 503) await pause(CLIENT_BACKOFF_MS)
  }
}

const readiness: Array<{ status: number; phase: Phase }> = []
const ready = async () => {
  const res = await call('readyz', 'GET', '/readyz')
  readiness.push({ status: res.status, phase })
  return res.status
}

suite('PostgreSQL restarted mid-load', () => {
  let load: Promise<unknown>

  beforeAll(async () => {
    const started = await startCluster()
    if (!started) throw new Error('TEST_DB=postgres, but no PostgreSQL binaries (initdb, pg_ctl) were found to start a cluster to restart')
    cluster = started
    process.env.TEST_DATABASE_URI = cluster.uri
    ctx = await bootPayload({ DATABASE_POOL_MAX: '10' })
    server = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9, staffReadsPerMinute: 1e9, loginPerWindow: 1e9, loginPerAccountPerWindow: 1e9 } })
    department = (await makeDepartment(ctx.payload)).id
    column = (await makeColumn(ctx.payload)).id
    crew = await crewFor(ctx.payload, department)
    tokens = {
      editor: await login(server.url, crew.editor.email),
      reviewer: await login(server.url, crew.reviewer.email),
      secrecy: await login(server.url, crew.secrecy.email),
      approver: await login(server.url, crew.approver.email),
    }
  })

  afterAll(async () => {
    stopping = true
    await load?.catch(() => undefined)
    await server?.close()
    await ctx?.close()
    cluster?.stop()
    process.env.TEST_DATABASE_URI = previousAdminUri
  })

  it('answers 503 with a Chinese message while the server is down, and goes on when it is back', async () => {
    expect(await ready()).toBe(200)
    load = Promise.all([...Array.from({ length: WRITERS }, (_, n) => writer(n)), ...Array.from({ length: READERS }, (_, n) => reader(n))])

    await until(`${WRITES_BEFORE} acknowledged writes`, () => acknowledged >= WRITES_BEFORE)
    await cluster.halt('fast')
    phase = 'outage'
    await until('/readyz to go red', async () => (await ready()) === 503)
    await until(`${OUTAGE_ANSWERS} answers of the load with the server down`, () => answers.filter((a) => a.phase === 'outage' && a.route !== 'readyz').length >= OUTAGE_ANSWERS)

    await cluster.resume()
    phase = 'after'
    await until('/readyz to go green', async () => (await ready()) === 200)
    const before = acknowledged
    await until(`${WRITES_AFTER} acknowledged writes after the restart`, () => acknowledged >= before + WRITES_AFTER)
    stopping = true
    await load
    const tally = (which: Phase) => {
      const counts = new Map<number, number>()
      for (const a of answers.filter((a) => a.phase === which)) counts.set(a.status, (counts.get(a.status) ?? 0) + 1)
      return [...counts].map(([status, n]) => `${status}×${n}`).join(' ')
    }
    console.log(`answers before: ${tally('before')}; during the outage: ${tally('outage')}; after: ${tally('after')}`)

    const unclean = answers.filter((a) => !((a.status >= 200 && a.status < 300) || a.status === 503))
    expect(unclean).toEqual([])
    const unavailable = answers.filter((a) => a.status === 503)
    expect(unavailable.filter((a) => a.phase === 'outage').length).toBeGreaterThan(0)
    expect(unavailable.filter((a) => a.message !== messageOf('app.database-unavailable') || !(Number(a.retryAfter) > 0))).toEqual([])
    expect(readiness[0]).toEqual({ status: 200, phase: 'before' })
    expect(readiness.some((r) => r.phase === 'outage' && r.status === 503)).toBe(true)
    expect(readiness.at(-1)).toEqual({ status: 200, phase: 'after' })
    // Routes that were all refused after the restart would mean a pool that never recovered.
    for (const route of ['create', 'staff list', 'anonymous list', 'staff graphql', 'workflow submit']) {
      expect({ route, ok: answers.some((a) => a.phase === 'after' && a.route === route && a.status < 300) }).toEqual({ route, ok: true })
    }
  })

  it('keeps every acknowledged write, and nothing of a refused one', async () => {
    const stored = await ctx.payload.find({ collection: 'documents', draft: true, pagination: false, depth: 0, overrideAccess: true, where: { title: { like: '故障演练-' } } })
    const byTitle = new Map(stored.docs.map((d) => [d.title, d]))
    expect(items.filter((item) => !byTitle.has(item.title)).map((item) => item.title)).toEqual([])
    expect(refusedCreates.filter((title) => byTitle.has(title))).toEqual([])
    expect(stored.docs.length).toBe(items.length)
  })

  it('agrees with the approval register: one entry per acknowledged transition, none for a refused one', async () => {
    const register = await ctx.payload.find({ collection: 'approval-records', pagination: false, depth: 0, overrideAccess: true, sort: 'at' })
    const entries = new Map<string, string[]>()
    for (const entry of register.docs) {
      const key = String((entry.subject as { value: unknown }).value)
      entries.set(key, [...(entries.get(key) ?? []), String(entry.toState)])
    }
    const mismatches = []
    for (const item of items) {
      const doc = await ctx.payload.findByID({ collection: 'documents', id: item.id, draft: true, depth: 0, overrideAccess: true })
      const state = item.acknowledged.at(-1) ?? 'draft'
      const recorded = entries.get(String(item.id)) ?? []
      if (doc.reviewState !== state || JSON.stringify(recorded) !== JSON.stringify(item.acknowledged)) mismatches.push({ title: item.title, state: doc.reviewState, acknowledged: item.acknowledged, recorded })
    }
    expect(mismatches).toEqual([])
    expect(register.docs.length).toBe(items.reduce((n, item) => n + item.acknowledged.length, 0))
  })

  it('takes a fresh item through the whole workflow after the restart', async () => {
    phase = 'after'
    const created = await call('create', 'POST', '/api/documents?draft=true', tokens.editor, {
      title: '重启之后', column, department, formedAt: daysAgo(1), disclosure: 'proactive', body: body('正文'), _status: 'draft',
    })
    expect(created.status).toBe(201)
    const states: string[] = []
    for (const step of STEPS) {
      const res = await call(`workflow ${step.action}`, 'POST', `/api/documents/${created.json.doc.id}/workflow`, tokens[step.who], { action: step.action })
      expect(res.status).toBe(200)
      states.push(res.json.reviewState)
    }
    expect(states).toEqual(STEPS.map((s) => s.to))
    expect(REVIEW_STATES.some((s) => s.value === states.at(-1))).toBe(true)
    const pub = await call('anonymous read', 'GET', `/api/documents/${created.json.doc.id}?depth=0`)
    expect(pub.status).toBe(200)
  })

  it('fails a write whose COMMIT the server did not take, instead of acknowledging it', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await createDoc(ctx.payload, 'departments', { name: '提交时断线的部门', code: makeUscc(), kind: 'department' }, { req })
    expect((await ctx.payload.count({ collection: 'departments', where: { name: { equals: '提交时断线的部门' } }, req })).totalDocs).toBe(1)
    const sessions = (ctx.payload.db as unknown as { sessions: Record<string, { db: { execute: (query: unknown) => Promise<{ rows: Array<{ pid: number }> }> } }> }).sessions
    const { rows } = await sessions[String(await req.transactionID)].db.execute(sql`select pg_backend_pid() as pid`)
    // The server ends exactly this session between the last write and the COMMIT, as a restart does.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await admin.connect()
    await admin.query('select pg_terminate_backend($1)', [rows[0].pid])
    await admin.end()
    await expect(commitTransaction(req)).rejects.toThrow()
    expect((await ctx.payload.count({ collection: 'departments', where: { name: { equals: '提交时断线的部门' } } })).totalDocs).toBe(0)
  })
})
