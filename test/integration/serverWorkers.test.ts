/**
 * SERVER_WORKERS (src/server/workers.ts): the server as several worker processes on one port, so that a machine's
 * cores all serve (issue 17: creates and reads are bound by one process's CPU). The workers share the database: a
 * burst of creates through them gets gap-free 索引号 (the counter is locked across processes, not in one); a worker
 * killed is replaced while the other serves; SIGTERM stops them all; a worker that cannot start stops the server.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freshDatabase, testDialect } from '../helpers/testPayload'
import { startServerProcess, waitFor, type ServerProcess } from '../helpers/serverProcess'
import { body, makeUscc } from '../helpers/fixtures'

const onSql = testDialect() !== 'mongodb'
const describeSql = onSql ? describe : describe.skip
const PASSWORD = 'Workers@2026-pass'

/** The live (not zombie) worker processes (running src/server.ts) whose parent is `pid`, from /proc. */
const childrenOf = (pid: number): number[] =>
  fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const [state, parent] = fs.readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
        return Number(parent) === pid && state !== 'Z' && fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('src/server.ts')
      } catch {
        return false
      }
    })
    .map(Number)

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const production = (env: Record<string, string>) => ({
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation --conditions=production',
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  SCHEDULER: 'off',
  PUBLIC_RATE_LIMIT: '1000000',
  STAFF_RATE_LIMIT: '1000000',
  LOGIN_RATE_LIMIT: '100000',
  ...env,
})

describeSql('SERVER_WORKERS: several worker processes on one port', () => {
  let dir: string
  let db: Awaited<ReturnType<typeof freshDatabase>>
  let server: ServerProcess

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-workers-'))
    db = await freshDatabase(testDialect(), dir)
    server = await startServerProcess(production({ SERVER_WORKERS: '2', DATABASE_URI: db.uri, MEDIA_DIR: path.join(dir, 'media'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') }), 240_000)
    // Each worker logs its start once it listens.
    await waitFor('two workers listening', () => (server.output().match(/政务公开管理平台已启动/g) ?? []).length === 2, 240_000, 100)
    expect(childrenOf(server.child.pid!)).toHaveLength(2)
  })

  afterAll(async () => {
    await server?.kill('SIGKILL')
    for (const pid of server ? childrenOf(server.child.pid!) : []) process.kill(pid, 'SIGKILL')
    await db?.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const call = async (method: string, route: string, token: string | null, data?: unknown) => {
    const res = await fetch(`${server.url}${route}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) }, body: data === undefined ? undefined : JSON.stringify(data) })
    const json = (await res.json()) as Record<string, any>
    if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
    return json
  }

  it('creates through both workers get gap-free 索引号, and both workers serve', async () => {
    const [first, second] = childrenOf(server.child.pid!)
    const cpu = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ').slice(11, 13).map(Number).reduce((a, b) => a + b, 0)
    const before = [cpu(first), cpu(second)]
    await call('POST', '/api/users/first-register', null, { name: '管理员', email: 'admin@workers.gov.cn', password: PASSWORD, confirmPassword: PASSWORD })
    const admin = (await call('POST', '/api/users/login', null, { email: 'admin@workers.gov.cn', password: PASSWORD })).token as string
    const department = (await call('POST', '/api/departments', admin, { name: '多进程局', code: makeUscc(), kind: 'department' })).doc
    const column = (await call('POST', '/api/columns', admin, { title: '多进程栏目', slug: 'workers', kind: 'news', status: 'open' })).doc
    const formedAt = new Date(Date.now() - 86_400_000).toISOString()
    // Fresh connections each (no keep-alive): the primary hands them to the workers in turn.
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`${server.url}/api/documents?depth=0&draft=true`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${admin}`, connection: 'close' },
          body: JSON.stringify({ title: `多进程${i}`, column: column.id, department: department.id, formedAt, disclosure: 'proactive', body: body('正文'), _status: 'draft' }),
        }).then(async (res) => ({ status: res.status, json: (await res.json()) as { doc?: { indexNumber?: string } } })),
      ),
    )
    expect(created.map((c) => c.status)).toEqual(Array(40).fill(201))
    const serials = created.map((c) => Number(String(c.json.doc?.indexNumber).split('-').pop())).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    // Each worker did part of the work (a worker's CPU time, in ticks of 10 ms, grew).
    expect(cpu(first)).toBeGreaterThan(before[0] + 5)
    expect(cpu(second)).toBeGreaterThan(before[1] + 5)
  })

  it('a worker killed is replaced, and the other serves meanwhile', async () => {
    const [victim, survivor] = childrenOf(server.child.pid!)
    process.kill(victim, 'SIGKILL')
    // Once the primary saw the exit it hands new connections to the survivor only.
    await waitFor('the primary to see the worker exit', () => server.output().includes('意外退出'), 30_000)
    const meanwhile = await Promise.all(Array.from({ length: 6 }, () => fetch(`${server.url}/api/documents?limit=1`, { headers: { connection: 'close' } }).then((r) => r.status, (e: Error) => `${e.message}: ${(e.cause as Error)?.message}`)))
    expect(meanwhile).toEqual(Array(6).fill(200))
    const replaced = await waitFor('a new worker', () => childrenOf(server.child.pid!).filter((pid) => pid !== victim && pid !== survivor).length === 1, 240_000, 100)
    expect(replaced).toBe(true)
    await waitFor('the new worker listening', () => (server.output().match(/政务公开管理平台已启动/g) ?? []).length === 3, 240_000, 100)
  })

  it('SIGTERM stops every worker, then the server', async () => {
    const workers = childrenOf(server.child.pid!)
    expect(workers).toHaveLength(2)
    expect(server.output()).not.toContain('启动失败')
    expect(await server.kill('SIGTERM')).toBe(0)
    await waitFor('the workers to exit', () => workers.every((pid) => !alive(pid)), 60_000)
  })
})

describeSql('SERVER_WORKERS: refusals', () => {
  it('a worker that cannot start stops the server with its failure', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-workers-'))
    await expect(startServerProcess(production({ SERVER_WORKERS: '2', DATABASE_URI: 'bogus://nowhere', MEDIA_DIR: path.join(dir, 'media') }), 120_000)).rejects.toThrow(/启动失败/)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('SERVER_WORKERS that is not a count is refused in Chinese', async () => {
    await expect(startServerProcess(production({ SERVER_WORKERS: '两个', DATABASE_URI: 'file:/nonexistent/x.db' }), 120_000)).rejects.toThrow(/SERVER_WORKERS 应为 1 到 64 之间的整数/)
  })
})
