/**
 * Scale-out (issue 17): three server processes, as production runs them, on one PostgreSQL database, behind a small
 * round-robin proxy, their uploads in one S3-compatible bucket (s3rver). The load run goes through the proxy; then:
 * the instances migrated the fresh database once, anonymous caches of every instance follow a publish and a
 * withdrawal made through another, each scheduled publish and each audit slot ran exactly once, and a file uploaded
 * through one instance is served by the others.
 * PostgreSQL only (SQLite is one process's file); on other databases the file says why it does not run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import pg from 'pg'
import { runLoad } from '../../scripts/load/loadRun'
import { LOAD_LIMITS, startServer, type ServerProcess } from '../../scripts/load/serverProcess'
import { freshDatabase, testDialect } from '../helpers/testPayload'
import { startRoundRobinProxy, type Proxy } from '../helpers/roundRobinProxy'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { api, body, makeUscc } from '../helpers/fixtures'

const postgres = testDialect() === 'postgres'
const describePostgres = postgres ? describe : describe.skip
if (!postgres) console.log('multiInstance.test.ts: several instances share a PostgreSQL database; run with TEST_DB=postgres (npm test does)')

const INSTANCES = 3
const ADMIN = { email: 'multi-admin@test.gov.cn', password: 'Multi@2026-admin' }
const OWN = 'Multi#2026-own-pass'

/** Polls `check` until it holds (an event on another process), failing after `ms` with `what`. */
const until = async (what: string, check: () => Promise<boolean>, ms = 60_000) => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describePostgres('several instances on one PostgreSQL database', () => {
  let database: { uri: string; drop: () => Promise<void> }
  let servers: ServerProcess[] = []
  let proxy: Proxy
  let sql: pg.Client
  let bucket: S3TestServer
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-multi-'))
  const secret = crypto.randomBytes(32).toString('hex')
  const tokens: Record<string, string> = {}
  let column: string | number
  let department: string | number

  const as = (who: string, url = proxy.url) => api(url, tokens[who])

  beforeAll(async () => {
    database = await freshDatabase('postgres', dir)
    bucket = await startS3Server('gongkai-multi')
    // All three start at once on the empty database: the migrations must run once, not three times side by side.
    servers = await Promise.all(
      Array.from({ length: INSTANCES }, (_, i) =>
        startServer(
          {
            DATABASE_URI: database.uri,
            DATABASE_POOL_MAX: '6',
            INSTANCE_NAME: `instance-${i + 1}`,
            SCHEDULER: 'on',
            PUBLISH_CRON: '*/2 * * * * *',
            AUDIT_CRON: '*/10 * * * * *',
            LINK_CHECK: 'false',
            CONTENT_VERSION_CHECK_MS: '200',
            ...bucket.env,
            ...LOAD_LIMITS,
          },
          // Three cold starts side by side on two shared cores take minutes.
          { secret, readyTimeoutMs: 480_000 },
        ),
      ),
    )
    proxy = await startRoundRobinProxy(servers.map((s) => s.url))
    sql = new pg.Client({ connectionString: database.uri })
    await sql.connect()

    // The web office's admin, one department with a crew, through the proxy (so through every instance).
    const anonymous = api(proxy.url)
    expect((await anonymous.post('/api/users/first-register', { name: '管理员', email: ADMIN.email, password: ADMIN.password, confirmPassword: ADMIN.password })).status).toBe(200)
    const login = async (email: string, password: string) => (await anonymous.post('/api/users/login', { email, password })).json.token as string
    tokens.admin = await login(ADMIN.email, ADMIN.password)
    department = (await as('admin').post('/api/departments', { name: '多实例测试局', code: makeUscc(), kind: 'department' })).json.doc.id
    column = (await as('admin').post('/api/columns', { title: '多实例栏目', slug: 'multi', kind: 'news', status: 'open', department })).json.doc.id
    for (const role of ['editor', 'reviewer', 'secrecy', 'approver']) {
      const email = `multi-${role}@test.gov.cn`
      const user = (await as('admin').post('/api/users', { name: `多实例${role}`, email, password: ADMIN.password, roles: [role], department })).json.doc
      tokens[role] = await login(email, ADMIN.password)
      expect((await as(role).patch(`/api/users/${user.id}`, { password: OWN })).status).toBe(200)
      tokens[role] = await login(email, OWN)
    }
  }, 600_000)

  afterAll(async () => {
    await proxy?.close()
    await Promise.all(servers.map((s) => s.stop()))
    await sql?.end()
    await database?.drop()
    await bucket?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)

  /** A draft through 初审 and 保密审查, each step through the proxy (so by whichever instance). */
  const reviewed = async (title: string) => {
    const created = await as('editor').post('/api/documents?draft=true', { title, column, department, formedAt: new Date(Date.now() - 86_400_000).toISOString(), disclosure: 'proactive', body: body(`${title}的正文内容。`), _status: 'draft' })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    for (const who of ['editor', 'reviewer', 'secrecy']) {
      const step = await as(who).post(`/api/documents/${id}/workflow`, { action: who === 'editor' ? 'submit' : 'approve', opinion: '同意' })
      expect(step.status).toBe(200)
    }
    return id as number
  }

  it('the instances started together migrated the empty database once', async () => {
    const { rows } = await sql.query<{ name: string; n: string }>('SELECT name, count(*) AS n FROM payload_migrations GROUP BY name')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((r) => Number(r.n) !== 1)).toEqual([])
  })

  it('the load run through the proxy passes every check, and every instance took its share', async () => {
    const before = [...proxy.served]
    const result = await runLoad({ url: proxy.url, seconds: Number(process.env.MULTI_LOAD_SECONDS || 20), readers: 6, crews: 3, departments: 2, admin: ADMIN })
    expect(result.violations).toEqual([])
    expect(result.items.published).toBeGreaterThan(0)
    proxy.served.forEach((count, i) => expect(count - before[i]).toBeGreaterThan(10))
  }, 300_000)

  it("an instance's anonymous cache follows a publish and a withdrawal made through another", async () => {
    const [a, b, c] = servers
    const title = `跨实例缓存${Date.now()}`
    const id = await reviewed(title)
    const listed = async (server: ServerProcess) => (await api(server.url).get('/api/documents?limit=50&sort=-publishedAt&depth=0')).text.includes(title)
    // Warm the caches of b and c: the list is cached without the item.
    for (const server of [b, c]) {
      expect(await listed(server)).toBe(false)
      const again = await api(server.url).get('/api/documents?limit=50&sort=-publishedAt&depth=0')
      expect(again.headers.get('x-cache')).toBe('HIT')
    }
    expect((await api(a.url, tokens.approver).post(`/api/documents/${id}/workflow`, { action: 'approve', opinion: '同意' })).status).toBe(200)
    await until('b and c list the item published through a', async () => (await listed(b)) && (await listed(c)), 30_000)
    expect((await api(b.url, tokens.approver).post(`/api/documents/${id}/workflow`, { action: 'withdraw', reason: '内容调整' })).status).toBe(200)
    await until('a and c stop listing the item withdrawn through b', async () => !(await listed(a)) && !(await listed(c)), 30_000)
    for (const server of servers) expect((await api(server.url).get(`/api/documents/${id}`)).status).not.toBe(200)
  }, 180_000)

  it('each scheduled publish runs exactly once, whichever instance wins the slot', async () => {
    const ids: number[] = []
    for (let i = 0; i < 4; i++) ids.push(await reviewed(`定时发布${i}-${Date.now()}`))
    for (const id of ids) {
      // A few seconds ahead of this signature (a loaded machine may take seconds per request).
      const publishAt = new Date(Date.now() + 8_000).toISOString()
      const answer = await as('approver').post(`/api/documents/${id}/workflow`, { action: 'approve', opinion: '同意', publishAt })
      if (answer.status !== 200) throw new Error(`终审 with publishAt refused: ${answer.status} ${answer.text}`)
      expect(answer.json.reviewState).toBe('scheduled')
    }
    await until('every scheduled item is public', async () => {
      for (const id of ids) if ((await api(proxy.url).get(`/api/documents/${id}?depth=0`)).status !== 200) return false
      return true
    })
    // Several more publish slots pass on every instance: none may publish an item again.
    const { rows: seen } = await sql.query<{ n: string }>("SELECT count(*) AS n FROM scheduler_runs WHERE task = 'publish-scheduled'")
    await until('three more publish slots ran', async () => {
      const { rows } = await sql.query<{ n: string }>("SELECT count(*) AS n FROM scheduler_runs WHERE task = 'publish-scheduled' AND status <> 'running'")
      return Number(rows[0].n) >= Number(seen[0].n) + 3
    })
    for (const id of ids) {
      const register = await as('admin').get(`/api/approval-records?where[subject.value][equals]=${id}&where[action][equals]=publish-scheduled&limit=10&depth=0`)
      expect(register.status).toBe(200)
      expect(register.json.totalDocs).toBe(1)
    }
    const { rows: doubled } = await sql.query('SELECT key FROM scheduler_runs GROUP BY key HAVING count(*) > 1')
    expect(doubled).toEqual([])
    const { rows: instances } = await sql.query<{ instance: string }>("SELECT DISTINCT instance FROM scheduler_runs WHERE task = 'publish-scheduled'")
    expect(instances.length).toBeGreaterThan(0)
  }, 180_000)

  it('each audit slot runs once: one run per slot, no notice or digest twice', async () => {
    await until('two audit slots finished', async () => {
      const { rows } = await sql.query<{ n: string }>("SELECT count(*) AS n FROM scheduler_runs WHERE task = 'daily-audit' AND status <> 'running'")
      return Number(rows[0].n) >= 2
    }, 90_000)
    const { rows: runs } = await sql.query<{ key: string; instance: string }>("SELECT key, instance FROM scheduler_runs WHERE task = 'daily-audit'")
    expect(new Set(runs.map((r) => r.key)).size).toBe(runs.length)
    const { rows: notices } = await sql.query("SELECT rule, subject_type, subject_id FROM audit_notices WHERE status = 'open' GROUP BY rule, subject_type, subject_id HAVING count(*) > 1")
    expect(notices).toEqual([])
    const { rows: digests } = await sql.query('SELECT run_key, department_id FROM audit_digests GROUP BY run_key, department_id HAVING count(*) > 1')
    expect(digests).toEqual([])
  }, 120_000)

  it('a file uploaded through one instance is served by the others, byte for byte', async () => {
    const bytes = Buffer.from(`多实例附件内容 ${crypto.randomBytes(20_000).toString('hex')}`)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/plain' }), 'multi-instance.txt')
    form.append('_payload', JSON.stringify({ title: '多实例附件' }))
    const uploaded = await fetch(`${servers[0].url}/api/media`, { method: 'POST', body: form, headers: { authorization: `JWT ${tokens.editor}` } })
    const answer = (await uploaded.json()) as { doc: { filename: string } }
    expect(uploaded.status).toBe(201)
    expect((await bucket.keys()).some((key) => key.endsWith(answer.doc.filename))).toBe(true)
    for (const server of servers.slice(1)) {
      const response = await fetch(`${server.url}/api/media/file/${encodeURIComponent(answer.doc.filename)}`, { headers: { authorization: `JWT ${tokens.editor}` } })
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true)
    }
  }, 120_000)
})
