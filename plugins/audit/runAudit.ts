/**
 * One audit run: evaluate every rule, then — unless a dry run — write the notice changes and the run's digests in
 * one transaction (a crash leaves nothing half-written; the next run recomputes everything), then send the digests.
 */
import { randomBytes } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { loadAuditSettings } from './settings'
import { collectFindings } from './collectFindings'
import { recordNotices, type NoticeChanges } from './recordNotices'
import { prepareDigests, sendDigests, type DigestOutcome } from './auditDigests'
import { acquireAuditLock } from './auditLock'
import { auditOptions } from './options'
import type { AuditFinding } from './types'

export type AuditOptions = {
  now?: Date
  dryRun?: boolean
  /** The run's key in `scheduler-runs` (a cron slot's key, or a fresh manual key). */
  runKey?: string
  instance?: string
  /** Test seam: called inside the transaction, after the writes and before the commit. */
  beforeCommit?: () => Promise<void> | void
}

export type AuditResult = {
  runKey: string
  dryRun: boolean
  now: string
  findings: AuditFinding[]
  errors: Array<{ rules: string; message: string }>
  /** Milliseconds per rule group. */
  timings: Record<string, number>
  notices?: NoticeChanges
  emails?: DigestOutcome[]
}

export const manualRunKey = (now: Date) => `audit-manual:${now.toISOString()}:${randomBytes(3).toString('hex')}`

const recordRun = async (payload: Payload, runKey: string, instance: string, data: Record<string, unknown>) => {
  const collection = auditOptions(payload).runs
  const found = await payload.find({ collection, where: { key: { equals: runKey } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) await payload.update({ collection, id: found.docs[0].id, data, overrideAccess: true, depth: 0 })
  else await payload.create({ collection, data: { key: runKey, task: runKey.split(':')[0], instance, startedAt: new Date().toISOString(), ...data }, overrideAccess: true })
}

export const runAudit = async (payload: Payload, options: AuditOptions = {}): Promise<AuditResult> => {
  const now = options.now ?? new Date()
  const dryRun = Boolean(options.dryRun)
  const runKey = options.runKey ?? manualRunKey(now)
  const resolved = auditOptions(payload)
  const instance = options.instance ?? resolved.instance
  const settings = await loadAuditSettings(payload)
  const calendar = await resolved.loadCalendar(payload)
  if (dryRun) {
    const { findings, errors, timings } = await collectFindings(payload, settings, calendar, now)
    return { runKey, dryRun, now: now.toISOString(), findings, errors, timings }
  }
  const release = await acquireAuditLock(payload, settings.audit.lockMinutes, instance)
  try {
    const { findings, errors, timings } = await collectFindings(payload, settings, calendar, now)
    const failed = new Set(errors.flatMap((e) => e.rules.split(', ')))
    const req = await createLocalReq({}, payload)
    const owns = await initTransaction(req)
    let notices: NoticeChanges
    let digests
    try {
      notices = await recordNotices(payload, findings, now, req, failed)
      digests = await prepareDigests(payload, settings, now, runKey, req)
      await options.beforeCommit?.()
      await resolved.faultPoint?.('audit:before-commit')
      if (owns) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      await recordRun(payload, runKey, instance, { status: 'failed', finishedAt: new Date().toISOString(), summary: { error: (error as Error).message } }).catch(() => undefined)
      throw error
    }
    await resolved.faultPoint?.('audit:before-send')
    const emails = await sendDigests(payload, digests, settings, now)
    const summary = {
      now: now.toISOString(),
      findings: findings.length,
      red: findings.filter((f) => f.severity === 'red').length,
      yellow: findings.filter((f) => f.severity === 'yellow').length,
      notices,
      emails: emails.map((e) => ({ key: e.key, status: e.status, to: e.to, cc: e.cc, notices: e.notices, error: e.error })),
      errors,
      timings,
    }
    await recordRun(payload, runKey, instance, { status: errors.length ? 'failed' : 'done', finishedAt: new Date().toISOString(), summary })
    payload.logger.info({ msg: `自动巡检完成：${findings.length} 项问题（新增 ${notices.created}，销号 ${notices.resolved}），发送邮件 ${emails.filter((e) => e.status === 'sent').length} 封`, runKey })
    return { runKey, dryRun, now: now.toISOString(), findings, errors, timings, notices, emails }
  } finally {
    await release()
  }
}
