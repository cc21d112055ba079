/**
 * Backup and restore as docs/operations.md tells it (issue 17): `pg_dump -Fc` of a live county, `pg_restore` into a
 * fresh database, the production server starts on the copy, serves the same public items, the staff log in, the
 * approval register holds the same entries and `npm run security:verify` passes — and fails once a row of the copy's
 * security log is altered, so the check can tell a damaged copy. PostgreSQL only.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import pg from 'pg'
import { LOAD_LIMITS, repoRoot, startServer, type ServerProcess } from '../../scripts/load/serverProcess'
import { findPgBin } from '../../scripts/pgCluster.mjs'
import { freshDatabase, testDialect } from '../helpers/testPayload'
import { api, body, makeUscc } from '../helpers/fixtures'

const postgres = testDialect() === 'postgres'
const describePostgres = postgres ? describe : describe.skip
if (!postgres) console.log('backupRestore.test.ts: pg_dump and pg_restore need PostgreSQL; run with TEST_DB=postgres (npm test does)')

const ADMIN = { email: 'backup-admin@test.gov.cn', password: 'Backup@2026-admin' }
const OWN = 'Backup#2026-own-pass'

describePostgres('backup with pg_dump, restore into a fresh database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-backup-'))
  const secret = crypto.randomBytes(32).toString('hex')
  let original: { uri: string; drop: () => Promise<void> }
  let restored: { uri: string; drop: () => Promise<void> }
  let server: ServerProcess | null = null
  const published: Array<{ id: number; title: string }> = []
  let registerCount = 0

  const verify = (uri: string) =>
    spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/securityVerify.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: uri, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --conditions=production', PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn' },
    })

  beforeAll(async () => {
    original = await freshDatabase('postgres', dir)
    server = await startServer({ DATABASE_URI: original.uri, SCHEDULER: 'off', ...LOAD_LIMITS }, { secret })
    const anonymous = api(server.url)
    expect((await anonymous.post('/api/users/first-register', { name: '管理员', email: ADMIN.email, password: ADMIN.password, confirmPassword: ADMIN.password })).status).toBe(200)
    const login = async (email: string, password: string) => (await anonymous.post('/api/users/login', { email, password })).json.token as string
    const tokens: Record<string, string> = { admin: await login(ADMIN.email, ADMIN.password) }
    const as = (who: string) => api(server!.url, tokens[who])
    const department = (await as('admin').post('/api/departments', { name: '备份测试局', code: makeUscc(), kind: 'department' })).json.doc.id
    const column = (await as('admin').post('/api/columns', { title: '备份栏目', slug: 'backup', kind: 'news', status: 'open', department })).json.doc.id
    for (const role of ['editor', 'reviewer', 'secrecy', 'approver']) {
      const email = `backup-${role}@test.gov.cn`
      const user = (await as('admin').post('/api/users', { name: `备份${role}`, email, password: ADMIN.password, roles: [role], department })).json.doc
      tokens[role] = await login(email, ADMIN.password)
      expect((await as(role).patch(`/api/users/${user.id}`, { password: OWN })).status).toBe(200)
      tokens[role] = await login(email, OWN)
    }
    for (let i = 0; i < 3; i++) {
      const title = `备份恢复测试信息${i}`
      const created = await as('editor').post('/api/documents?draft=true', { title, column, department, formedAt: new Date(Date.now() - 86_400_000).toISOString(), disclosure: 'proactive', body: body(`${title}的正文。`), _status: 'draft' })
      expect(created.status).toBe(201)
      const id = created.json.doc.id
      for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve'], ['approver', 'approve']]) {
        expect((await as(who).post(`/api/documents/${id}/workflow`, { action, opinion: '同意' })).status).toBe(200)
      }
      published.push({ id, title })
    }
    registerCount = (await as('admin').get('/api/approval-records?limit=1&depth=0')).json.totalDocs
    expect(registerCount).toBe(12)

    // The backup, while the server runs (pg_dump takes a consistent snapshot), then the restore into a fresh database.
    const bin = findPgBin()!
    const dump = path.join(dir, 'gongkai.dump')
    execFileSync(path.join(bin, 'pg_dump'), ['-Fc', '--no-owner', '-f', dump, '-d', original.uri])
    await server.stop()
    server = null
    restored = await freshDatabase('postgres', dir)
    execFileSync(path.join(bin, 'pg_restore'), ['--no-owner', '--exit-on-error', '-d', restored.uri, dump])
    server = await startServer({ DATABASE_URI: restored.uri, SCHEDULER: 'off', ...LOAD_LIMITS }, { secret })
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
    await original?.drop()
    await restored?.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)

  it('the app starts on the restored copy and serves the same public items', async () => {
    for (const item of published) {
      const answer = await api(server!.url).get(`/api/documents/${item.id}?depth=0`)
      expect(answer.status).toBe(200)
      expect(answer.json.title).toBe(item.title)
      expect(answer.json.indexNumber).toMatch(/-0000[123]$/)
    }
  })

  it('the staff log in and the approval register holds every entry', async () => {
    const login = await api(server!.url).post('/api/users/login', { email: 'backup-approver@test.gov.cn', password: OWN })
    expect(login.status).toBe(200)
    const admin = (await api(server!.url).post('/api/users/login', ADMIN)).json.token
    const register = await api(server!.url, admin).get('/api/approval-records?limit=100&depth=0')
    expect(register.json.totalDocs).toBe(registerCount)
  })

  it('the security log of the copy verifies, and a damaged copy does not', async () => {
    const ok = verify(restored.uri)
    expect(`${ok.stdout}${ok.stderr}`).toContain('校验通过')
    expect(ok.status).toBe(0)
    await server!.stop()
    server = null
    const sql = new pg.Client({ connectionString: restored.uri })
    await sql.connect()
    const { rowCount } = await sql.query("UPDATE security_events SET summary = summary || '（被篡改）' WHERE id = (SELECT min(id) FROM security_events)")
    await sql.end()
    expect(rowCount).toBe(1)
    const damaged = verify(restored.uri)
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toContain('校验失败')
  }, 120_000)
})
