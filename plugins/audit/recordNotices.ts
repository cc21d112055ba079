/**
 * Writes a run's findings as notices (inside the caller's transaction): new ones are created, open ones updated
 * (`lastSeenAt`, and severity/message/deadline when they changed), open ones whose cause went away resolved.
 * Notices of a rule that failed this run are left alone, never resolved by mistake.
 */
import type { Payload, PayloadRequest } from 'payload'
import { findingKey, type Finding } from '../../domain/audit/auditRules'
import { idOf, type Id } from '../../domain/ids'

export type NoticeChanges = { created: number; updated: number; unchanged: number; resolved: number }

const CHUNK = 500

const updateMany = async (payload: Payload, ids: Id[], data: Record<string, unknown>, req: PayloadRequest) => {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await payload.db.updateMany({ collection: 'audit-notices', where: { id: { in: ids.slice(i, i + CHUNK) } }, data, req, returning: false })
  }
}

export const recordNotices = async (payload: Payload, findings: readonly Finding[], now: Date, req: PayloadRequest, failedRules: ReadonlySet<string> = new Set()): Promise<NoticeChanges> => {
  const at = now.toISOString()
  const { docs: open } = await payload.find({
    collection: 'audit-notices',
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { rule: true, subjectType: true, subjectId: true, severity: true, message: true, dueAt: true, subjectTitle: true, department: true },
  })
  const byKey = new Map(open.map((n) => [findingKey(n as never), n as Record<string, any>]))
  const seen = new Set<string>()
  const touched: Id[] = []
  const changes: NoticeChanges = { created: 0, updated: 0, unchanged: 0, resolved: 0 }
  for (const finding of findings) {
    const key = findingKey(finding)
    if (seen.has(key)) continue
    seen.add(key)
    const existing = byKey.get(key)
    const data = {
      severity: finding.severity,
      subjectTitle: finding.subjectTitle,
      department: finding.department,
      message: finding.message,
      dueAt: finding.dueAt,
    }
    if (!existing) {
      // Straight to the adapter: the audit is the only writer and the finding is already well-formed; this keeps a
      // first run over a large portal (thousands of notices) within seconds.
      await payload.db.create({
        collection: 'audit-notices',
        data: { ...data, rule: finding.rule, subjectType: finding.subjectType, subjectId: finding.subjectId, status: 'open', detectedAt: at, lastSeenAt: at, emailAttempts: 0, createdAt: at, updatedAt: at },
        req,
        returning: false,
      })
      changes.created++
      continue
    }
    const same =
      existing.severity === data.severity &&
      existing.message === data.message &&
      existing.subjectTitle === data.subjectTitle &&
      String(idOf(existing.department)) === String(data.department) &&
      (existing.dueAt ? new Date(existing.dueAt).toISOString() : null) === data.dueAt
    if (same) {
      touched.push(existing.id)
      changes.unchanged++
    } else {
      await payload.db.updateOne({ collection: 'audit-notices', id: existing.id, data: { ...data, lastSeenAt: at }, req, returning: false })
      changes.updated++
    }
  }
  await updateMany(payload, touched, { lastSeenAt: at }, req)
  const gone = open.filter((n) => !seen.has(findingKey(n as never)) && !failedRules.has(String((n as { rule: string }).rule))).map((n) => n.id)
  await updateMany(payload, gone, { status: 'resolved', resolvedAt: at, nextEmailAt: null }, req)
  changes.resolved = gone.length
  return changes
}
