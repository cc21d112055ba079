/**
 * The run's emails. `prepareDigests` (inside the run's transaction) picks the open notices that need mailing —
 * new, escalated, due for a reminder, or failed earlier and past their backoff — and writes one digest per
 * department with a unique (run, department) key. `sendDigests` (after commit) sends each once and records the
 * outcome on the digest and on its notices; a failure sets the notices' next attempt (backoff) for a later run.
 */
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import { DEPARTMENT_FIELDS } from './defaults'
import { auditOptions, ruleTitle } from './options'
import type { AuditSettings } from '../../domain/audit/auditSettings'
import { renderDigest, retryDelayMinutes, type DigestItem } from '../../domain/audit/digestEmail'
import { localDate } from '../../domain/calendar'
import { idOf, type Id } from '../../domain/ids'

type Notice = DigestItem & { id: Id; department: Id | null; emailedAt?: string | null; emailedSeverity?: string | null; nextEmailAt?: string | null; emailAttempts?: number | null }

export type PreparedDigest = { id: Id; key: string; department: Id | null; notices: Array<{ id: Id; severity: string; emailAttempts: number }>; subject: string; html: string; text: string; hasRed: boolean }
export type DigestOutcome = { key: string; department: Id | null; to: string[]; cc: string[]; status: 'sent' | 'failed'; error?: string; notices: number }

