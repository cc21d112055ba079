// The GraphQL cost attack of issue 11 against the real Express door, while light anonymous reads are measured:
// the server runs in a child process (as in production: attackers and readers share its one event loop, not the
// load generator's), seeded with the demo county plus `BENCH_SECURITY_DOCUMENTS` published documents with bodies.
// Phases: light reads alone, then with parallel attackers sending the probe's query (24 aliases of
// Documents(limit: 0) with bodyHtml and joins), then with attackers sending the costliest query the limits let through.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
// The probe ran three attackers in parallel.
const ATTACKERS = Number(process.env.BENCH_SECURITY_ATTACKERS || 3)
const READERS = 2
const LIGHT_PATH = '/api/departments'

type Load = { requests: number; requestsPerSec: number; p50Ms: number; p99Ms: number; maxMs: number; non2xx: number; errors: number; timeouts: number }
type Phase = { light: Load; attack?: Load & { statuses: Record<string, number>; answer: string } }
export type SecurityBench = {
  database: string
  documents: number
  attackers: number
  seconds: number
  baseline: Phase
  probeAttack: Phase
  maxCostAttack: Phase
  goal: string
  goalMet: boolean
}

const HEAVY = 'docs { id title bodyHtml column { title slug } interpretations { docs { id title bodyHtml } } }'
/** The probe's request: about 4 KB, 24 aliases of every document with its HTML, column and interpretations. */
export const PROBE_QUERY = `{ ${Array.from({ length: 24 }, (_, i) => `a${i}: Documents(limit: 0) { ${HEAVY} }`).join(' ')} }`
/** Just under the anonymous cost limit (3,000): 72 documents with their HTML, column and department (cost 2,954). */
export const MAX_COST_QUERY = `{ ${[
  [1, 40],
  [2, 32],
]
  .map(([page, limit]) => `p${page}: Documents(limit: ${limit}, page: ${page}) { docs { id title indexNumber publishedAt bodyHtml column { title slug } department { name } } }`)
  .join(' ')} }`

const summarize = (result: autocannon.Result): Load => ({
  requests: result.requests.total,
  requestsPerSec: Math.round(result.requests.average * 10) / 10,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  maxMs: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
})

const cannon = (options: autocannon.Options, statuses?: Record<string, number>): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: 60, ...options }, (error, result) => (error ? reject(error) : resolve(result)))
    if (statuses) instance.on('response', (_client: unknown, status: number) => (statuses[status] = (statuses[status] ?? 0) + 1))
  })

