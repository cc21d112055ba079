/**
 * This server's own origin, for every URL it builds (Payload's `req.url`, feed and sitemap links, reset mails):
 * SERVER_URL when set, otherwise the address the request actually reached (the socket's local address and port,
 * or HOST:PORT) — never the client's Host or X-Forwarded-Host header.
 */
import type { Request } from 'express'

const bracket = (address: string) => (address.includes(':') ? `[${address}]` : address)

export const listeningAddress = (req: Request): { hostname: string; port: number } => {
  const local = (req.socket?.localAddress ?? '').replace(/^::ffff:/, '')
  const port = req.socket?.localPort ?? Number(process.env.PORT || 3000)
  const configured = process.env.HOST && process.env.HOST !== '0.0.0.0' && process.env.HOST !== '::' ? process.env.HOST : ''
  return { hostname: configured || local || '127.0.0.1', port }
}

export const configuredServerUrl = (): string | undefined => {
  const value = process.env.SERVER_URL
  if (!value) return undefined
  try {
    return new URL(value).origin
  } catch {
    return undefined
  }
}

export const selfOrigin = (req: Request): string => {
  const configured = configuredServerUrl()
  if (configured) return configured
  const { hostname, port } = listeningAddress(req)
  return `http://${bracket(hostname)}:${port}`
}
