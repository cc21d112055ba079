/** The 自动巡检 settings group and the one reader of the audit's settings. */
import type { Field, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { RULES_DEFAULTS } from '../../domain/rulesDefaults'
import { AUDIT_NUMBER_SETTINGS, auditSettingsFrom, type AuditSettings } from '../../domain/audit/auditSettings'
import { auditOptions } from './options'

const days = (name: string, label: string, defaultValue: number, description?: string): Field => ({
  name,
  type: 'number',
  label,
  min: 0,
  required: true,
  defaultValue,
  admin: description ? { description } : undefined,
})

export const auditSettingsGroup = (): Field => ({
  name: 'audit',
  type: 'group',
  label: '自动巡检',
  fields: [
    { name: 'dailyCron', type: 'text', label: '每日巡检时间（cron）', required: true, defaultValue: RULES_DEFAULTS.audit.dailyCron },
    { name: 'timeZone', type: 'text', label: '时区', required: true, defaultValue: RULES_DEFAULTS.audit.timeZone },
    { name: 'webOfficeEmail', type: 'email', label: '政务公开办邮箱', admin: { description: '红色督办事项和全站问题抄送此邮箱' } },
    ...AUDIT_NUMBER_SETTINGS.map(([name, label, description]) => days(name, label, RULES_DEFAULTS.audit[name], description)),
  ],
})

/**
 * The settings a run reads, once: the 自动巡检 group and the host's rule groups (deadlines, columns, …), each over
 * its defaults, so that rules never hold a literal.
 */
export const loadAuditSettings = async (payload: Payload, req?: PayloadRequest): Promise<AuditSettings> => {
  const stored: object = await payload.findGlobal({ slug: auditOptions(payload).settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return auditSettingsFrom(stored as Record<string, unknown>)
}
