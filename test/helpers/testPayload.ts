/** Boots a real Payload on a fresh database for one test file: SQLite, PostgreSQL or MongoDB by TEST_DB. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import type { Payload, SanitizedConfig } from 'payload'

export type TestDialect = 'sqlite' | 'postgres' | 'mongodb'
export const testDialect = (): TestDialect => (process.env.TEST_DB as TestDialect) || 'sqlite'

export type TestContext = {
  payload: Payload
  config: SanitizedConfig
  dialect: TestDialect
  dir: string
  close: () => Promise<void>
}

export const freshDatabase = async (dialect: TestDialect, dir: string): Promise<{ uri: string; drop: () => Promise<void> }> => {
  const name = `gk_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  if (dialect === 'sqlite') return { uri: `file:${path.join(dir, 'test.db')}`, drop: async () => undefined }
  if (dialect === 'postgres') {
    const admin = process.env.TEST_DATABASE_URI
    if (!admin) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URI (npm test starts a throwaway cluster and sets it)')
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    const url = new URL(admin)
    url.pathname = `/${name}`
    return {
      uri: url.toString(),
      drop: async () => {
        const dropper = new pg.Client({ connectionString: admin })
        await dropper.connect()
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await dropper.end()
      },
    }
  }
  const base = process.env.TEST_MONGODB_URI
  if (!base) throw new Error('TEST_DB=mongodb needs TEST_MONGODB_URI')
  const url = new URL(base)
  url.pathname = `/${name}`
  return { uri: url.toString(), drop: async () => undefined }
}

export const bootPayload = async (env: Record<string, string> = {}): Promise<TestContext> => {
  const dialect = testDialect()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-test-'))
  const database = await freshDatabase(dialect, dir)
  Object.assign(process.env, {
    DATABASE_URI: database.uri,
    SEED_DEMO: 'false',
    // Tests start the scheduler themselves when they test it.
    SCHEDULER: 'off',
    PAYLOAD_SECRET: 'test-secret',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'fatal',
    MEDIA_DIR: path.join(dir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    ...env,
  })
  const { default: configPromise } = await import('../../src/payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config, key: 'server' })
  const close = async () => {
    // Whatever a test file did, the security audit log it leaves behind must still verify (等保: tamper-evident).
    const { verifySecurityLog } = await import('../../plugins/security/actions/verifySecurityLog')
    const verdict = await verifySecurityLog(payload).catch((error: Error) => ({ ok: false as const, seq: 0, reason: error.message }))
    await closePayload(payload)
    await database.drop()
    fs.rmSync(dir, { recursive: true, force: true })
    if (!verdict.ok) throw new Error(`安全审计日志校验失败：第 ${verdict.seq} 条${verdict.reason}`)
  }
  return { payload, config, dialect, dir, close }
}

/** Closes a Payload instance, including the PostgreSQL pool that destroy() leaves open. */
export const closePayload = async (payload: Payload) => {
  const pool = (payload.db as Payload['db'] & { pool?: pg.Pool }).pool
  pool?.on('error', () => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) void pool.end().catch(() => undefined)
}

export type TestServer = { url: string; close: () => Promise<void> }

/** The real Express server (API only, no Next) on a free loopback port. */
export const startServer = async (context: TestContext, options: Record<string, unknown> = {}): Promise<TestServer> => {
  const { createApp } = await import('../../src/server/createApp')
  const app = createApp({ payload: context.payload, config: context.config, ...options })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  // The test's fetch client and this server share one event loop, which synchronous SQLite calls and a loaded
  // machine stall for seconds. Then the server's keep-alive timer (5 s) and undici's (4 s, counted in loop ticks)
  // fire late, in either order: fetch reuses an idle socket that the server destroys a moment later → `fetch
  // failed`, `read ECONNRESET`. Without a server-side idle timeout only the client ever retires an idle socket.
  server.keepAliveTimeout = 0
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
