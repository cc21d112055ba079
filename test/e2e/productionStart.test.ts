/**
 * The production path: `npm run build && npm start` on an empty database applies the committed migrations,
 * seeds no demo accounts, and serves the Chinese admin; without PAYLOAD_SECRET it refuses to start.
 */
import { spawnSync } from 'node:child_process'
import { root, startApp, type AppProcess } from '../helpers/appProcess'

let app: AppProcess

// The browser run's build (test/e2eGlobalSetup.mjs: `npm run build` into .next-e2e) when there is one, else its own.
const distDir: Record<string, string> = process.env.E2E_DIST_DIR ? { NEXT_DIST_DIR: process.env.E2E_DIST_DIR } : {}

beforeAll(async () => {
  if (!process.env.E2E_DIST_DIR) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 })
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`)
  }
  app = await startApp('start', { ...distDir, SEED_DEMO: 'true' })
}, 900_000)
afterAll(async () => {
  await app?.stop()
}, 60_000)

describe('npm start', () => {
  it('applies the migrations and answers /readyz', async () => {
    const res = await fetch(`${app.url}/readyz`)
    expect(res.status).toBe(200)
    expect(app.output()).toMatch(/Migrat/i)
  })

  it('never seeds demo accounts in production', async () => {
    const res = await fetch(`${app.url}/api/users/init`)
    expect(((await res.json()) as { initialized: boolean }).initialized).toBe(false)
    const docs = (await (await fetch(`${app.url}/api/documents`)).json()) as { totalDocs: number }
    expect(docs.totalDocs).toBe(0)
  })

  it('serves the create-first-user screen in Chinese', async () => {
    const res = await fetch(`${app.url}/admin/create-first-user`, { headers: { 'accept-language': 'en-US' } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/创建|欢迎/)
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('refuses to start without PAYLOAD_SECRET', async () => {
    await expect(startApp('start', { ...distDir, PAYLOAD_SECRET: '' }, 60_000)).rejects.toThrow(/PAYLOAD_SECRET/)
  })
})
