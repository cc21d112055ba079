/**
 * For the 审计管理员 only (GB/T 22239-2019 8.1.5.2): `GET /api/security-events/export` — the log as CSV for
 * Excel/WPS (`?from=&to=` ISO dates), each export itself logged — and `GET /api/security-events/verify` — the
 * hash chain check that `npm run security:verify` also runs.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { codedError, messageOf, type ErrorCode } from '../../../domain/errors'
import { toCsv } from '../../../domain/security/csv'
import { securityEventLabel, SECURITY_OUTCOMES } from '../../../domain/security/securityEvents'
import { SECURITY_EVENTS_SLUG } from '../defaults'
import { optionsOf } from '../options'
import { appendSecurityEvent } from '../actions/appendSecurityEvent'
import { securityLogEntries, verifySecurityLog } from '../actions/verifySecurityLog'
import { securityNow } from '../clock'

export const AUDIT_ADMIN_ONLY = messageOf('security.audit-admin-only')

const refused = (code: ErrorCode): Response => {
  const { message, status } = codedError(code)
  return Response.json({ errors: [{ message }] }, { status })
}

const refusal = (req: PayloadRequest): Response | null => (optionsOf(req.payload).rules.auditAdminOnly({ req }) ? null : refused('security.audit-admin-only'))

const HEADER = ['序号', '时间', '事件', '结果', '操作人', '账号邮箱', '角色', '来源地址', '对象类型', '对象编号', '摘要', '详情', '上一条哈希', '本条哈希']
const outcomeLabel = (value: unknown) => SECURITY_OUTCOMES.find(([v]) => v === value)?.[1] ?? ''

const dateParam = (value: string | null): Date | null | 'bad' => {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? 'bad' : date
}

export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const denied = refusal(req)
    if (denied) return denied
    const url = new URL(req.url ?? 'http://localhost/')
    const from = dateParam(url.searchParams.get('from'))
    const to = dateParam(url.searchParams.get('to'))
    if (from === 'bad' || to === 'bad') return refused('security.bad-date')
    const range = [...(from ? [{ at: { greater_than_equal: from.toISOString() } }] : []), ...(to ? [{ at: { less_than_equal: to.toISOString() } }] : [])]
    const rows: unknown[][] = []
    for await (const e of securityLogEntries(req.payload, range.length ? { and: range } : {})) {
      rows.push([
        e.seq, e.at, securityEventLabel(e.event), outcomeLabel(e.outcome), e.actorName, e.actorEmail, e.actorRoles, e.ip, e.targetCollection, e.targetId,
        e.summary, e.details ? JSON.stringify(e.details) : '', e.prevHash, e.hash,
      ])
    }
    await appendSecurityEvent(
      req.payload,
      {
        event: 'log-exported',
        targetCollection: SECURITY_EVENTS_SLUG,
        summary: `${String((req.user as { name?: unknown } | null)?.name ?? '')} 导出安全审计日志 ${rows.length} 条`,
        details: { count: rows.length, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      },
      req,
    )
    const stamp = securityNow().toISOString().slice(0, 10).replace(/-/g, '')
    return new Response(toCsv(HEADER, rows), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="security-events-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`安全审计日志-${stamp}.csv`)}`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

export const verifyEndpoint: Endpoint = {
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    const denied = refusal(req)
    if (denied) return denied
    const verdict = await verifySecurityLog(req.payload)
    return Response.json(verdict, { headers: { 'cache-control': 'private, no-store' } })
  },
}
