// Document creates with 索引号 allocation (issue 17): N drafts created C at a time by one editor over real HTTP
// (POST /api/documents to the production server in its own process), then N more through the Local API on a second
// database, each after a warm-up of 40; creates/s, p50/p99, CPU per create, and each department's serials checked
// gap-free (1..40+N).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Document } from '../../src/payload-types'

export type CreatesRun = { creates: number; parallel: number; seconds: number; createsPerSec: number; p50Ms: number; p99Ms: number; failures: number; cpuMsPerCreate: number; userMsPerCreate?: number; systemMsPerCreate?: number; clientCpuMsPerCreate?: number; serials?: number; gapFree?: boolean }
export type CreatesBench = { database: string; http: CreatesRun; localApi: CreatesRun | null; gapFree: boolean; serials: number }

const WARM_UP = 40

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1))
}

/** Runs `count` calls of `create`, `parallel` at a time, and times each. */
const measure = async (count: number, parallel: number, create: (i: number) => Promise<void>): Promise<CreatesRun> => {
  const latencies: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const cpu = process.cpuUsage()
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const start = performance.now()
      try {
        await create(i)
        latencies.push(performance.now() - start)
      } catch (error) {
        failures += 1
        if (failures <= 3) console.error(`create ${i} failed:`, (error as Error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  return {
    creates: count, parallel, seconds: +seconds.toFixed(2), createsPerSec: +(latencies.length / seconds).toFixed(1), p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), failures,
    // The process's CPU time (server and client share it) per create: steadier than creates/s on a shared machine.
    cpuMsPerCreate: +((used.user + used.system) / 1000 / count).toFixed(1),
  }
}

/** CPU time (user and system, ms) of a process and its descendants (the server runs under tsx's wrapper), from /proc. */
const treeCpuMs = (root: number): { user: number; system: number } => {
  const ticks = 100 // USER_HZ on Linux
  const stats = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
      return [{ pid: Number(pid), ppid: Number(fields[1]), user: Number(fields[11]), system: Number(fields[12]) }]
    } catch {
      return []
    }
  })
  const inTree = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const s of stats) if (!inTree.has(s.pid) && inTree.has(s.ppid)) (inTree.add(s.pid), (grew = true))
  }
  const tree = stats.filter((s) => inTree.has(s.pid))
  return { user: (tree.reduce((sum, s) => sum + s.user, 0) * 1000) / ticks, system: (tree.reduce((sum, s) => sum + s.system, 0) * 1000) / ticks }
}

const PASSWORD = 'Bench@2026-pass'

