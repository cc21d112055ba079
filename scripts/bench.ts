// `npm run bench`: measures what the issues ask for and writes bench-results/figures.json (never asserted in tests).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchPrecheck } from './bench/precheck'
import { spawnSync } from 'node:child_process'
import type { WorkflowBench } from './bench/workflow'
import { startCluster } from './pgCluster.mjs'

const only = process.argv.slice(2)
const wanted = (name: string) => only.length === 0 || only.includes(name)
const figures: Record<string, unknown> = { machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, at: new Date().toISOString() }

if (wanted('precheck')) {
  figures.precheck = await benchPrecheck()
  console.log('precheck', figures.precheck)
}
const benchWorkflow = (uri: string, label: string): WorkflowBench => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/workflow.ts', uri, label], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`workflow benchmark on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}

if (wanted('workflow')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.workflowSqlite = benchWorkflow(`file:${path.join(dir, 'bench.db')}`, 'sqlite')
  console.log('workflow sqlite', JSON.stringify(figures.workflowSqlite))
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (uri) {
    const admin = new (await import('pg')).default.Client({ connectionString: uri })
    await admin.connect()
    await admin.query('CREATE DATABASE gongkai_bench')
    await admin.end()
    const url = new URL(uri)
    url.pathname = '/gongkai_bench'
    figures.workflowPostgres = benchWorkflow(url.toString(), 'postgres')
    console.log('workflow postgres', JSON.stringify(figures.workflowPostgres))
    cluster?.stop()
  } else {
    figures.workflowPostgres = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

// The content API on SQLite and PostgreSQL (issues 6 and 17), each in a child process: the config reads DATABASE_URI at
// import, and --expose-gc lets the replay measure its heap. BENCH_CONTENT_CHANGES (100,000) sizes the replay.
const benchContent = (uri: string, label: string) => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/contentApi.ts', uri, '10000', process.env.BENCH_CONTENT_CHANGES ?? '100000', label], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc` },
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`content API benchmark on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}
/** A fresh database on the bench's PostgreSQL (BENCH_DATABASE_URI, else a throwaway cluster), or null without one. */
const postgresDatabase = async (name: string) => {
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (!uri) return null
  const admin = new (await import('pg')).default.Client({ connectionString: uri })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(uri)
  url.pathname = `/${name}`
  return { uri: url.toString(), stop: () => cluster?.stop() }
}
const NO_POSTGRES = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
if (wanted('content-api')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.contentApi = benchContent(`file:${path.join(dir, 'bench.db')}`, 'sqlite')
  console.log('content api sqlite', JSON.stringify(figures.contentApi))
  const postgres = await postgresDatabase('gongkai_bench_content')
  figures.contentApiPostgres = postgres ? benchContent(postgres.uri, 'postgres') : NO_POSTGRES
  postgres?.stop()
  console.log('content api postgres', JSON.stringify(figures.contentApiPostgres))
  fs.rmSync(dir, { recursive: true, force: true })
}

// The admin list as a 信息报送员 over the audit benchmark's portal (issue 17: p50 under 100 ms): seed, then measure.
const adminListStep = (uri: string, label: string, step: 'seed' | 'run') => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/adminList.ts', uri, label, step, String(Date.now())], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`admin list benchmark (${step}) on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}
const benchAdminList = (uri: string, label: string) => ({ ...adminListStep(uri, label, 'seed'), ...adminListStep(uri, label, 'run') })
if (wanted('admin-list')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.adminListSqlite = benchAdminList(`file:${path.join(dir, 'admin-list.db')}`, 'sqlite')
  console.log('admin list sqlite', JSON.stringify(figures.adminListSqlite))
  const postgres = await postgresDatabase('gongkai_bench_admin_list')
  figures.adminListPostgres = postgres ? benchAdminList(postgres.uri, 'postgres') : NO_POSTGRES
  postgres?.stop()
  console.log('admin list postgres', JSON.stringify(figures.adminListPostgres))
  fs.rmSync(dir, { recursive: true, force: true })
}

// Document creates with 索引号 allocation (issue 17; goal: 50/s on each database, gap-free): N=200 drafts, 20 at a time,
// by one editor over HTTP to the production server in its own process — one worker, then SERVER_WORKERS=2 (the
// machine's two cores) — and through the Local API, on SQLite and a throwaway PostgreSQL, each run on fresh databases.
const benchCreates = (httpUri: string, localUri: string, label: string, workers: number) => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/creates.ts', httpUri, localUri, label, process.env.BENCH_CREATES || '500', process.env.BENCH_CREATES_PARALLEL || '20'], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_SERVER_WORKERS: String(workers) },
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`creates benchmark on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return { workers, ...JSON.parse(line.slice('RESULT '.length)), loadAverage: os.loadavg().map((l) => +l.toFixed(2)) }
}
if (wanted('creates')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.createsSqlite = [1, 2].map((workers) => {
    const result = benchCreates(`file:${path.join(dir, `creates-http-${workers}.db`)}`, workers === 1 ? `file:${path.join(dir, 'creates-local.db')}` : '-', 'sqlite', workers)
    console.log('creates sqlite', JSON.stringify(result))
    return result
  })
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (uri) {
    const admin = new (await import('pg')).default.Client({ connectionString: uri })
    await admin.connect()
    const named = (name: string) => {
      const url = new URL(uri)
      url.pathname = `/${name}`
      return url.toString()
    }
    for (const name of ['gongkai_bench_creates_http1', 'gongkai_bench_creates_http2', 'gongkai_bench_creates_local']) await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    try {
      figures.createsPostgres = [1, 2].map((workers) => {
        const result = benchCreates(named(`gongkai_bench_creates_http${workers}`), workers === 1 ? named('gongkai_bench_creates_local') : '-', 'postgres', workers)
        console.log('creates postgres', JSON.stringify(result))
        return result
      })
    } finally {
      cluster?.stop()
    }
  } else {
    figures.createsPostgres = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

// The load run (issue 17, `npm run test:load`): N anonymous readers and M crews running the whole workflow at once on
// PostgreSQL; throughput and p50/p99 per route, and its checks (it fails the bench if any is violated).
if (wanted('load')) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/loadTest.ts'], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`load run failed:\n${run.stdout.slice(-5000)}\n${run.stderr.slice(-5000)}`)
  const load = JSON.parse(fs.readFileSync('bench-results/load.json', 'utf8'))
  figures.load = { ...load, loadAverage: os.loadavg().map((l) => +l.toFixed(2)) }
  console.log(run.stdout.split('\n').filter((l) => /^(load run|route|\/|POST|GET|PATCH|all checks)/.test(l)).join('\n'))
}

// The daily audit over 100,000 documents, 2,000 columns and 500 accounts (issue 5): seed, then audit, each in its own process.
const auditStep = (uri: string, label: string, step: 'seed' | 'run', now: number) => {
  // The audit runs with its heap capped (AUDIT_BENCH_HEAP_MB, 384): finishing at all shows it streams instead of loading everything.
  const heap = step === 'run' ? ` --max-old-space-size=${process.env.AUDIT_BENCH_HEAP_MB || 384}` : ''
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${heap}` }
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/audit.ts', uri, label, step, String(now)], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`audit benchmark (${step}) on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}
const benchAudit = (uri: string, label: string) => {
  const now = Date.now()
  return { ...auditStep(uri, label, 'seed', now), ...auditStep(uri, label, 'run', now) }
}
if (wanted('audit')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.auditSqlite = benchAudit(`file:${path.join(dir, 'audit.db')}`, 'sqlite')
  console.log('audit sqlite', JSON.stringify(figures.auditSqlite))
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (uri) {
    const admin = new (await import('pg')).default.Client({ connectionString: uri })
    await admin.connect()
    await admin.query('CREATE DATABASE gongkai_bench_audit')
    await admin.end()
    const url = new URL(uri)
    url.pathname = '/gongkai_bench_audit'
    figures.auditPostgres = benchAudit(url.toString(), 'postgres')
    console.log('audit postgres', JSON.stringify(figures.auditPostgres))
    cluster?.stop()
  } else {
    figures.auditPostgres = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

// The 季度检查看板's endpoint over the audit benchmark's portal (issue 15; goal: under 1 s), against the light read
// `GET /api/departments` on the same server: seed (scripts/bench/audit.ts's seed), then measure, each in its own process.
const inspectionStep = (uri: string, label: string, step: 'seed' | 'run', now: number) => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/inspection.ts', uri, label, step, String(now)], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`inspection benchmark (${step}) on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}
const benchInspection = (uri: string, label: string) => {
  const now = Date.now()
  return { ...inspectionStep(uri, label, 'seed', now), ...inspectionStep(uri, label, 'run', now) }
}
if (wanted('inspection')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.inspectionSqlite = benchInspection(`file:${path.join(dir, 'inspection.db')}`, 'sqlite')
  console.log('inspection sqlite', JSON.stringify(figures.inspectionSqlite))
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (uri) {
    const admin = new (await import('pg')).default.Client({ connectionString: uri })
    await admin.connect()
    await admin.query('CREATE DATABASE gongkai_bench_inspection')
    await admin.end()
    const url = new URL(uri)
    url.pathname = '/gongkai_bench_inspection'
    figures.inspectionPostgres = benchInspection(url.toString(), 'postgres')
    console.log('inspection postgres', JSON.stringify(figures.inspectionPostgres))
    cluster?.stop()
  } else {
    figures.inspectionPostgres = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

// The GraphQL cost attack of issue 11 while light reads are measured (the goal: their p99 stays under 1 s).
const benchSecurity = (uri: string, label: string) => {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/bench/security.ts', uri, label], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`security benchmark on ${label} failed:\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(line.slice('RESULT '.length))
}
if (wanted('security')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-db-'))
  figures.securitySqlite = benchSecurity(`file:${path.join(dir, 'security.db')}`, 'sqlite')
  console.log('security sqlite', JSON.stringify(figures.securitySqlite))
  const cluster = process.env.BENCH_DATABASE_URI ? null : await startCluster()
  const uri = process.env.BENCH_DATABASE_URI ?? cluster?.uri
  if (uri) {
    const admin = new (await import('pg')).default.Client({ connectionString: uri })
    await admin.connect()
    await admin.query('CREATE DATABASE gongkai_bench_security')
    await admin.end()
    const url = new URL(uri)
    url.pathname = '/gongkai_bench_security'
    figures.securityPostgres = benchSecurity(url.toString(), 'postgres')
    console.log('security postgres', JSON.stringify(figures.securityPostgres))
    cluster?.stop()
  } else {
    figures.securityPostgres = 'skipped: no PostgreSQL server (apt-get install postgresql or set BENCH_DATABASE_URI)'
  }
  fs.rmSync(dir, { recursive: true, force: true })
}

// Time-to-usable of the admin pages in the production build, in Debian's chromium (issue 13, point 10); `admin-dev`
// measures the same against `npm run dev` (only when asked: a development server compiles each page on first visit).
for (const mode of ['production', 'dev'] as const) {
  const name = mode === 'production' ? 'admin' : 'admin-dev'
  if (mode === 'production' ? !wanted(name) : !only.includes(name)) continue
  const { benchAdminPages, reportLines } = await import('./bench/adminPages')
  const result = await benchAdminPages({ mode })
  figures[mode === 'production' ? 'adminPages' : 'adminPagesDev'] = result
  for (const line of reportLines(result)) console.log(line)
}

fs.mkdirSync('bench-results', { recursive: true })
const previous = fs.existsSync('bench-results/figures.json') && only.length > 0 ? JSON.parse(fs.readFileSync('bench-results/figures.json', 'utf8')) : {}
fs.writeFileSync('bench-results/figures.json', JSON.stringify({ ...previous, ...figures }, null, 2))
console.log('written bench-results/figures.json')
process.exit(0)
