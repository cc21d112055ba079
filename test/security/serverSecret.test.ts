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

type Run = { code: number | null; signal: NodeJS.Signals | null; output: string; ready: boolean }

/**
 * Starts src/server.ts and reports the run. Two things outside the server can end a run, and such a run is started
 * again (at most three times, and the last run is reported whatever it was): a free port taken by a parallel test
 * file between the probe and the listen (EADDRINUSE), and a process that ended before it wrote a word (seen once in
 * CI under load; the server writes why before every exit of its own). The exit code and signal of a run that was not
 * ready join its output, so a failure says how it ended.
 */
const runServer = async (env: Record<string, string | undefined>): Promise<Run> => {
  for (let attempt = 1; ; attempt++) {
    const run = await runServerOnce(env)
    const lostPort = /EADDRINUSE/.test(run.output)
    const endedSilently = /^\s*\[exit code [^\]]*\]$/.test(run.output)
    if (run.ready || !(lostPort || endedSilently) || attempt === 3) return run
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
  let signal: NodeJS.Signals | null = null
  let killedByTest = false
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, exitSignal) => {
      if (!killedByTest) signal = exitSignal
      resolve(code)
    }),
  )
  let ready = false
  const deadline = Date.now() + 90_000
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
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
  if (child.exitCode === null && child.signalCode === null) {
    killedByTest = true
    child.kill('SIGTERM')
  }
  let timer: NodeJS.Timeout | undefined
  const code = await Promise.race([exited, new Promise<null>((r) => (timer = setTimeout(() => r(null), 30_000)))])
  clearTimeout(timer)
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
  if (!ready && !killedByTest) output += `\n[exit code ${code}, signal ${signal}]`
  return { code, signal, output, ready }
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
