/** Raw HTTP for attack tests: node:http keeps the path as written (fetch normalises `/api/users/./login` to `/api/users/login`). */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import type { TestContext, TestServer } from '../helpers/testPayload'

export type RawResponse = { status: number; text: string; json: any; headers: http.IncomingHttpHeaders }

export type RawOptions = { headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] }

export const raw = (base: string, method: string, path: string, { headers = {}, body, chunks }: RawOptions = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const url = new URL(base)
    let settled = false
    const request = http.request({ host: url.hostname, port: url.port, method, path, headers, setHost: !('host' in headers), agent: false }, (res) => {
      let data = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (data += chunk))
      res.on('end', () => {
        settled = true
        let json: any = null
        try {
          json = JSON.parse(data)
        } catch {
          json = null
        }
        resolve({ status: res.statusCode ?? 0, text: data, json, headers: res.headers })
      })
    })
    // A server that refuses a large body may close the connection before the client has written all of it.
    request.on('error', (error) => {
      if (!settled) setTimeout(() => !settled && reject(error), 200)
    })
    if (chunks) {
      const write = (i: number) => {
        if (i >= chunks.length) return request.end()
        if (request.destroyed) return
        request.write(chunks[i], () => write(i + 1))
      }
      write(0)
    } else request.end(body)
  })

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** The real Express app on a given port (the origin Payload's CSRF list was built for, from PORT). */
export const startServerOn = async (context: TestContext, port: number, options: Record<string, unknown> = {}): Promise<TestServer> => {
  const { createApp } = await import('../../src/server/createApp')
  const app = createApp({ payload: context.payload, config: context.config, ...options })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A multipart/form-data body as a browser's form would send it. */
export const multipart = (fields: Record<string, string>) => {
  const boundary = '----gongkaiFormBoundary7MA4YWxkTrZu0gW'
  const body = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('')
  return { body: `${body}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` }
}

export const until = async <T,>(probe: () => Promise<T | null | undefined | false>, what: string, tries = 200): Promise<T> => {
  for (let i = 0; i < tries; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}
