/**
 * Writes a run's findings as notices (inside the caller's transaction): new ones are created, open ones updated
 * (`lastSeenAt`, and severity/message/deadline when they changed), open ones whose cause went away resolved.
 * Notices of a rule that failed this run are left alone, never resolved by mistake.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { idOf, type Id } from '../../domain/ids'
import { auditOptions } from './options'
import type { AuditFinding } from './types'

export type NoticeChanges = { created: number; updated: number; unchanged: number; resolved: number }

const CHUNK = 500

/** Notices are deduplicated on (rule, subject type, subject id). */
const findingKey = (f: Pick<AuditFinding, 'rule' | 'subjectType' | 'subjectId'>): string => `${f.rule}|${f.subjectType}|${f.subjectId}`

const updateMany = async (payload: Payload, collection: CollectionSlug, ids: Id[], data: Record<string, unknown>, req: PayloadRequest) => {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await payload.db.updateMany({ collection, where: { id: { in: ids.slice(i, i + CHUNK) } }, data, req, returning: false })
  }
}

type StoredNotice = Pick<AuditFinding, 'rule' | 'subjectType' | 'subjectId' | 'severity' | 'message' | 'subjectTitle'> & { id: Id; dueAt?: string | null; department?: unknown }

export const recordNotices = async (payload: Payload, findings: readonly AuditFinding[], now: Date, req: PayloadRequest, failedRules: ReadonlySet<string> = new Set()): Promise<NoticeChanges> => {
  const at = now.toISOString()
  const collection = auditOptions(payload).notices
  const found = await payload.find({
    collection,
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { rule: true, subjectType: true, subjectId: true, severity: true, message: true, dueAt: true, subjectTitle: true, department: true },
  })
  const rows: object[] = found.docs
  const open = rows as StoredNotice[]
  const byKey = new Map(open.map((n) => [findingKey(n), n]))
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
        collection,
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
      await payload.db.updateOne({ collection, id: existing.id, data: { ...data, lastSeenAt: at }, req, returning: false })
      changes.updated++
    }
  }
  await updateMany(payload, collection, touched, { lastSeenAt: at }, req)
  const gone = open.filter((n) => !seen.has(findingKey(n)) && !failedRules.has(n.rule)).map((n) => n.id)
  await updateMany(payload, collection, gone, { status: 'resolved', resolvedAt: at, nextEmailAt: null }, req)
  changes.resolved = gone.length
  return changes
}
