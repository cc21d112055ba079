// Document creates with 索引号 allocation (issue 17): N drafts created C at a time by one editor over real HTTP
// (POST /api/documents through createApp), then N more through the Local API, after a warm-up of 40; creates/s,
// p50/p99, and the serials of the department checked gap-free (1..40+2N over the warm-up and both modes).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AddressInfo } from 'node:net'
import type { Document } from '../../src/payload-types'

export type CreatesRun = { creates: number; parallel: number; seconds: number; createsPerSec: number; p50Ms: number; p99Ms: number; failures: number; cpuMsPerCreate: number }
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

export const benchCreates = async (databaseUri: string, label: string, count = 200, parallel = 20, localApi = true): Promise<CreatesBench> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-creates-'))
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox'), WEBHOOK_POLL_MS: '60000' })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const { createApp, SERVER_PAYLOAD_KEY } = await import('../../src/server/createApp')
  // The instance the server's REST handlers use (one adapter, one SQLite transaction queue for both modes).
  const payload = await getPayload({ config, key: SERVER_PAYLOAD_KEY })
  const app = createApp({ payload, config, limits: { publicReadsPerMinute: 1e9, staffReadsPerMinute: 1e9, loginPerWindow: 1e9 } })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  server.keepAliveTimeout = 0
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const { computeOrganizationCodeCheck, computeUsccCheck } = await import('../../domain/organizationCode')
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const org = '34567890' + computeOrganizationCodeCheck('34567890')
  const code = `11421123${org}` + computeUsccCheck(`11421123${org}`)
  const dept = await payload.create({ collection: 'departments', data: { name: '基准测试局', code, kind: 'department' } })
  const column = await payload.create({ collection: 'columns', data: { title: '基准栏目', slug: `bench-creates-${label}`, kind: 'news', status: 'open' } })
  const email = `editor-${label}@bench.gov.cn`
  const editor = await payload.create({ collection: 'users', data: { name: '基准编辑', email, password: 'Bench@2026-pass', roles: ['editor'], department: dept.id } })
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'Bench@2026-pass' }) })
  const { token } = (await login.json()) as { token: string }
  const body = lexicalFromParagraphs(Array.from({ length: 8 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障。`)) as Document['body']
  const data = (i: number) => ({ title: `基准新建${i}`, column: column.id, department: dept.id, formedAt: new Date(Date.now() - 86_400_000).toISOString(), disclosure: 'proactive' as const, body, _status: 'draft' as const })

  const post = async (i: number) => {
    // What the admin's 保存草稿 sends (depth=0: the form reloads the document itself).
    const res = await fetch(`${base}/api/documents?depth=0&draft=true`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(data(i)) })
    const json = (await res.json()) as { doc?: { indexNumber?: string } }
    if (res.status !== 201 || !json.doc?.indexNumber) throw new Error(`${res.status} ${JSON.stringify(json).slice(0, 300)}`)
  }
  // A warm-up, not measured: the first requests compile the code paths and prepare the statements.
  const warmUp = await measure(WARM_UP, parallel, (i) => post(-1 - i))
  if (warmUp.failures > 0) throw new Error(`${warmUp.failures} warm-up creates failed`)
  const http = await measure(count, parallel, post)
  console.log('http', JSON.stringify(http))
  const local = localApi
    ? await measure(count, parallel, async (i) => {
        const doc = await payload.create({ collection: 'documents', draft: true, data: data(count + i), user: { ...editor, collection: 'users' }, overrideAccess: false })
        if (!doc.indexNumber) throw new Error('created without an index number')
      })
    : null
  if (local) console.log('local api', JSON.stringify(local))

  const stored = await payload.find({ collection: 'documents', where: { department: { equals: dept.id } }, limit: 0, depth: 0, draft: true, pagination: false, select: { indexNumber: true } })
  const serials = stored.docs.map((d) => Number(String(d.indexNumber).split('-').pop())).sort((a, b) => a - b)
  const gapFree = serials.length === WARM_UP + count * (local ? 2 : 1) && serials.every((s, i) => s === i + 1)

  server.close()
  const pool = (payload.db as typeof payload.db & { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
  return { database: label, http, localApi: local, gapFree, serials: serials.length }
}

// Run directly with a database URI: a fresh process per database, since the config reads DATABASE_URI on import.
if (process.argv[1]?.endsWith('creates.ts') && process.argv[2]) {
  const [uri, label = 'db', count = '200', parallel = '20'] = process.argv.slice(2)
  const result = await benchCreates(uri, label, Number(count), Number(parallel), process.env.BENCH_CREATES_LOCAL !== 'false')
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}
