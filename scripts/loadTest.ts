/**
 * `npm run test:load` (issue 17): the load run on PostgreSQL, bounded in time, on loopback.
 * A throwaway cluster (scripts/pgCluster.mjs) unless LOAD_DATABASE_URI names a database; the server runs as it does
 * in production (API only); LOAD_URL runs against a server that is already up instead (an empty database).
 * LOAD_SECONDS (60), LOAD_READERS (20), LOAD_CREWS (6), LOAD_DEPARTMENTS (3). The figures go to
 * bench-results/load.json; any violation fails the run (exit 1).
 */
import fs from 'node:fs'
import path from 'node:path'
import { runLoad } from './load/loadRun'
import { LOAD_LIMITS, repoRoot, startServer } from './load/serverProcess'
import { startCluster } from './pgCluster.mjs'

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)
const seconds = num('LOAD_SECONDS', 60)
const readers = num('LOAD_READERS', 20)
const crews = num('LOAD_CREWS', 6)
const departments = num('LOAD_DEPARTMENTS', 3)

const cluster = process.env.LOAD_URL || process.env.LOAD_DATABASE_URI ? null : await startCluster()
if (!process.env.LOAD_URL && !process.env.LOAD_DATABASE_URI && !cluster) {
  console.error('test:load 需要 PostgreSQL：apt-get install postgresql，或设置 LOAD_DATABASE_URI / LOAD_URL')
  process.exit(1)
}
let server: Awaited<ReturnType<typeof startServer>> | null = null
let failed = true
try {
  let url = process.env.LOAD_URL
  if (!url) {
    server = await startServer({ DATABASE_URI: process.env.LOAD_DATABASE_URI ?? cluster!.uri, SCHEDULER: 'off', DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '20', ...LOAD_LIMITS })
    url = server.url
  }
  const started = Date.now()
  const result = await runLoad({ url, seconds, readers, crews, departments, log: (line) => console.log(line) })
  console.log(`\nload run: ${result.seconds} s, ${readers} readers, ${result.crews} crews; ${result.items.created} items (${result.items.published} published), ${result.transitions} transitions`)
  console.log('route'.padEnd(34), 'requests', '   req/s', '   p50 ms', '   p99 ms', ' 5xx', ' 4xx')
  for (const r of result.routes) console.log(r.route.padEnd(34), String(r.requests).padStart(8), String(r.perSecond).padStart(8), String(r.p50Ms).padStart(9), String(r.p99Ms).padStart(9), String(r.status5xx).padStart(4), String(r.status4xx).padStart(4))
  const out = path.join(repoRoot, 'bench-results')
  fs.mkdirSync(out, { recursive: true })
  fs.writeFileSync(path.join(out, 'load.json'), JSON.stringify({ at: new Date().toISOString(), database: 'postgres', wallSeconds: Math.round((Date.now() - started) / 1000), ...result }, null, 2))
  if (result.violations.length) {
    console.error(`\n${result.violations.length} violation(s):`)
    for (const v of result.violations.slice(0, 50)) console.error(`  - ${v}`)
  } else {
    console.log('\nall checks passed: no 5xx, every acknowledged write present, published items public, nothing non-public returned, one register entry per transition, gap-free serials')
    failed = false
  }
} catch (error) {
  console.error(error)
  if (server) console.error(server.output().slice(-5000))
} finally {
  await server?.stop()
  cluster?.stop()
}
process.exit(failed ? 1 : 0)
