/**
 * The API server as a child process the way production runs it (`src/server.ts`, NODE_ENV=production, API only),
 * on a free loopback port: used by the load run, the multi-instance test and the fault tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export type ServerProcess = { url: string; port: number; child: ChildProcess; dir: string; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> }

/** Door limits a load run must not trip over (it measures the server, not the rate limiter). */
export const LOAD_LIMITS: Record<string, string> = {
  PUBLIC_RATE_LIMIT: '100000000',
  STAFF_RATE_LIMIT: '100000000',
  LOGIN_RATE_LIMIT: '1000000',
  LOGIN_ACCOUNT_RATE_LIMIT: '1000000',
  GRAPHQL_ANONYMOUS_QUEUE_MS: '120000',
}

export const startServer = async (env: Record<string, string>, { readyTimeoutMs = 240_000, secret }: { readyTimeoutMs?: number; secret?: string } = {}): Promise<ServerProcess> => {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-server-'))
  let output = ''
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation --conditions=production',
      PORT: String(port),
      HOST: '127.0.0.1',
      GONGKAI_ADMIN: 'false',
      SEED_DEMO: 'false',
      PAYLOAD_SECRET: secret ?? crypto.randomBytes(32).toString('hex'),
      MEDIA_DIR: path.join(dir, 'media'),
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-200_000)))
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-200_000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + readyTimeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited early:\n${output}`)
    try {
      if ((await fetch(`${url}/readyz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server was not ready in time:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    port,
    child,
    dir,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal)
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
        await exited
        clearTimeout(timer)
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