const phase = async (url: string, attackQuery?: string): Promise<Phase> => {
  const statuses: Record<string, number> = {}
  // What one attack request gets: data (let through, bounded) or the refusal, and how long it takes alone.
  let answer = ''
  if (attackQuery) {
    const started = Date.now()
    const res = (await (await fetch(`${url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: attackQuery }) })).json()) as { data?: Record<string, { docs: unknown[] }>; errors?: Array<{ message: string }> }
    const items = res.data ? Object.values(res.data).reduce((n, page) => n + page.docs.length, 0) : 0
    answer = res.errors ? `refused in ${Date.now() - started} ms: ${res.errors[0].message}` : `${items} items in ${Date.now() - started} ms`
  }
  const attack = attackQuery
    ? cannon(
        {
          url: `${url}/api/graphql`,
          method: 'POST',
          connections: ATTACKERS,
          duration: SECONDS,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: attackQuery }),
        },
        statuses,
      )
    : null
  // Readers start once the attack is under way, and stop with it.
  if (attack) await new Promise((r) => setTimeout(r, 300))
  const light = await cannon({ url: `${url}${LIGHT_PATH}`, connections: READERS, duration: attack ? SECONDS - 0.6 : SECONDS })
  const attackResult = attack ? await attack : null
  return { light: summarize(light), ...(attackResult ? { attack: { ...summarize(attackResult), statuses, answer } } : {}) }
}

const startServer = (databaseUri: string, documents: number): Promise<{ child: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/bench/security.ts', '--serve', databaseUri, String(documents)], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const ready = /READY (\S+)/.exec(output)
      if (ready) resolve({ child, url: ready[1] })
    })
    child.on('exit', (code) => reject(new Error(`security bench server exited (${code}):\n${output}`)))
  })

export const benchSecurity = async (databaseUri: string, label: string, documents = Number(process.env.BENCH_SECURITY_DOCUMENTS || 500)): Promise<SecurityBench> => {
  const { child, url } = await startServer(databaseUri, documents)
  try {
    // Warm up (schema build, caches) before measuring.
    await cannon({ url: `${url}${LIGHT_PATH}`, connections: 1, amount: 20 })
    await fetch(`${url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: MAX_COST_QUERY }) })
    const baseline = await phase(url)
    const probeAttack = await phase(url, PROBE_QUERY)
    const maxCostAttack = await phase(url, MAX_COST_QUERY)
    const worst = Math.max(probeAttack.light.p99Ms, maxCostAttack.light.p99Ms)
    return {
      database: label,
      documents,
      attackers: ATTACKERS,
      seconds: SECONDS,
      baseline,
      probeAttack,
      maxCostAttack,
      goal: 'p99 of light reads during the attack < 1000 ms',
      // No light read answered during an attack phase means every one waited longer than the phase.
      goalMet: worst < 1000 && [probeAttack, maxCostAttack].every((p) => p.light.requests > 0 && p.light.non2xx === 0 && p.light.timeouts === 0),
    }
  } finally {
    child.kill('SIGTERM')
  }
}

/** The server side: Payload on a fresh database with the demo county and bulk documents, behind the real door. */
const serve = async (databaseUri: string, documents: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-security-'))
  Object.assign(process.env, {
    DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'), WEBHOOK_POLL_MS: '600000',
  })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'server' })
  const { seedDemo } = await import('../../src/seed/seedDemo')
  await seedDemo(payload)
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const { docs: [column] } = await payload.find({ collection: 'columns', limit: 1, depth: 0, overrideAccess: true })
  const { docs: [department] } = await payload.find({ collection: 'departments', limit: 1, depth: 0, overrideAccess: true })
  const code = String((department as { code: string }).code)
  const body = lexicalFromParagraphs(Array.from({ length: 12 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障，认真落实政府信息公开各项要求。`))
  const now = Date.now()
  for (let start = 0; start < documents; start += 500) {
    const transactionID = await payload.db.beginTransaction()
    const req = { transactionID: transactionID ?? undefined, payload }
    for (let i = start; i < Math.min(documents, start + 500); i++) {
      await payload.db.create({
        collection: 'documents',
        data: {
          title: `基准信息${i}`, column: column.id, department: department.id, indexNumber: `${code}/2019-${String(i + 1).padStart(5, '0')}`,
          formedAt: new Date(now - i * 60_000).toISOString(), publishedAt: new Date(now - i * 60_000).toISOString(), kind: 'news',
          disclosure: 'proactive', validity: 'valid', body, _status: 'published', reviewState: 'published',
        },
        req,
      })
    }
    await payload.db.commitTransaction(transactionID!)
  }
  const { createApp } = await import('../../src/server/createApp')
  // Rate limits out of the way: this measures what the cost limits and the GraphQL slots achieve on their own.
  const app = createApp({ payload, config, limits: { publicReadsPerMinute: 1e12, staffReadsPerMinute: 1e12, loginPerWindow: 1e12 } })
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number }
    console.log(`READY http://127.0.0.1:${address.port}`)
  })
  process.on('SIGTERM', () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
    fs.rmSync(dir, { recursive: true, force: true })
  })
}

if (process.argv[1]?.endsWith('security.ts')) {
  if (process.argv[2] === '--serve') await serve(process.argv[3], Number(process.argv[4] || 500))
  else if (process.argv[2]) {
    const result = await benchSecurity(process.argv[2], process.argv[3] || 'sqlite')
    console.log(`RESULT ${JSON.stringify(result)}`)
    process.exit(0)
  }
}
