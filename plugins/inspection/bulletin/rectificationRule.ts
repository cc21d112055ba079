/**
 * 通报整改 (rule `bulletin-rectification`) for the audit plugin's registry: for every PUBLISHED 通报, each listed unit
 * whose problems are still there gets a 督办通知 — yellow up to the 整改期限, red after, due at its end, the message
 * citing the 通报 (domain/inspection/bulletinRectification.ts decides). The app adds it to `auditPlugin({ rules })`.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { endOfLocalDay } from '../../../domain/calendar'
import { idOf, type Id } from '../../../domain/ids'
import { rectificationFindings, type OpenNotice, type PublishedBulletin, type TrackedUnit } from '../../../domain/inspection/bulletinRectification'
import { inspectionOptions } from '../options'
import { BULLETIN_RULE_ID, BULLETIN_RULE_TITLE, BULLETINS_SLUG } from './defaults'
import type { PluginAuditRule } from '../../../domain/audit/ruleContract'

/** The audit plugin's rule contract (domain/audit/ruleContract.ts): the app hands the rule to the audit plugin. */
export type BulletinAuditRule = PluginAuditRule<Payload>

type Row = { id: Id; title: string; document: unknown; deadline: string; units: TrackedUnit[] | null }

export const bulletinRectificationRule = ({ slug = BULLETINS_SLUG }: { slug?: string } = {}): BulletinAuditRule => ({
  id: BULLETIN_RULE_ID,
  title: BULLETIN_RULE_TITLE,
  collect: async ({ payload, clock }) => {
    const { documents, notices, departments } = inspectionOptions(payload)
    const { docs } = await payload.find({ collection: slug as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, select: { title: true, document: true, deadline: true, units: true } as never })
    const rows = docs as unknown as Row[]
    if (!rows.length) return []
    const { docs: published } = await payload.find({
      collection: documents as CollectionSlug,
      where: { and: [{ id: { in: rows.map((r) => idOf(r.document)) } }, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {},
    })
    const live = new Set(published.map((d) => String(d.id)))
    const bulletins: PublishedBulletin[] = rows.filter((r) => live.has(String(idOf(r.document)))).map((r) => ({ id: r.id, title: r.title, deadline: r.deadline, units: r.units ?? [] }))
    if (!bulletins.length) return []
    const units = bulletins.flatMap((b) => b.units)
    const problems = units.flatMap((u) => u.problems)
    const ids = [...new Set(problems.flatMap((p) => p.notices.map(String)))]
    const rules = [...new Set(problems.flatMap((p) => p.rules))]
    const where: Where[] = [{ and: [{ rule: { in: rules } }, { department: { in: [...new Set(units.map((u) => u.department))] } }] }, ...(ids.length ? [{ id: { in: ids } }] : [])]
    const { docs: open } = await payload.find({
      collection: notices as CollectionSlug,
      where: { and: [{ status: { equals: 'open' } }, { or: where }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { rule: true, department: true } as never,
    })
    const openNotices: OpenNotice[] = (open as unknown as Array<{ id: Id; rule: string; department: unknown }>).map((n) => ({ id: n.id, rule: n.rule, department: idOf(n.department) }))
    return rectificationFindings(bulletins, openNotices, clock.today).map((f) => ({
      severity: f.severity,
      subjectType: departments,
      subjectId: String(f.department),
      subjectTitle: `${f.name}（通报整改）`,
      department: f.department,
      message: f.message,
      dueAt: endOfLocalDay(f.deadline, clock.timeZone).toISOString(),
    }))
  },
})
