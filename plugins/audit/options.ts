/** The audit's resolved options, stored on the config by the transform and read back here. */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { RunCoordinator } from 'node-cron'
import type { WorkingDayCalendar } from '../../domain/calendar'
import { AUDIT_KEY } from './defaults'
import type { AuditRuleRegistration } from './types'
import type { FaultPoint } from '../../domain/faultPoints'

export type ResolvedAuditOptions = {
  rules: readonly AuditRuleRegistration[]
  titles: ReadonlyMap<string, string>
  notices: CollectionSlug
  digests: CollectionSlug
  departments: CollectionSlug | null
  settingsGlobal: string
  secretEnv: string
  /** The scheduler's runs collection and this instance's name. */
  runs: CollectionSlug
  instance: string
  /** The scheduler plugin's database run coordinator. */
  coordinator: (payload: Payload, instance?: string) => RunCoordinator
  loadCalendar: (payload: Payload, req?: PayloadRequest) => Promise<WorkingDayCalendar>
  faultPoint?: FaultPoint
}

export const auditOptions = (payload: Payload): ResolvedAuditOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[AUDIT_KEY] as ResolvedAuditOptions | undefined
  if (!resolved) throw new Error('督办插件未安装：请在 plugins 中加入 auditPlugin')
  return resolved
}

export const ruleTitle = (payload: Payload, id: string): string => auditOptions(payload).titles.get(id) ?? id