export const adminUrl = () => (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

/** A field of a row of a host collection, whose generated type this plugin does not know. */
const fieldOf = (doc: object, name: string): unknown => (doc as Record<string, unknown>)[name]

const needsEmail = (n: Notice, settings: AuditSettings, now: Date): boolean => {
  if (n.nextEmailAt && new Date(n.nextEmailAt) > now) return false
  if (!n.emailedAt || n.emailedSeverity !== n.severity) return true
  const reminder = settings.audit.reminderDays
  return reminder > 0 && now.getTime() - new Date(n.emailedAt).getTime() >= reminder * 86_400_000
}

export const prepareDigests = async (payload: Payload, settings: AuditSettings, now: Date, runKey: string, req: PayloadRequest): Promise<PreparedDigest[]> => {
  // Digests a crashed run committed but never sent: their notices are still unmailed and go out with this run.
  const { notices: noticesSlug, digests: digestsSlug, departments: departmentsSlug } = auditOptions(payload)
  await payload.db.updateMany({ collection: digestsSlug, where: { status: { in: ['pending', 'sending'] } }, data: { status: 'superseded' }, req, returning: false })
  const { docs } = await payload.find({
    collection: noticesSlug,
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { rule: true, severity: true, subjectType: true, subjectId: true, subjectTitle: true, message: true, dueAt: true, department: true, emailedAt: true, emailedSeverity: true, nextEmailAt: true, emailAttempts: true },
  })
  const groups = new Map<string, Notice[]>()
  const rows: object[] = docs
  for (const doc of rows as Notice[]) {
    const notice = { ...doc, department: idOf(doc.department) }
    if (!needsEmail(notice, settings, now)) continue
    const key = notice.department === null ? 'site' : String(notice.department)
    groups.set(key, [...(groups.get(key) ?? []), notice])
  }
  if (groups.size === 0) return []
  const names = new Map<string, string>()
  if (departmentsSlug) {
    const departments = await payload.find({
      collection: departmentsSlug,
      where: { id: { in: [...groups.keys()].filter((k) => k !== 'site') } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const d of departments.docs) names.set(String(d.id), String(fieldOf(d, DEPARTMENT_FIELDS.name)))
  }
  const prepared: PreparedDigest[] = []
  for (const [group, notices] of groups) {
    const department = group === 'site' ? null : notices[0].department
    const rendered = renderDigest({ departmentName: group === 'site' ? '政务公开办（全站）' : (names.get(group) ?? `部门 ${group}`), items: notices, runDate: localDate(now, settings.timeZone), adminUrl: adminUrl(), timeZone: settings.timeZone, ruleTitle: (rule) => ruleTitle(payload, rule) })
    const key = `${runKey}|${group}`
    const digest = await payload.create({
      collection: digestsSlug,
      data: { key, runKey, department, notices: notices.map((n) => n.id), subject: rendered.subject, html: rendered.html, text: rendered.text, status: 'pending', attempts: 0 } as RequiredDataFromCollectionSlug<typeof digestsSlug>,
      overrideAccess: true,
      depth: 0,
      req,
    })
    prepared.push({
      id: digest.id,
      key,
      department,
      notices: notices.map((n) => ({ id: n.id, severity: n.severity, emailAttempts: n.emailAttempts ?? 0 })),
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      hasRed: rendered.red > 0,
    })
  }
  return prepared
}

const recipientsOf = async (payload: Payload, digest: PreparedDigest, settings: AuditSettings) => {
  let to: string[] = []
  const { departments } = auditOptions(payload)
  if (digest.department !== null && departments) {
    const department = (await payload.findByID({ collection: departments, id: digest.department, depth: 0, overrideAccess: true }).catch(() => null)) as Record<string, unknown> | null
    const emails = (department?.[DEPARTMENT_FIELDS.emails] ?? []) as Array<{ email?: string }>
    to = emails.map((e) => e.email ?? '').filter(Boolean)
  }
  const office = settings.webOfficeEmail
  const cc = office && to.length > 0 && digest.hasRed && !to.includes(office) ? [office] : []
  // Site-level problems, and departments without a notice address, go to the web office.
  if (to.length === 0 && office) to = [office]
  return { to, cc }
}

export const sendDigests = async (payload: Payload, digests: readonly PreparedDigest[], settings: AuditSettings, now: Date): Promise<DigestOutcome[]> => {
  const { notices: noticesSlug, digests: digestsSlug } = auditOptions(payload)
  const outcomes: DigestOutcome[] = []
  for (const digest of digests) {
    const { to, cc } = await recipientsOf(payload, digest, settings)
    await payload.db.updateOne({ collection: digestsSlug, id: digest.id, data: { status: 'sending', attempts: 1, recipients: [...to, ...cc].join(', ') }, returning: false })
    let error: string | null = null
    let messageId: string | undefined
    try {
      if (to.length === 0) throw new Error('未设置收件邮箱：请在部门的“督办通知邮箱”或系统设置的“政务公开办邮箱”中填写')
      // A stable Message-ID per digest: a resend after a crash is recognisable as the same message.
      messageId = `<audit-${createHash('sha256').update(digest.key).digest('hex').slice(0, 32)}@gongkai>`
      await payload.sendEmail({ to, cc: cc.length ? cc : undefined, subject: digest.subject, html: digest.html, text: digest.text, messageId })
    } catch (e) {
      error = (e as Error).message || String(e)
      payload.logger.error({ err: e, msg: `audit digest not sent: ${digest.key}` })
    }
    const at = now.toISOString()
    await payload.db.updateOne({
      collection: digestsSlug,
      id: digest.id,
      data: error ? { status: 'failed', lastError: error } : { status: 'sent', sentAt: new Date().toISOString(), messageId },
      returning: false,
    })
    for (const notice of digest.notices) {
      const attempts = notice.emailAttempts + 1
      await payload.db.updateOne({
        collection: noticesSlug,
        id: notice.id,
        data: error
          ? { emailAttempts: attempts, lastEmailError: error, nextEmailAt: new Date(now.getTime() + retryDelayMinutes(attempts, settings.audit.emailRetryBaseMinutes, settings.audit.emailRetryMaxMinutes) * 60_000).toISOString() }
          : { emailAttempts: attempts, emailedAt: at, emailedSeverity: notice.severity, lastEmailError: null, nextEmailAt: null },
        returning: false,
      })
    }
    outcomes.push({ key: digest.key, department: digest.department, to, cc, status: error ? 'failed' : 'sent', ...(error ? { error } : {}), notices: digest.notices.length })
  }
  return outcomes
}
