// Content API benchmark on one database: anonymous list and by-id reads through the cached API, the uncached API,
// and the same JSON as static files from the same Express server (the ceiling); then a full change-feed replay.
// Uncached: no response cache (a random query string misses it), so every request is answered by the read path of
// src/server/publicRenditions.ts. Two harder cases (issue 17): the list with a new query every request (a different
// `where[publishedAt][less_than]`, so even the page of ids is read anew), and "cold", Payload alone (renditions off).
// Ratios are API ÷ static (req/s): 1 means as fast as the file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AddressInfo } from 'node:net'
import express from 'express'
import autocannon from 'autocannon'
import type { CollectionSlug } from 'payload'

type Load = { requestsPerSec: number; p50Ms: number; p99Ms: number; errors: number }
type Cases = 'cached' | 'uncached' | 'cold' | 'static'
export type ContentApiBench = {
  database: string
  documents: number
  list: Record<Cases | 'newQuery', Load> & { cachedVsStatic: number; uncachedVsStatic: number; newQueryVsStatic: number; coldVsStatic: number }
  byId: Record<Cases, Load> & { cachedVsStatic: number; uncachedVsStatic: number; coldVsStatic: number }
  goals: { listUncached: string; byIdUncached: string; met: boolean }
  replay: { items: number; pages: number; seconds: number; itemsPerSec: number; peakHeapDeltaMiB: number; heapDeltaAt10kMiB: number; retainedHeapFirstMiB: number; retainedHeapLastMiB: number; peakRssMiB: number } | null
}

/** Issue 17's goals, as API ÷ static (req/s) without the response cache. */
export const CONTENT_API_GOALS = { listUncached: 0.25, byIdUncached: 0.5 } as const

const DURATION = Number(process.env.BENCH_SECONDS || 8)

const load = (url: string, paths: string[]): Promise<Load> =>
  new Promise((resolve, reject) => {
    let i = 0
    autocannon(
      { url, connections: 10, duration: DURATION, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }] },
      (error, result) => {
        if (error) return reject(error)
        resolve({ requestsPerSec: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.non2xx })
      },
    )
  })

