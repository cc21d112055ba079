// The daily audit over a large portal: 100,000 documents, 2,000 columns, 500 accounts, written straight into the
// tables (seeding through the API would take an hour), then two audit runs: the first records the notices and
// writes the digests, the second is a steady day (everything seen again, nothing new). Wall time and peak RSS.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

export type AuditBench = {
  database: string
  documents: number
  columns: number
  accounts: number
  seedSeconds: number
  firstRun: { seconds: number; findings: number; notices: number; emails: number }
  secondRun: { seconds: number; findings: number; unchanged: number }
  dryRunSeconds: number
  peakRssMiB: number
  baselineRssMiB: number
}

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

const boot = async (databaseUri: string, label: string, dir: string) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') })
  delete process.env.SMTP_HOST
  const { default: configPromise } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  return getPayload({ config: await configPromise, key: `bench-audit-${label}` })
}

const close = async (payload: { db: unknown; destroy: () => Promise<void> }) => {
  const pool = (payload.db as { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
}

/** Seeds the portal (its own process: the seed's arrays must not count against the audit's memory). */
/** The part of the SQL adapters' Drizzle instance the seed uses: batched inserts, returning ids when asked. */
type Drizzle = {
  insert(table: unknown): { values(rows: Record<string, unknown>[]): PromiseLike<unknown> & { returning(fields: Record<string, unknown>): Promise<Array<{ id: number }>> } }
}

export const seedAuditBench = async (databaseUri: string, label: string, now: number, sizes = { documents: 100_000, columns: 2_000, accounts: 500, departments: 50 }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-audit-'))
  const payload = await boot(databaseUri, label, dir)
  const db = payload.db as { drizzle: Drizzle; tables: Record<string, { id: unknown }> }
  const { computeOrganizationCodeCheck, computeUsccCheck } = await import('../../domain/organizationCode')
  // Deterministic pseudo-random numbers: every run seeds the same portal.
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const insert = async (table: string, rows: Record<string, unknown>[], returning = false) => {
    const out: Array<{ id: number }> = []
    for (let i = 0; i < rows.length; i += 500) {
      const query = db.drizzle.insert(db.tables[table]).values(rows.slice(i, i + 500))
      if (returning) out.push(...(await query.returning({ id: db.tables[table].id })))
      else await query
    }
    return out
  }

  const seedStart = performance.now()
  const departments = await insert(
    'departments',
    Array.from({ length: sizes.departments }, (_, i) => {
      const body8 = String(20_000_000 + i * 7919).slice(-8)
      const org = body8 + computeOrganizationCodeCheck(body8)
      const code = `11421123${org}` + computeUsccCheck(`11421123${org}`)
      return { name: `基准部门${i}`, code, kind: i === 0 ? 'office' : 'department', createdAt: iso(now), updatedAt: iso(now) }
    }),
    true,
  )
  const deptId = (i: number) => departments[i % departments.length].id
  const kinds = ['news', 'news', 'news', 'news', 'notice', 'notice', 'policy', 'personnel', 'plan', 'guide'] as const
  const columns = await insert(
    'columns',
    Array.from({ length: sizes.columns }, (_, i) => ({ title: `栏目${i}`, slug: `bench-col-${i}`, kind: kinds[i % kinds.length], department: deptId(i), status: 'open', createdAt: iso(now), updatedAt: iso(now) })),
    true,
  )
  // 1% of the columns stay empty; 5% were last updated long ago; the rest within the last 5 days.
  const filled = columns.filter((_, i) => i % 100 !== 0)
  const lastUpdate = new Map(filled.map((c, i) => [c.id, i % 20 === 0 ? now - (200 + Math.floor(random() * 300)) * DAY : now - Math.floor(random() * 5) * DAY]))
  const docs: Record<string, unknown>[] = []
  const policies: number[] = []
  for (let i = 0; i < sizes.documents; i++) {
    const column = filled[i % filled.length]
    const kind = kinds[columns.indexOf(column) % kinds.length]
    const newest = i < filled.length
    const published = newest ? lastUpdate.get(column.id)! : lastUpdate.get(column.id)! - Math.floor(random() * 700) * DAY
    const base = { title: `基准信息${i}`, column: column.id, department: deptId(i), kind: kind === 'guide' ? 'guide' : kind, createdAt: iso(published), updatedAt: iso(published) }
    const special = i % 100
    if (!newest && special === 1) {
      // 1%: formed in the last 60 days and not published yet.
      docs.push({ ...base, formedAt: iso(now - Math.floor(random() * 60) * DAY), disclosure: 'proactive', _status: 'draft', reviewState: 'draft' })
    } else if (!newest && special === 2) {
      // 1%: not public (依申请公开/不予公开), last assessed up to two years ago.
      docs.push({ ...base, formedAt: iso(published), publishedAt: iso(published), ...(special % 2 ? { disclosure: 'withheld', nonDisclosureBasis: 'art16-process-information' } : { disclosure: 'on-request', onRequestReason: 'outside-proactive-scope' }), nonDisclosureReason: '过程性信息', _status: 'published', reviewState: 'published' })
    } else {
      docs.push({ ...base, formedAt: iso(published - DAY), publishedAt: iso(published), disclosure: 'proactive', _status: 'published', reviewState: 'published', requiresInterpretation: kind === 'policy' })
    }
  }
  const inserted = await insert('documents', docs, true)
  inserted.forEach((row, i) => {
    if (docs[i].kind === 'policy' && docs[i]._status === 'published' && docs[i].disclosure === 'proactive') policies.push(row.id)
  })
  // 95% of the policies have their interpretation.
  await insert(
    'interpretations',
    policies.filter((_, i) => i % 20 !== 0).map((policy, i) => ({ title: `解读${i}`, policy, form: 'text', department: deptId(i), linkedAt: iso(now - 3 * DAY), _status: 'published', reviewState: 'published', createdAt: iso(now), updatedAt: iso(now) })),
  )
  // 200 drafts waiting in review (their state lives in the versions table).
  const inReview = await insert(
    'documents',
    Array.from({ length: 200 }, (_, i) => ({ title: `审核中${i}`, column: filled[i].id, department: deptId(i), formedAt: iso(now - 3 * DAY), disclosure: 'proactive', _status: 'draft', reviewState: 'submitted', submittedAt: iso(now - (i % 15) * DAY), createdAt: iso(now), updatedAt: iso(now) })),
    true,
  )
  await insert(
    '_documents_v',
    inReview.map((row, i) => ({ parent: row.id, version_title: `审核中${i}`, version_column: filled[i].id, version_department: deptId(i), version_formedAt: iso(now - 3 * DAY), version_disclosure: 'proactive', version__status: 'draft', version_reviewState: 'submitted', version_submittedAt: iso(now - (i % 15) * DAY), latest: true, createdAt: iso(now), updatedAt: iso(now) })),
  )
  const platforms = ['wechat', 'weibo', 'douyin', 'toutiao', 'kuaishou', 'bilibili', 'app', 'mini-program', 'other']
  await insert(
    'new_media_accounts',
    Array.from({ length: sizes.accounts }, (_, i) => ({
      name: `政务号${i}`,
      platform: platforms[i % platforms.length],
      department: deptId(i),
      status: i % 50 === 0 ? 'closed' : 'active',
      closureFiled: false,
      lastPostAt: iso(now - (i % 10 === 0 ? 10 + (i % 200) : i % 5) * DAY),
      createdAt: iso(now - 400 * DAY),
      updatedAt: iso(now),
    })),
  )
  await payload.updateGlobal({ slug: 'settings', data: { audit: { webOfficeEmail: 'gkb@bench.gov.cn' } } })
  const seedSeconds = (performance.now() - seedStart) / 1000
  await close(payload)
  fs.rmSync(dir, { recursive: true, force: true })
  return { seedSeconds: Number(seedSeconds.toFixed(2)), documents: sizes.documents + 200, columns: sizes.columns, accounts: sizes.accounts }
}

/** Runs the audit three times on the seeded database (dry, first, steady) in a fresh process, sampling RSS. */
export const runAuditBench = async (databaseUri: string, label: string, now: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-audit-'))
  const payload = await boot(databaseUri, label, dir)
  const { runAudit } = await import('../../plugins/audit/runAudit')
  const baseline = process.memoryUsage().rss
  let peak = baseline
  let peakHeap = process.memoryUsage().heapUsed
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }, 20)
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const t = performance.now()
    const result = await work()
    return [result, (performance.now() - t) / 1000]
  }
  const [dry, drySeconds] = await timed(() => runAudit(payload, { now: new Date(now), dryRun: true }))
  const [first, firstSeconds] = await timed(() => runAudit(payload, { now: new Date(now) }))
  const [second, secondSeconds] = await timed(() => runAudit(payload, { now: new Date(now + 3600_000) }))
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)

  await close(payload)
  fs.rmSync(dir, { recursive: true, force: true })
  const round = (n: number) => Number(n.toFixed(2))
  return {
    database: label,
    dryRunSeconds: round(drySeconds),
    ruleMs: dry.timings,
    firstRun: { seconds: round(firstSeconds), findings: first.findings.length, notices: first.notices!.created, emails: first.emails!.length },
    secondRun: { seconds: round(secondSeconds), findings: second.findings.length, unchanged: second.notices!.unchanged },
    peakRssMiB: Math.round(peak / 2 ** 20),
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
    heapLimitMiB: Math.round((await import('node:v8')).getHeapStatistics().heap_size_limit / 2 ** 20),
    baselineRssMiB: Math.round(baseline / 2 ** 20),
    ...(dry.errors.length || first.errors.length ? { errors: [...dry.errors, ...first.errors] } : {}),
  }
}

// `tsx scripts/bench/audit.ts <uri> <label> seed|run <now-ms>`: one process per step (the config reads DATABASE_URI on import).
if (process.argv[1]?.endsWith('audit.ts') && process.argv[2]) {
  const [uri, label, step, nowArg] = process.argv.slice(2)
  const now = Number(nowArg)
  const result = step === 'seed' ? await seedAuditBench(uri, label, now) : await runAuditBench(uri, label, now)
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}
