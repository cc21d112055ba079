/**
 * The real server (`src/server.ts`, API only) as one child process on a database a test prepared: `node --import tsx`
 * directly, no npm or tsx launcher in between, so that a signal (SIGKILL included) reaches the server itself.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { freePort, root } from './appProcess'

export type ServerProcess = {
  url: string
  child: ChildProcess
  output: () => string
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>
  kill: (signal: NodeJS.Signals) => Promise<number | NodeJS.Signals | null>
}

/** Until `check` holds, polling every `everyMs`; throws with `what` after `timeoutMs`. */
export const waitFor = async <T>(what: string, check: () => T | Promise<T>, timeoutMs = 120_000, everyMs = 50): Promise<NonNullable<T>> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

export const startServerProcess = async (env: Record<string, string>, readyTimeoutMs = 180_000): Promise<ServerProcess> => {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      NODE_OPTIONS: '--no-deprecation --conditions=development',
      PORT: String(port),
      HOST: '127.0.0.1',
      GONGKAI_ADMIN: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(
      'the server to answer /readyz',
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited early:\n${output}`)
        return fetch(`${url}/readyz`).then((res) => res.ok, () => false)
      },
      readyTimeoutMs,
      200,
    )
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    child,
    output: () => output,
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Waits for the marker file a fault point writes (src/lib/faultPoint.ts) while the process is alive. */
export const reachedFaultPoint = (server: ServerProcess, marker: string, timeoutMs = 120_000) =>
  waitFor(
    `the server to reach its fault point (${marker})`,
    () => {
      if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`the server exited before its fault point:\n${server.output()}`)
      return fs.existsSync(marker)
    },
    timeoutMs,
  )