/** Closes Payload, and the PostgreSQL pool that destroy() leaves open. */
const closePayload = async (payload: { db: unknown; destroy: () => Promise<void> }) => {
  const pool = (payload.db as { pool?: { on: (e: string, f: () => void) => void; end: () => Promise<void> } }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
}

const listen = async (app: express.Express) => {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

export const benchContentApi = async (databaseUri: string, documents = 10_000, changes = 100_000, label = 'sqlite'): Promise<ContentApiBench> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-api-'))
  Object.assign(process.env, { DATABASE_URI: databaseUri, SEED_DEMO: 'false', SCHEDULER: 'off', LOG_LEVEL: 'fatal', MEDIA_DIR: path.join(dir, 'media'), WEBHOOK_POLL_MS: '60000' })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'bench-content-api' })
  const { createApp } = await import('../../src/server/createApp')
  const { computeOrganizationCodeCheck, computeUsccCheck } = await import('../../domain/organizationCode')
  const { lexicalFromParagraphs } = await import('../../domain/lexicalText')
  const org = '23456789' + computeOrganizationCodeCheck('23456789')
  const code = `11421123${org}` + computeUsccCheck(`11421123${org}`)
  const dept = await payload.create({ collection: 'departments', data: { name: '基准测试局', code, kind: 'department' } })
  const column = await payload.create({ collection: 'columns', data: { title: '基准栏目', slug: 'bench', kind: 'news', status: 'open' } })
  const body = lexicalFromParagraphs(Array.from({ length: 8 }, (_, i) => `第${i + 1}段：全县统筹推进各项重点工作，持续优化营商环境，扎实做好民生保障。`))

  // Bulk data straight through the adapter (the workflow would take hours for 10,000 items), in batches.
  const batch = async (count: number, row: (i: number) => { collection: CollectionSlug; data: Record<string, unknown> }) => {
    for (let start = 0; start < count; start += 1000) {
      const transactionID = await payload.db.beginTransaction()
      const req = { transactionID: transactionID ?? undefined, payload }
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const { collection, data } = row(i)
        await payload.db.create({ collection, data, req })
      }
      await payload.db.commitTransaction(transactionID!)
    }
  }
  const now = Date.now()
  await batch(documents, (i) => ({
    collection: 'documents',
    data: {
      title: `基准信息${i}`, column: column.id, department: dept.id, indexNumber: `${code}/2026-${String(i + 1).padStart(5, '0')}`,
      formedAt: new Date(now - i * 60_000).toISOString(), publishedAt: new Date(now - i * 60_000).toISOString(), kind: 'news',
      disclosure: 'proactive', validity: 'valid', body, _status: 'published', reviewState: 'published',
    },
  }))
  const ids = (await payload.find({ collection: 'documents', limit: 200, depth: 0, select: {}, overrideAccess: true })).docs.map((d) => d.id)

  const limits = { publicReadsPerMinute: 1e12, staffReadsPerMinute: 1e12, loginPerWindow: 1e12 }
  const staticDir = path.join(dir, 'static')
  fs.mkdirSync(path.join(staticDir, 'documents'), { recursive: true })
  const cachedOuter = express()
  cachedOuter.use('/static', express.static(staticDir))
  cachedOuter.use(createApp({ payload, config, limits }))
  const cached = await listen(cachedOuter)
  const uncached = await listen(createApp({ payload, config, limits, cache: { enabled: false } }))
  const cold = await listen(createApp({ payload, config, limits, cache: { enabled: false }, renditions: { enabled: false } }))

  const listPath = '/api/documents?limit=20&depth=1&sort=-publishedAt'
  fs.writeFileSync(path.join(staticDir, 'list.json'), await (await fetch(`${uncached.url}${listPath}`)).text())
  for (const id of ids) fs.writeFileSync(path.join(staticDir, 'documents', `${id}.json`), await (await fetch(`${uncached.url}/api/documents/${id}?depth=1`)).text())
  const byIdPaths = ids.map((id) => `/api/documents/${id}?depth=1`)

  // Each server answers every path once before it is timed: the cached one from its cache, the uncached one from its renditions.
  const warm = async (url: string, paths: string[]) => {
    for (const p of paths) await (await fetch(`${url}${p}`)).arrayBuffer()
  }
  const ratio = (api: Load, file: Load) => +(api.requestsPerSec / Math.max(1, file.requestsPerSec)).toFixed(3)
  const run = async (paths: string[], staticPaths: string[]) => {
    await warm(cached.url, paths)
    const cachedLoad = await load(cached.url, paths)
    await warm(uncached.url, paths)
    const uncachedLoad = await load(uncached.url, paths)
    const result = { cached: cachedLoad, uncached: uncachedLoad, cold: await load(cold.url, paths), static: await load(cached.url, staticPaths) }
    return { ...result, cachedVsStatic: ratio(result.cached, result.static), uncachedVsStatic: ratio(result.uncached, result.static), coldVsStatic: ratio(result.cold, result.static) }
  }
  // A new query every request: the page's ids are read again each time (the newest items, so the same twenty).
  const future = Date.now() + 86_400_000
  const newQueries = Array.from({ length: 200_000 }, (_, i) => `${listPath}&where[publishedAt][less_than]=${new Date(future + i).toISOString()}`)
  const listRun = await run([listPath], ['/static/list.json'])
  const newQuery = await load(uncached.url, newQueries)
  const list = { ...listRun, newQuery, newQueryVsStatic: ratio(newQuery, listRun.static) }
  console.log('list', JSON.stringify(list))
  const byId = await run(byIdPaths, ids.map((id) => `/static/documents/${id}.json`))
  console.log('byId', JSON.stringify(byId))
  const goals = {
    listUncached: `list without the response cache ≥ ${CONTENT_API_GOALS.listUncached} × static: ${list.uncachedVsStatic} (a new query each request ${list.newQueryVsStatic}, Payload alone ${list.coldVsStatic})`,
    byIdUncached: `by id without the response cache ≥ ${CONTENT_API_GOALS.byIdUncached} × static: ${byId.uncachedVsStatic} (Payload alone ${byId.coldVsStatic})`,
    met: list.uncachedVsStatic >= CONTENT_API_GOALS.listUncached && byId.uncachedVsStatic >= CONTENT_API_GOALS.byIdUncached,
  }
  if (changes <= 0) {
    for (const s of [cached, uncached, cold]) s.server.close()
    await closePayload(payload)
    fs.rmSync(dir, { recursive: true, force: true })
    return { database: label, documents, list, byId, goals, replay: null }
  }

  // 100,000 log entries, then a consumer reads them all page by page (it keeps a count, not the items).
  const { SEQUENCE_KEY } = await import('../../plugins/contentApi/collections/PublicChanges')
  await batch(changes, (i) => ({
    collection: 'public-changes',
    data: { key: `documents:bench-${i}`, seq: 1_000_000 + i, subjectCollection: 'documents', itemId: String(i), op: i % 10 === 0 ? 'delete' : 'upsert', at: new Date(now + i).toISOString() },
  }))
  const counter = await payload.db.findOne<{ id: number }>({ collection: 'public-changes', where: { key: { equals: SEQUENCE_KEY } } })
  await payload.db.updateOne({ collection: 'public-changes', id: counter!.id, data: { seq: 1_000_000 + changes } })
  global.gc?.()
  const heapBase = process.memoryUsage().heapUsed
  let peakHeap = heapBase
  let peakRss = process.memoryUsage().rss
  let heapAt10k = 0
  const retained: number[] = []
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakRss = Math.max(peakRss, m.rss)
  }, 20)
  const started = performance.now()
  let cursor = ''
  let items = 0
  let pages = 0
  for (;;) {
    const page = (await (await fetch(`${cached.url}/api/public/changes?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json()) as { items: unknown[]; nextCursor: string; hasMore: boolean }
    items += page.items.length
    pages += 1
    if (items >= 10_000 && !heapAt10k) heapAt10k = peakHeap
    // Retained heap (after a collection) every 20 pages: constant when the replay streams.
    if (pages % 20 === 0 && global.gc) {
      global.gc()
      retained.push(process.memoryUsage().heapUsed)
    }
    cursor = page.nextCursor
    if (!page.hasMore) break
  }
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  for (const s of [cached, uncached, cold]) s.server.close()
  await closePayload(payload)
  fs.rmSync(dir, { recursive: true, force: true })
  const mib = (n: number) => +(n / 2 ** 20).toFixed(1)
  return {
    database: label,
    documents,
    list,
    byId,
    goals,
    replay: { items, pages, seconds: +seconds.toFixed(2), itemsPerSec: Math.round(items / seconds), peakHeapDeltaMiB: mib(peakHeap - heapBase), heapDeltaAt10kMiB: mib(heapAt10k - heapBase), retainedHeapFirstMiB: mib(retained[0] ?? 0), retainedHeapLastMiB: mib(retained[retained.length - 1] ?? 0), peakRssMiB: mib(peakRss) },
  }
}

if (process.argv[1]?.endsWith('contentApi.ts') && process.argv[2]) {
  const result = await benchContentApi(process.argv[2], Number(process.argv[3] || 10_000), Number(process.argv[4] ?? 100_000), process.argv[5] || 'sqlite')
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exit(0)
}
