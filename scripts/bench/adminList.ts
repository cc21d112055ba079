// The admin list as an editor over a large portal (issue 17: "over 100,000 documents with department scope
// (limit=10, sort=-updatedAt), a p50 under 100 ms"): the audit benchmark's portal (seedAuditBench: 100,200 documents
// over 50 departments, written straight into the tables), then over HTTP through the real door, as a 信息报送员 of one
// department (JWT): `GET /api/documents?limit=10&sort=-updatedAt&depth=0`, the list as the editor's access scopes it,
// and the same with `draft=true` (the admin's list reads the latest versions), against `GET /api/departments?depth=0`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { seedAuditBench } from './audit'

const RUNS = Number(process.env.BENCH_ADMIN_LIST_RUNS || 30)
const GOAL_MS = 100

type Series = { path: string; p50Ms: number; p90Ms: number; maxMs: number }
export type AdminListBench = {
  database: string
  documents: number
  departments: number
  documentsInScope: number
  runs: number
  baseline: Series
  list: Series & { totalDocs: number }
  draftList: Series & { totalDocs: number }
  goal: string
  goalMet: boolean
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10
}

const measure = async (dir: string, databaseUri: string, label: string) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') })
  delete process.env.SMTP_HOST
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'server' })
  const documents = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
  const departments = (await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs
  const { docs: [department] } = await payload.find({ collection: 'departments', limit: 1, page: 8, sort: 'id', depth: 0, overrideAccess: true })
  const documentsInScope = (await payload.count({ collection: 'documents', where: { department: { equals: department.id } }, overrideAccess: true })).totalDocs
  const password = 'Bench#AdminList2026'
  const email = 'bench-editor@bench.gov.cn'
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (existing.totalDocs === 0) await payload.create({ collection: 'users', data: { email, name: '基准报送员', roles: ['editor'], department: department.id, password } as never, overrideAccess: true })

  const { createApp } = await import('../../src/server/createApp')
  const app = createApp({ payload, config, limits: { publicReadsPerMinute: 1e12, staffReadsPerMinute: 1e12, loginPerWindow: 1e12 } })
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  try {
    const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`bench login failed: ${login.status}`)
    let lastTotal = 0
    const get = async (p: string) => {
      const started = performance.now()
      const res = await fetch(`${url}${p}`, { headers: { authorization: `JWT ${token}` } })
      const body = await res.text()
      const ms = performance.now() - started
      if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${body.slice(0, 300)}`)
      const parsed = JSON.parse(body) as { totalDocs?: number; docs?: Array<{ department?: unknown }> }
      if (p.startsWith('/api/documents') && parsed.docs?.some((doc) => doc.department !== department.id)) throw new Error(`GET ${p}: an item of another department in the editor's list`)
      lastTotal = parsed.totalDocs ?? 0
      return ms
    }
    const series = async (p: string): Promise<Series & { totalDocs: number }> => {
      for (let i = 0; i < 3; i++) await get(p)
      const out: number[] = []
      for (let i = 0; i < RUNS; i++) out.push(await get(p))
      return { path: p, p50Ms: quantile(out, 0.5), p90Ms: quantile(out, 0.9), maxMs: quantile(out, 1), totalDocs: lastTotal }
    }
    const { totalDocs: _departments, ...baseline } = await series('/api/departments?depth=0')
    const list = await series('/api/documents?limit=10&sort=-updatedAt&depth=0')
    const draftList = await series('/api/documents?limit=10&sort=-updatedAt&depth=0&draft=true')
    return {
      database: label,
      documents,
      departments,
      documentsInScope,
      runs: RUNS,
      baseline,
      list,
      draftList,
      goal: `editor's list (limit=10, sort=-updatedAt, department scope) p50 < ${GOAL_MS} ms`,
      goalMet: list.p50Ms < GOAL_MS,
    }
  } finally {
    server.closeAllConnections()
    server.close()
    await payload.destroy().catch(() => undefined)
  }
}

// `tsx scripts/bench/adminList.ts <uri> <label> seed|run <now-ms> [documents]`: one process per step (the config
// reads DATABASE_URI on import). `documents` (BENCH_ADMIN_LIST_DOCUMENTS, default 100,000) shrinks the portal.
if (process.argv[1]?.endsWith('adminList.ts') && process.argv[2]) {
  const [uri, label, step, nowArg, documentsArg] = process.argv.slice(2)
  const documents = Number(documentsArg || process.env.BENCH_ADMIN_LIST_DOCUMENTS || 100_000)
  if (step === 'seed') {
    const seeded = await seedAuditBench(uri, label, Number(nowArg), { documents, columns: 2_000, accounts: 500, departments: 50 })
    console.log(`RESULT ${JSON.stringify(seeded)}`)
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-admin-list-'))
    const result = await measure(dir, uri, label)
    fs.rmSync(dir, { recursive: true, force: true })
    console.log(`RESULT ${JSON.stringify(result)}`)
  }
  process.exit(0)
}
