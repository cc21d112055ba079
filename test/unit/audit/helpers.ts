import { auditSettingsFrom } from '../../../domain/audit/auditSettings'
import type { AuditClock } from '../../../domain/audit/auditRules'

export const settings = (stored: Record<string, unknown> = {}) => auditSettingsFrom(stored)
/** The audit at its default time, 08:30 in Asia/Shanghai, on a calendar date. */
export const on = (today: string): AuditClock => ({ now: new Date(`${today}T08:30:00+08:00`), today, timeZone: 'Asia/Shanghai' })
/** An instant during a Shanghai calendar date. */
export const at = (date: string) => `${date}T10:00:00+08:00`
