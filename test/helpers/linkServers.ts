/**
 * A real loopback HTTP server for the link checker's tests: every answer a checked site may give (200, 404, 500, a
 * redirect loop, a redirect to 200, 405 on HEAD, a hang), and a log of what it was asked.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LinkClock } from '../../domain/linkCheck/hostPacer'

export type Hit = { method: string; path: string; userAgent: string; at: number }

export type LinkServer = {
  origin: string
  hits: Hit[]
  hitsOf: (path: string) => Hit[]
  /** Paths answering 404 until fixed (a link that works again). */
  fix: (path: string) => void
  close: () => Promise<void>
}

export const startLinkServer = async (clock: { now: () => number } = { now: () => Date.now() }): Promise<LinkServer> => {
  const hits: Hit[] = []
  const fixed = new Set<string>()
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    hits.push({ method: req.method ?? '', path, userAgent: String(req.headers['user-agent'] ?? ''), at: clock.now() })
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
      res.end(req.method === 'HEAD' ? undefined : `<p>${status}</p>`)
    }
    switch (path) {
      case '/ok':
      case '/ok2':
        return send(200)
      case '/missing':
        return send(404)
      case '/error':
        return send(500)
      case '/loop-a':
        return send(302, { location: '/loop-b' })
      case '/loop-b':
        return send(302, { location: '/loop-a' })
      case '/moved':
        return send(301, { location: '/ok' })
      case '/no-head':
        return send(req.method === 'HEAD' ? 405 : 200)
      case '/hang':
        hanging.add(res)
        return undefined
      case '/fixable':
        return send(fixed.has(path) ? 200 : 404)
      default:
        return send(404)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    hitsOf: (path) => hits.filter((h) => h.path === path),
    fix: (path) => void fixed.add(path),
    close: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A virtual clock: `sleep` moves time on at once, so pacing and backoff cost no real time; `slept` records each wait. */
export const virtualClock = (start = 1_000_000): LinkClock & { slept: number[] } => {
  let now = start
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
      await Promise.resolve()
    },
  }
}
