/** `POST /api/audits/run` `{dryRun?, now?}`: runs the audit now, for admins (JWT) or `Authorization: Bearer <AUDIT_SECRET>`. */
import { timingSafeEqual } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin, isStaff } from '../../../hooks/access/roles'
import { AuditBusyError } from '../auditLock'
import { runAudit } from '../runAudit'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const bearerMatches = (req: PayloadRequest): boolean => {
  const secret = process.env.AUDIT_SECRET
  const header = req.headers.get('authorization') ?? ''
  if (!secret || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length).trim())
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const auditRunEndpoint: Endpoint = {
  path: '/audits/run',
  method: 'post',
  handler: async (req) => {
    if (!bearerMatches(req)) {
      if (!isStaff(req)) return error(401, '请先登录，或使用巡检密钥（Authorization: Bearer <AUDIT_SECRET>）')
      if (!isAdmin(req.user as never)) return error(403, '只有网站管理员可以手动运行巡检')
    }
    let body: { dryRun?: unknown; now?: unknown } = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      body = {}
    }
    const now = body.now === undefined ? new Date() : new Date(String(body.now))
    if (Number.isNaN(now.getTime())) return error(400, `巡检时间格式不正确：${String(body.now)}（应为 ISO 日期，例如 2026-12-01T08:30:00+08:00）`)
    try {
      const result = await runAudit(req.payload, { now, dryRun: body.dryRun === true })
      return Response.json(result)
    } catch (e) {
      if (e instanceof AuditBusyError) return error(409, e.message)
      throw e
    }
  },
}
