// Workflow endpoint latency over real HTTP: submit → 初审 → 保密审查 → 终审 for N fresh items, on one database.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AddressInfo } from 'node:net'
import type { Document } from '../../src/payload-types'

export type WorkflowBench = {
  database: string
  items: number
  perAction: Record<string, { medianMs: number; p95Ms: number }>
  chainMedianMs: number
  chainP95Ms: number
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1))
}

export const benchWorkflow = async (databaseUri: string, label: string, items = 30): Promise<WorkflowBench> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'))
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: `bench-${label}` })
  const { createApp } = await import('../../src/server/createApp')
  const app = createApp({ payload, config, limits: { publicReadsPerMinute: 1e9, staffReadsPerMinute: 1e9, loginPerWindow: 1e9 } })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const { computeOrganizationCodeCheck, computeUsccCheck } = await import('../../domain/organizationCode')
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const org = '12345678' + computeOrganizationCodeCheck('12345678')
  const code = `11421123${org}` + computeUsccCheck(`11421123${org}`)
  const dept = await payload.create({ collection: 'departments', data: { name: '基准测试局', code, kind: 'department' } })
  const column = await payload.create({ collection: 'columns', data: { title: '基准栏目', slug: `bench-${label}`, kind: 'news', status: 'open' } })
  const tokens: Record<string, string> = {}
  for (const role of ['editor', 'reviewer', 'secrecy', 'approver'] as const) {
    const email = `${role}-${label}@bench.gov.cn`
    await payload.create({ collection: 'users', data: { name: role, email, password: 'Bench@2026-pass', roles: [role], department: dept.id } })
    const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'Bench@2026-pass' }) })
    tokens[role] = ((await res.json()) as { token: string }).token
  }
  const steps = [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve'], ['approver', 'approve']] as const
  const times: Record<string, number[]> = { submit: [], first: [], secrecy: [], final: [] }
  const chains: number[] = []
  const body = lexicalFromParagraphs(Array.from({ length: 20 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障。`)) as Document['body']
  for (let i = 0; i < items; i++) {
    const doc = await payload.create({ collection: 'documents', draft: true, data: { title: `基准稿件${i}`, column: column.id, department: dept.id, formedAt: new Date().toISOString(), disclosure: 'proactive', body, _status: 'draft' } })
    const chainStart = performance.now()
    for (const [index, [role, action]] of steps.entries()) {
      const start = performance.now()
      const res = await fetch(`${base}/api/documents/${doc.id}/workflow`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` }, body: JSON.stringify({ action }) })
      if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${await res.text()}`)
      times[['submit', 'first', 'secrecy', 'final'][index]].push(performance.now() - start)
    }
    chains.push(performance.now() - chainStart)
  }
  server.close()
  const pool = (payload.db as typeof payload.db & { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
  return {
    database: label,
    items,
    perAction: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { medianMs: quantile(v, 0.5), p95Ms: quantile(v, 0.95) }])),
    chainMedianMs: quantile(chains, 0.5),
    chainP95Ms: quantile(chains, 0.95),
  }
}

// Run directly with a database URI: a fresh process per database, since the config reads DATABASE_URI on import.
if (process.argv[1]?.endsWith('workflow.ts') && process.argv[2]) {
  const result = await benchWorkflow(process.argv[2], process.argv[3] ?? 'db')
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}
