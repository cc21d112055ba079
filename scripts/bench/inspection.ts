// The 季度检查看板's endpoint over the audit benchmark's portal (issue 15: "loads in under 1 s over the audit
// benchmark's 100k documents and 2,000 columns"): the same portal, seeded by seedAuditBench straight into the tables,
// the audit run once so the quarter has its notices, then over HTTP through the real door, as the 网站管理员:
// `GET /api/inspection/quarters/:quarter` for the running quarter (computed live) and for a frozen one (its snapshot),
// against the light read the security bench uses (`GET /api/departments`) on the same server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { seedAuditBench } from './audit'

const RUNS = Number(process.env.BENCH_INSPECTION_RUNS || 15)
const GOAL_MS = 1000

export type InspectionBench = {
  database: string
  documents: number
  columns: number
  notices: number
  departments: number
  seedSeconds: number
  runs: number
  baseline: { path: string; p50Ms: number; p90Ms: number }
  /** Warm: answered from memory (nothing changed since the last load). Cold: a notice changed before each load. */
  live: { path: string; firstMs: number; p50Ms: number; p90Ms: number; ratio: number; coldP50Ms: number; coldP90Ms: number; coldRatio: number }
  frozen: { path: string; freezeMs: number; p50Ms: number; p90Ms: number; ratio: number }
  goal: string
  goalMet: boolean
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10
}

/** The Beijing quarter of an instant, and the one before it. */
const quarters = (now: number) => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(now))
  const year = Number(day.slice(0, 4))
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1
  return { current: `${year}Q${q}`, previous: q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}` }
}

const measure = async (dir: string, databaseUri: string, label: string, now: number) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') })
  delete process.env.SMTP_HOST
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'server' })
  const { runAudit } = await import('../../plugins/audit/runAudit')
  const { freezeQuarter } = await import('../../plugins/inspection')
  await runAudit(payload, { now: new Date(now) })
  const notices = (await payload.count({ collection: 'audit-notices', overrideAccess: true })).totalDocs
  const departments = (await payload.count({ collection: 'departments', overrideAccess: true })).totalDocs
  const { docs: [office] } = await payload.find({ collection: 'departments', limit: 1, sort: 'id', depth: 0, overrideAccess: true })
  const password = 'Bench#Inspection2026'
  await payload.create({ collection: 'users', data: { email: 'bench-admin@bench.gov.cn', name: '基准管理员', roles: ['admin'], department: office.id, password } as never, overrideAccess: true })

  const { current, previous } = quarters(now)
  const t = performance.now()
  await freezeQuarter(payload, previous as never, { now: new Date(now) })
  const freezeMs = Math.round(performance.now() - t)

  const { createApp } = await import('../../src/server/createApp')
  const app = createApp({ payload, config, limits: { publicReadsPerMinute: 1e12, staffReadsPerMinute: 1e12, loginPerWindow: 1e12 } })
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  try {
    const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench-admin@bench.gov.cn', password }) })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`bench login failed: ${login.status}`)
    const get = async (p: string) => {
      const started = performance.now()
      const res = await fetch(`${url}${p}`, { headers: { authorization: `JWT ${token}` } })
      const body = await res.text()
      if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${body.slice(0, 300)}`)
      return performance.now() - started
    }
    const series = async (p: string) => {
      const out: number[] = []
      for (let i = 0; i < RUNS; i++) out.push(await get(p))
      return out
    }
    const light = '/api/departments?depth=0'
    const livePath = `/api/inspection/quarters/${current}`
    const frozenPath = `/api/inspection/quarters/${previous}`
    const firstMs = Math.round(await get(livePath))
    await series(light) // warm up the light read as the dashboard's first request warmed its own path
    const baseline = await series(light)
    const live = await series(livePath)
    const frozen = await series(frozenPath)
    // Cold: before each load one notice is touched (its updatedAt), as the daily audit or an editor would, so the
    // running quarter is computed anew every time.
    const { docs: [touched] } = await payload.find({ collection: 'audit-notices', limit: 1, depth: 0, overrideAccess: true })
    const cold: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await payload.db.updateOne({ collection: 'audit-notices', id: touched.id, data: { updatedAt: new Date(Date.now() + i).toISOString() } })
      cold.push(await get(livePath))
    }
    const cold50 = quantile(cold, 0.5)
    const base50 = quantile(baseline, 0.5)
    const live50 = quantile(live, 0.5)
    const frozen50 = quantile(frozen, 0.5)
    return {
      database: label,
      notices,
      departments,
      runs: RUNS,
      baseline: { path: light, p50Ms: base50, p90Ms: quantile(baseline, 0.9) },
      live: { path: livePath, firstMs, p50Ms: live50, p90Ms: quantile(live, 0.9), ratio: Math.round((live50 / base50) * 10) / 10, coldP50Ms: cold50, coldP90Ms: quantile(cold, 0.9), coldRatio: Math.round((cold50 / base50) * 10) / 10 },
      frozen: { path: frozenPath, freezeMs, p50Ms: frozen50, p90Ms: quantile(frozen, 0.9), ratio: Math.round((frozen50 / base50) * 10) / 10 },
      goal: `dashboard endpoint p90 < ${GOAL_MS} ms (running quarter, computed live after a change, and again unchanged)`,
      goalMet: quantile(cold, 0.9) < GOAL_MS && quantile(live, 0.9) < GOAL_MS,
    }
  } finally {
    server.closeAllConnections()
    server.close()
    await payload.destroy().catch(() => undefined)
  }
}

// `tsx scripts/bench/inspection.ts <uri> <label> seed|run <now-ms> [documents]`: one process per step (the config
// reads DATABASE_URI on import). `documents` (BENCH_INSPECTION_DOCUMENTS, default 100,000) shrinks the portal for a
// quick check; the columns stay at 2,000.
if (process.argv[1]?.endsWith('inspection.ts') && process.argv[2]) {
  const [uri, label, step, nowArg, documentsArg] = process.argv.slice(2)
  const now = Number(nowArg)
  const documents = Number(documentsArg || process.env.BENCH_INSPECTION_DOCUMENTS || 100_000)
  if (step === 'seed') {
    const seeded = await seedAuditBench(uri, label, now, { documents, columns: 2_000, accounts: 500, departments: 50 })
    console.log(`RESULT ${JSON.stringify(seeded)}`)
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-inspection-'))
    const result = await measure(dir, uri, label, now)
    fs.rmSync(dir, { recursive: true, force: true })
    console.log(`RESULT ${JSON.stringify(result)}`)
  }
  process.exit(0)
}
