/**
 * Finding 11: a server reachable from elsewhere, or not started as development, never runs on the built-in
 * development PAYLOAD_SECRET (anyone with the source could sign an admin's session). `npm run dev` on loopback
 * with no environment at all still starts.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SECRET_REQUIRED } from '../../domain/http/secretPolicy'
import { freePort } from './httpHelpers'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

type Run = { code: number | null; output: string; ready: boolean }

/**
 * Starts src/server.ts and reports the run; a free port can be taken by a parallel test file between the probe and
 * the listen, so a run that lost its port (EADDRINUSE) is started again on another one.
 */
const runServer = async (env: Record<string, string | undefined>): Promise<Run> => {
  for (let attempt = 1; ; attempt++) {
    const run = await runServerOnce(env)
    if (run.ready || !/EADDRINUSE/.test(run.output) || attempt === 3) return run
  }
}

/** Starts src/server.ts (API only) and reports whether it became ready or exited, then stops it. */
const runServerOnce = async (env: Record<string, string | undefined>): Promise<Run> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-secret-'))
  const port = await freePort()
  const base: Record<string, string | undefined> = { ...process.env }
  for (const name of ['PAYLOAD_SECRET', 'NODE_ENV', 'HOST', 'SERVER_URL']) delete base[name]
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: root,
    env: {
      ...base,
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      GONGKAI_ADMIN: 'false',
      SCHEDULER: 'false',
      AUDIT: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: '--no-deprecation',
      ...env,
    } as Record<string, string | undefined> as NodeJS.ProcessEnv, // without NODE_ENV on purpose, which Next's ProcessEnv requires
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let ready = false
  const deadline = Date.now() + 90_000
  while (child.exitCode === null && Date.now() < deadline) {
    try {
      // Probe on loopback whatever HOST is (0.0.0.0 includes it).
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) {
        ready = true
        break
      }
    } catch {
      // not listening (yet)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  if (child.exitCode === null) child.kill('SIGTERM')
  let timer: NodeJS.Timeout | undefined
  const code = await Promise.race([exited, new Promise<null>((r) => (timer = setTimeout(() => r(null), 30_000)))])
  clearTimeout(timer)
  if (child.exitCode === null) child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
  return { code, output, ready }
}

describe('PAYLOAD_SECRET (finding 11)', () => {
  it('refuses to start on a non-loopback HOST without PAYLOAD_SECRET', async () => {
    const run = await runServer({ HOST: '0.0.0.0', NODE_ENV: 'development' })
    expect(run.ready).toBe(false)
    expect(run.code).toBe(1)
    expect(run.output).toContain(SECRET_REQUIRED('0.0.0.0', 'development'))
  }, 120_000)

  it('refuses to start with NODE_ENV unset and no PAYLOAD_SECRET, even on loopback', async () => {
    const run = await runServer({ HOST: '127.0.0.1' })
    expect(run.ready).toBe(false)
    expect(run.code).toBe(1)
    expect(run.output).toContain(SECRET_REQUIRED('127.0.0.1', undefined))
  }, 120_000)

  it('starts as `npm run dev` does (development, loopback) with no secret set', async () => {
    const run = await runServer({ HOST: '127.0.0.1', NODE_ENV: 'development' })
    expect(run.output).not.toContain('必须设置 PAYLOAD_SECRET')
    expect({ ready: run.ready, output: run.ready ? '' : run.output }).toEqual({ ready: true, output: '' })
  }, 120_000)
})
