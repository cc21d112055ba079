/** A small load balancer for tests: each request goes to the next target in turn, bodies streamed both ways. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Proxy = { url: string; served: number[]; close: () => Promise<void> }

export const startRoundRobinProxy = async (targets: string[]): Promise<Proxy> => {
  const served = targets.map(() => 0)
  // A new upstream connection per request: a kept-alive one the instance has just closed would fail the request
  // (a balancer that keeps connections alive retries such requests; this one need not).
  const agent = new http.Agent({ keepAlive: false, maxSockets: 64 })
  let next = 0
  const server = http.createServer((req, res) => {
    const index = next++ % targets.length
    served[index]++
    const target = new URL(targets[index])
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: '上游实例不可用' }] }))
    })
    req.pipe(upstream)
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        agent.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