/** The fixtures: a department, a column and an editor, the codes valid. */
const fixtures = async (label: string) => {
  const { computeOrganizationCodeCheck, computeUsccCheck } = await import('../../domain/organizationCode')
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const org = '34567890' + computeOrganizationCodeCheck('34567890')
  const code = `11421123${org}` + computeUsccCheck(`11421123${org}`)
  const body = lexicalFromParagraphs(Array.from({ length: 8 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障。`)) as Document['body']
  return {
    department: { name: '基准测试局', code, kind: 'department' as const },
    column: { title: '基准栏目', slug: `bench-creates-${label}`, kind: 'news' as const, status: 'open' as const },
    editor: { name: '基准编辑', email: `editor-${label}@bench.gov.cn`, password: PASSWORD, roles: ['editor' as const] },
    data: (i: number, column: number, department: number) => ({ title: `基准新建${i}`, column, department, formedAt: new Date(Date.now() - 86_400_000).toISOString(), disclosure: 'proactive' as const, body, _status: 'draft' as const }),
  }
}

/** The department's serials, checked gap-free 1..expected. */
const serialsOf = (indexNumbers: Array<string | null | undefined>, expected: number) => {
  const serials = indexNumbers.map((n) => Number(String(n).split('-').pop())).sort((a, b) => a - b)
  return { serials: serials.length, gapFree: serials.length === expected && serials.every((s, i) => s === i + 1) }
}

/** Server process options (the bench's `BENCH_SERVER_NODE_OPTIONS` adds V8 flags to the production ones). */
const serverNodeOptions = () => `--no-deprecation --conditions=production ${process.env.BENCH_SERVER_NODE_OPTIONS ?? ''}`.trim()

/**
 * Over HTTP: the server in its own process as production runs it (scripts/load/serverProcess.ts), the creates sent from
 * this one — as from editors' browsers — so that the server's CPU is its own (measured from /proc, its process tree).
 */
const overHttp = async (databaseUri: string, label: string, count: number, parallel: number, workers: number) => {
  const { startServer, LOAD_LIMITS } = await import('../load/serverProcess')
  const server = await startServer({ NODE_OPTIONS: serverNodeOptions(), SERVER_WORKERS: String(workers), DATABASE_URI: databaseUri, SCHEDULER: 'off', LOG_LEVEL: 'fatal', WEBHOOK_POLL_MS: '60000', DATABASE_POOL_MAX: '20', ...LOAD_LIMITS })
  try {
    const f = await fixtures(label)
    const call = async (method: string, route: string, token: string | null, body: unknown) => {
      const res = await fetch(`${server.url}${route}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) })
      const json = (await res.json()) as Record<string, any>
      if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
      return json
    }
    const login = async (email: string, password: string) => (await call('POST', '/api/users/login', null, { email, password })).token as string
    await call('POST', '/api/users/first-register', null, { name: '基准管理员', email: `admin-${label}@bench.gov.cn`, password: PASSWORD, confirmPassword: PASSWORD })
    const admin = await login(`admin-${label}@bench.gov.cn`, PASSWORD)
    const dept = (await call('POST', '/api/departments', admin, f.department)).doc
    const column = (await call('POST', '/api/columns', admin, f.column)).doc
    const editor = (await call('POST', '/api/users', admin, { ...f.editor, department: dept.id })).doc
    // An account the admin made changes its initial password before it may write (plugins/security).
    await call('PATCH', `/api/users/${editor.id}`, await login(f.editor.email, PASSWORD), { password: `${PASSWORD}-own` })
    const token = await login(f.editor.email, `${PASSWORD}-own`)
    const post = async (i: number) => {
      // What the admin's 保存草稿 sends (depth=0: the form reloads the document itself).
      const json = await call('POST', '/api/documents?depth=0&draft=true', token, f.data(i, column.id, dept.id))
      if (!json.doc?.indexNumber) throw new Error(`created without an index number: ${JSON.stringify(json).slice(0, 300)}`)
    }
    // A warm-up, not measured: the first requests compile the code paths and prepare the statements.
    const warmUp = await measure(WARM_UP, parallel, (i) => post(-1 - i))
    if (warmUp.failures > 0) throw new Error(`${warmUp.failures} warm-up creates failed`)
    const cpuBefore = treeCpuMs(server.child.pid!)
    const run = await measure(count, parallel, post)
    const cpuAfter = treeCpuMs(server.child.pid!)
    const perCreate = (ms: number) => +(ms / count).toFixed(1)
    const serverCpu = { cpuMsPerCreate: perCreate(cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system), userMsPerCreate: perCreate(cpuAfter.user - cpuBefore.user), systemMsPerCreate: perCreate(cpuAfter.system - cpuBefore.system) }
    const stored = await call('GET', `/api/documents?where[department][equals]=${dept.id}&limit=0&pagination=false&depth=0&draft=true&select[indexNumber]=true`, token, undefined)
    return { ...run, ...serverCpu, clientCpuMsPerCreate: run.cpuMsPerCreate, ...serialsOf((stored.docs as Document[]).map((d) => d.indexNumber), WARM_UP + count) }
  } finally {
    await server.stop()
  }
}

/** Through the Local API in this process (no HTTP, no auth), on a database of its own. */
const throughLocalApi = async (databaseUri: string, label: string, count: number, parallel: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-creates-'))
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox'), WEBHOOK_POLL_MS: '60000' })
  const { default: configPromise } = await import('../../src/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: await configPromise })
  const f = await fixtures(label)
  const dept = await payload.create({ collection: 'departments', data: f.department })
  const column = await payload.create({ collection: 'columns', data: f.column })
  const editor = await payload.create({ collection: 'users', data: { ...f.editor, department: dept.id } })
  const create = async (i: number) => {
    const doc = await payload.create({ collection: 'documents', draft: true, data: f.data(i, column.id, dept.id), user: { ...editor, collection: 'users' }, overrideAccess: false })
    if (!doc.indexNumber) throw new Error('created without an index number')
  }
  await measure(WARM_UP, parallel, (i) => create(-1 - i))
  const run = await measure(count, parallel, create)
  const stored = await payload.find({ collection: 'documents', where: { department: { equals: dept.id } }, limit: 0, depth: 0, draft: true, pagination: false, select: { indexNumber: true } })
  const pool = (payload.db as typeof payload.db & { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
  return { ...run, ...serialsOf(stored.docs.map((d) => d.indexNumber), WARM_UP + count) }
}

/** `httpUri` and `localUri` are two empty databases: the server migrates the first, this process the second. */
export const benchCreates = async (httpUri: string, localUri: string | null, label: string, count = 200, parallel = 20, workers = 1): Promise<CreatesBench> => {
  const http = await overHttp(httpUri, label, count, parallel, workers)
  console.log('http', JSON.stringify(http))
  const local = localUri ? await throughLocalApi(localUri, label, count, parallel) : null
  if (local) console.log('local api', JSON.stringify(local))
  return { database: label, http, localApi: local, gapFree: http.gapFree && (local?.gapFree ?? true), serials: http.serials + (local?.serials ?? 0) }
}

// Run directly with a database URI: a fresh process per database, since the config reads DATABASE_URI on import.
if (process.argv[1]?.endsWith('creates.ts') && process.argv[2]) {
  const [httpUri, localUri, label = 'db', count = '200', parallel = '20'] = process.argv.slice(2)
  const result = await benchCreates(httpUri, localUri === '-' ? null : localUri, label, Number(count), Number(parallel), Number(process.env.BENCH_SERVER_WORKERS || 1))
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}
