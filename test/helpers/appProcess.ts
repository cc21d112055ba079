/** Runs the app the way a user does (`npm run dev`, `npm start`) as a child process on a free port. */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../scripts/load/serverProcess'

export { freePort }

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

export type AppProcess = { url: string; child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null>; dir: string }

/** `prepare` fills the server's own folder (its `app.db`, `media`) before it starts. */
export const startApp = async (script: 'dev' | 'start', env: Record<string, string> = {}, readyTimeoutMs = 240_000, prepare?: (dir: string) => void): Promise<AppProcess> => {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-app-'))
  prepare?.(dir)
  let output = ''
  const child = spawn('npm', ['run', script], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      PAYLOAD_SECRET: 'e2e-secret',
      NODE_OPTIONS: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run ${script} exited early:\n${output}`)
    try {
      const res = await fetch(`${url}/readyz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`npm run ${script} not ready in time:\n${output}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    child,
    dir,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      // Signal the server itself (as a process manager would), so npm and its pipes stay up to show its last words.
      const serverPid = Number(/\(pid (\d+)\)/.exec(output)?.[1])
      if (child.exitCode === null) process.kill(serverPid || -child.pid!, signal)
      const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 30_000))])
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
      return code
    },
  }
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchBrowser = async () => {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    headless: true,
  })
}

export const artifactsDir = () => {
  const dir = path.join(root, 'test-artifacts')
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * The demo accounts' password: the random one test/e2eGlobalSetup.mjs seeded the shared demo county with, else
 * DEMO_PASSWORD, else the documented default. (A production server makes an account that logs in with the public demo
 * password change it first, so the shared county never uses it.)
 */
export const demoPassword = (): string => process.env.E2E_DEMO_PASSWORD || process.env.DEMO_PASSWORD || 'Gongkai@2026'

/** Whether startDemoApp runs the production build (test/e2eGlobalSetup.mjs prepared it) or `npm run dev`. */
export const demoAppMode = (): 'start' | 'dev' => (process.env.E2E_DIST_DIR && process.env.E2E_DEMO_TEMPLATE ? 'start' : 'dev')

/**
 * The demo county on a server of its own: the production build with a copy of the county test/e2eGlobalSetup.mjs
 * seeded once, or, without them (E2E_SERVER=dev), `npm run dev` seeding the county itself under demoPassword().
 */
export const startDemoApp = async (env: Record<string, string> = {}, readyTimeoutMs?: number): Promise<AppProcess> => {
  if (demoAppMode() === 'start') {
    const template = process.env.E2E_DEMO_TEMPLATE!
    return startApp('start', { NEXT_DIST_DIR: process.env.E2E_DIST_DIR!, DEMO_PASSWORD: '', ...env }, readyTimeoutMs ?? 120_000, (dir) => fs.cpSync(template, dir, { recursive: true }))
  }
  return startApp('dev', { SEED_DEMO: 'true', DEMO_PASSWORD: demoPassword(), ...env }, readyTimeoutMs ?? 600_000)
}
