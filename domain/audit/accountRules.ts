/**
 * 政务新媒体 rules: no post for `updateDays` (寻乌县: 每个星期都有信息更新) is yellow, or red when the setting says so;
 * for `vetoDays` red (单项否决), with the 1- and 6-month escalations (一级/二级督办, 甘州区《关于全区第一季度政府信息
 * 公开情况的通报》); a closed account whose closure is not filed (注销备案) is red; an account in operation without a
 * 备案 date is yellow (开设备案, 《关于进一步加强政务新媒体建设管理的通知》: every account is filed).
 */
import { daysBetween, endOfLocalDay, localDate, parseDate, shiftDate } from '../calendar'
import { labelOf, PLATFORMS } from '../vocabulary'
import type { AuditClock, Finding } from './auditRules'
import type { AuditSettings } from './auditSettings'
import type { Id } from '../ids'

export type AccountFacts = {
  id: Id
  name: string
  platform: string
  department: Id | null
  status: string
  lastPostAt: string | Date | null
  filedAt: string | Date | null
  createdAt: string | Date
  closureFiled: boolean | null
}

/** The same day `months` later, clamped to the month's end (01-31 + 1 month = 02-28). */
export const addMonths = (date: string, months: number): string => {
  const d = parseDate(date)
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target.toISOString().slice(0, 10)
}

export const evaluateAccounts = (accounts: readonly AccountFacts[], settings: AuditSettings, clock: AuditClock): Finding[] => {
  const { updateDays, updateSeverity, vetoDays, firstEscalationMonths, secondEscalationMonths } = settings.newMedia
  const findings: Finding[] = []
  for (const account of accounts) {
    const title = `${labelOf(PLATFORMS, account.platform as never) || account.platform}“${account.name}”`
    const base = { subjectType: 'new-media-accounts' as const, subjectId: String(account.id), subjectTitle: title, department: account.department }
    if (account.status === 'closed') {
      if (!account.closureFiled) findings.push({ ...base, rule: 'new-media-closure-unfiled', severity: 'red', dueAt: null, message: `${title}已注销，尚未办理注销备案` })
      continue
    }
    if (account.status !== 'active') continue
    if (!account.filedAt) {
      findings.push({ ...base, rule: 'new-media-unfiled', severity: 'yellow', dueAt: null, message: `${title}正在运营，尚未填写备案日期（未办理开设备案）` })
    }
    const last = localDate(account.lastPostAt ?? account.filedAt ?? account.createdAt, clock.timeZone)
    const since = daysBetween(last, clock.today)
    const what = account.lastPostAt ? `最近更新 ${last}` : `开设以来未更新（${last} 起算）`
    if (since >= vetoDays) {
      const level =
        secondEscalationMonths > 0 && clock.today >= addMonths(last, secondEscalationMonths)
          ? `，超过${secondEscalationMonths}个月，二级督办`
          : firstEscalationMonths > 0 && clock.today >= addMonths(last, firstEscalationMonths)
            ? `，超过${firstEscalationMonths}个月，一级督办`
            : ''
      findings.push({
        ...base,
        rule: 'new-media-stale',
        severity: 'red',
        dueAt: endOfLocalDay(shiftDate(last, vetoDays - 1), clock.timeZone).toISOString(),
        message: `${title}已 ${since} 天未更新（${what}），${vetoDays} 天未更新属单项否决${level}`,
      })
    } else if (since >= updateDays) {
      findings.push({
        ...base,
        rule: 'new-media-stale',
        severity: updateSeverity === 'red' ? 'red' : 'yellow',
        dueAt: endOfLocalDay(shiftDate(last, vetoDays - 1), clock.timeZone).toISOString(),
        message: `${title}已 ${since} 天未更新（${what}），应每 ${updateDays} 天至少更新一次`,
      })
    }
  }
  return findings
}
