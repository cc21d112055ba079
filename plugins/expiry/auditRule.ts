/**
 * 过期信息仍在网站公开 (rule `information-expired-online`) for the audit plugin's registry: a public, published item that
 * is 已失效 (by its 有效期 or by hand) and not marked 失效后继续公开 is yellow from the day it expired and red after the
 * setting's working days (domain/expiry.ts). Withdrawing it, or marking it kept on purpose, resolves the notice.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { endOfLocalDay, localDate } from '../../domain/calendar'
import { expiredOnline, expiryDay } from '../../domain/expiry'
import { idOf, type Id } from '../../domain/ids'
import { RULE_ID, RULE_TITLE } from './defaults'
import { expiryOptions } from './options'
import { loadExpirySettings } from './settings'
import type { PluginAuditRule } from '../../domain/audit/ruleContract'

/** The audit plugin's rule contract (domain/audit/ruleContract.ts): the app hands the rule to the audit plugin. */
export type ExpiryAuditRule = PluginAuditRule<Payload>

type Row = Record<string, unknown> & { id: Id }

export const expiredInformationRule = (): ExpiryAuditRule => ({
  id: RULE_ID,
  title: RULE_TITLE,
  collect: async ({ payload, calendar, clock, pending }) => {
    const o = expiryOptions(payload)
    const f = o.fields
    const settings = await loadExpirySettings(payload, o.settingsGlobal)
    const where: Where[] = [
      { _status: { equals: 'published' } },
      { [f.keepOnline]: { not_equals: true } },
      { or: [{ [f.validity]: { equals: o.expiredValue } }, { and: [{ [f.effectiveUntil]: { less_than: clock.today } }, { [f.validity]: { in: [...o.expirableValues] } }] }] },
      ...(o.publicWhere ? [o.publicWhere] : []),
    ]
    const { docs } = await payload.find({
      collection: o.collection as CollectionSlug,
      where: { and: where },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { [f.title]: true, [f.department]: true, [f.effectiveUntil]: true, [f.validity]: true, [f.validityChangedAt]: true, [f.keepOnline]: true } as never,
    })
    return (docs as unknown as Row[]).flatMap((d) => {
      const byDate = expiryDay(d[f.effectiveUntil] as string)
      const changed = d[f.validityChangedAt] ? localDate(d[f.validityChangedAt] as string, clock.timeZone) : null
      const expiredOn = d[f.validity] === o.expiredValue ? (changed ?? byDate ?? clock.today) : byDate
      const flag = expiredOnline({ expiredOn, keepOnline: d[f.keepOnline] === true }, clock.today, calendar, settings)
      if (!flag) return []
      const title = String(d[f.title] ?? '')
      const department = idOf(d[f.department])
      if (flag.severity === 'yellow' && flag.due.latest === null) pending({ rule: RULE_ID, subjectType: o.collection, subjectId: String(d.id), subjectTitle: title, department, earliest: flag.due.earliest })
      const due = flag.due.latest === flag.due.earliest ? flag.due.earliest : null
      const message =
        flag.severity === 'red'
          ? `“${title}”已于 ${flag.expiredOn} 失效，超过 ${settings.onlineWorkingDays} 个工作日仍在网站公开：请撤回，或经审核标明“失效后继续公开”`
          : `“${title}”已于 ${flag.expiredOn} 失效，仍在网站公开（不得发布过期信息）：请撤回，或经审核标明“失效后继续公开”`
      return [{ severity: flag.severity, subjectType: o.collection, subjectId: String(d.id), subjectTitle: title, department, message, dueAt: due ? endOfLocalDay(due, clock.timeZone).toISOString() : null }]
    })
  },
})
