/** Entry point of `npm run dev` and `npm start`: Payload, the demo data on first start, Next's admin, Express. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Payload } from 'payload'
import type { createApp as CreateApp } from './server/createApp'
import { isClusterPrimary, runPrimary, workerCount } from './server/workers'

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const production = process.env.NODE_ENV === 'production'
const host = process.env.HOST || (production ? '0.0.0.0' : '127.0.0.1')
const port = Number(process.env.PORT || 3000)
const shutdownGraceMs = Number(process.env.SHUTDOWN_GRACE_MS || 25_000)

// Imported in main: the primary of several workers (src/server/workers.ts) loads none of it.
const main = async (): Promise<void> => {
  const [{ default: next }, { getPayload }, { createApp, SERVER_PAYLOAD_KEY }, { ensureSqliteDirectory }, { secretProblem }, { stopScheduler }] = await Promise.all([
    import('next'),
    import('payload'),
    import('./server/createApp'),
    import('./lib/databaseUri'),
    import('../domain/http/secretPolicy'),
    import('../plugins/scheduler'),
  ])
  // Before anything reads the config: a server reachable from elsewhere, or not a development process, never runs
  // on the development secret that signs sessions (anyone with the source could forge an admin's token).
  const problem = secretProblem({ secret: process.env.PAYLOAD_SECRET, host, nodeEnv: process.env.NODE_ENV })
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
  process.chdir(root)
  ensureSqliteDirectory()
  const { default: config } = await import('./payload.config')
  const payload: Payload = await getPayload({ config, key: SERVER_PAYLOAD_KEY })

  if (!production && process.env.SEED_DEMO !== 'false') {
    const { seedDemoIfEmpty } = await import('./seed/seedDemo')
    await seedDemoIfEmpty(payload)
  }

  let nextHandler: Parameters<typeof CreateApp>[0]['nextHandler']
  let upgradeHandler: ((req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>) | undefined
  if (process.env.GONGKAI_ADMIN !== 'false') {
    const nextApp = next({ dev: !production, dir: root, hostname: host, port })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    nextHandler = (req, res) => handle(req, res)
    upgradeHandler = nextApp.getUpgradeHandler()
  }

  const app = createApp({ payload, config, nextHandler, production })
  const server: Server = app.listen(port, host, () => {
    payload.logger.info(`政务公开管理平台已启动：http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/admin (pid ${process.pid})`)
  })

  // Upgraded sockets (the admin's hot-reload websocket in development) leave the HTTP server's bookkeeping.
  const upgraded = new Set<Duplex>()
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!upgradeHandler || stopping) return socket.destroy()
    upgraded.add(socket)
    socket.on('close', () => upgraded.delete(socket))
    upgradeHandler(req, socket, head).catch(() => socket.destroy())
  })

  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal} received: finishing in-flight requests, then stopping`)
    const force = setTimeout(() => {
      payload.logger.warn('shutdown grace period over: closing remaining connections')
      server.closeAllConnections()
    }, shutdownGraceMs)
    force.unref()
    // Upgraded sockets and stuck handlers must not keep a stopping process alive.
    setTimeout(() => {
      payload.logger.error('shutdown did not finish in time: exiting')
      process.exit(1)
    }, shutdownGraceMs + 10_000).unref()
    // The scheduler plugin started the tasks with Payload (SCHEDULER=off leaves them off).
    const schedulerStopped = stopScheduler(payload)
    server.close(async () => {
      try {
        await schedulerStopped
        await payload.destroy()
      } catch (error) {
        payload.logger.error({ err: error, msg: 'error while closing the database' })
      }
      payload.logger.info('stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
    for (const socket of upgraded) socket.destroy()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

const workers = workerCount()
if (isClusterPrimary(workers)) runPrimary(workers)
else
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
