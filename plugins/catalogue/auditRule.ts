/**
 * 标准目录事项未按时限公开 (rule `catalogue-deadline`) for the audit plugin's registry: an unpublished public item in a
 * column bound to 事项 whose 时限 counts days (e.g. 7个工作日内) is red once the strictest of those deadlines has passed,
 * counted from its 形成/变更 date on the working-day calendar. 时限 of 20 working days or more are left to the general
 * rule (`publish-overdue`, 条例第二十六条), which already reports them; the others cite the 事项.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { deadlineBounds, endOfLocalDay, isAfterBounds, localDate, type DeadlineRule } from '../../domain/calendar'
import { countableDeadline, type DeadlineKind } from '../../domain/catalogue/timeLimit'
import { idOf, type Id } from '../../domain/ids'
import { RULE_ID, RULE_TITLE } from './defaults'
import { boundColumns } from './loadGrades'
import { catalogueOptions } from './options'
import type { PluginAuditRule } from '../../domain/audit/ruleContract'

/** The audit plugin's rule contract (domain/audit/ruleContract.ts): the app hands the rule to the audit plugin. */
export type CatalogueAuditRule = PluginAuditRule<Payload>

type Row = Record<string, unknown> & { id: Id }
type Matter = { id: string; title: string; timeLimit: string; rule: DeadlineRule }

/** The general publication deadline the audit already applies (AuditSettings.deadlines.publishWorkingDays). */
const generalWorkingDays = (settings: object): number => {
  const days = (settings as { deadlines?: { publishWorkingDays?: unknown } }).deadlines?.publishWorkingDays
  return typeof days === 'number' ? days : Number.POSITIVE_INFINITY
}

export const catalogueDeadlineRule = (): CatalogueAuditRule => ({
  id: RULE_ID,
  title: RULE_TITLE,
  collect: async ({ payload, calendar, clock, settings, pending }) => {
    const o = catalogueOptions(payload)
    const f = o.fields
    const general = generalWorkingDays(settings)
    const { docs: matterRows } = await payload.find({
      collection: o.matters as CollectionSlug,
      where: { 'deadline.kind': { in: ['working-days', 'calendar-days'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { title: true, timeLimit: true, deadline: true } as never,
    })
    const matters = new Map<string, Matter>()
    for (const m of matterRows as unknown as Row[]) {
      const d = (m.deadline ?? {}) as { kind?: DeadlineKind; days?: number | null }
      const rule = countableDeadline({ kind: d.kind ?? 'unparsed', days: d.days ?? null })
      if (!rule || (rule.dayType === 'working' && rule.days >= general)) continue
      matters.set(String(m.id), { id: String(m.id), title: String(m.title), timeLimit: String(m.timeLimit), rule })
    }
    if (!matters.size) return []
    const rulesOf = new Map<string, Matter[]>()
    for (const [column, ids] of await boundColumns(payload)) {
      const list = ids.map((id) => matters.get(id)).filter((m): m is Matter => Boolean(m))
      if (list.length) rulesOf.set(column, list)
    }
    if (!rulesOf.size) return []
    const where: Where[] = [
      { [f.column]: { in: [...rulesOf.keys()] } },
      { [f.publishedAt]: { exists: false } },
      { [f.disclosure]: { in: [...o.publicDisclosures] } },
    ]
    const select = Object.fromEntries([f.title, f.column, f.department, ...f.startDates].map((k) => [k, true]))
    const { docs } = await payload.find({ collection: o.documents as CollectionSlug, where: { and: where }, pagination: false, depth: 0, overrideAccess: true, select: select as never })
    const findings = []
    for (const d of docs as unknown as Row[]) {
      const starts = f.startDates.map((k) => d[k]).filter((v): v is string => typeof v === 'string' && v !== '').map((v) => localDate(v, clock.timeZone))
      if (!starts.length) continue
      const start = starts.sort().at(-1)!
      const title = String(d[f.title] ?? '')
      const department = idOf(d[f.department])
      // The strictest 事项 of the column decides: the earliest deadline.
      const candidates = rulesOf.get(String(idOf(d[f.column]))) ?? []
      const due = candidates
        .map((m) => ({ m, bounds: deadlineBounds(calendar, start, m.rule) }))
        .sort((a, b) => a.bounds.earliest.localeCompare(b.bounds.earliest))[0]
      if (!due) continue
      const late = isAfterBounds(clock.today, due.bounds)
      if (late === null) pending({ rule: RULE_ID, subjectType: o.documents, subjectId: String(d.id), subjectTitle: title, department, earliest: due.bounds.earliest })
      if (late !== true) continue
      const unit = due.m.rule.dayType === 'working' ? '个工作日' : '日'
      findings.push({
        severity: 'red' as const,
        subjectType: o.documents,
        subjectId: String(d.id),
        subjectTitle: title,
        department,
        dueAt: endOfLocalDay(due.bounds.latest!, clock.timeZone).toISOString(),
        message: `“${title}”属标准目录事项“${due.m.title}”（公开时限：${due.m.timeLimit}），自 ${start} 起 ${due.m.rule.days} ${unit}内应公开（${due.bounds.latest} 前），至今未公开`,
      })
    }
    return findings
  },
})
