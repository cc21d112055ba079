/** `POST /api/audits/run` `{dryRun?, now?}`: runs the audit now, for admins (JWT) or `Authorization: Bearer <secret>`. */
import { timingSafeEqual } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { codedError } from '../../../domain/errors'
import { runAudit } from '../runAudit'

const bearerMatches = (req: PayloadRequest, secretEnv: string): boolean => {
  const secret = process.env[secretEnv]
  const header = req.headers.get('authorization') ?? ''
  if (!secret || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length).trim())
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const auditRunEndpoint = (actors: ActorRules, secretEnv: string): Endpoint => ({
  path: '/audits/run',
  method: 'post',
  handler: async (req) => {
    if (!bearerMatches(req, secretEnv)) {
      if (!actors.isStaff(req)) throw codedError('audit.login-required', secretEnv)
      if (!actors.hasRole(req.user, 'admin')) throw codedError('audit.forbidden')
    }
    let body: { dryRun?: unknown; now?: unknown } = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      body = {}
    }
    const now = body.now === undefined ? new Date() : new Date(String(body.now))
    if (Number.isNaN(now.getTime())) throw codedError('audit.bad-time', String(body.now))
    // A run already in progress is refused with 409 (AuditBusyError is a coded error).
    return Response.json(await runAudit(req.payload, { now, dryRun: body.dryRun === true }))
  },
})
