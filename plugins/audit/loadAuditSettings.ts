/** The audit's settings, read from the settings global (every number there, never a literal). */
import type { Payload, PayloadRequest } from 'payload'
import { auditSettingsFrom, type AuditSettings } from '../../domain/audit/auditSettings'

export const loadAuditSettings = async (payload: Payload, req?: PayloadRequest): Promise<AuditSettings> => {
  const stored = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return auditSettingsFrom(stored as unknown as Record<string, unknown>)
}
