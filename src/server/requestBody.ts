/**
 * Bodies of API requests are read here, once, before Payload sees them: a size cap per client and route (413),
 * only the formats Payload parses (JSON; multipart for uploads and the admin's forms; urlencoded only as the
 * admin's method-override read), and JSON that parses — each refusal a Chinese 400 instead of Payload's 500.
 */
import type { Request } from 'express'
import { codedError, messageOf, type CodedError } from '../../domain/errors'

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`)

/** 413, naming the cap in KB or MB. */
export const bodyTooLarge = (limit: number): CodedError => codedError('app.body-too-large', size(limit))

export const BODY_TOO_LARGE = (limit: number) => messageOf('app.body-too-large', size(limit))
export const UNSUPPORTED_BODY = messageOf('app.body-unsupported')
export const INVALID_JSON_BODY = messageOf('app.body-invalid-json')

export type BodyKind = 'none' | 'json' | 'multipart' | 'urlencoded' | 'other'

export const bodyKind = (req: Request): BodyKind => {
  const length = req.headers['content-length']
  const chunked = req.headers['transfer-encoding'] !== undefined
  if (!chunked && (length === undefined || length === '0')) return 'none'
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/json' || type.endsWith('+json')) return 'json'
  if (type === 'multipart/form-data') return 'multipart'
  if (type === 'application/x-www-form-urlencoded') return 'urlencoded'
  return 'other'
}

/** Reads the whole body, refusing it (413) as soon as it passes `limit` bytes. */
export const readBody = (req: Request, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) return reject(bodyTooLarge(limit))
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total > limit) {
        cleanup()
        req.pause()
        reject(bodyTooLarge(limit))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve(Buffer.concat(chunks, total))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })

export const parseJsonBody = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw codedError('app.body-invalid-json')
  }
}
