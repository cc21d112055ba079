/**
 * 通报整改: after a 通报 is published, each unit it lists is followed up until its problems are gone. A problem is
 * still there while one of the notices behind it is open, or the unit has an open notice of the problem's audit
 * rules; a problem nothing automatic can check (entered by hand) is reported until the deadline, after which the
 * office checks it by hand. Yellow before the deadline, red after; one finding per unit, citing every 通报 that
 * still lists it.
 */
import type { Id } from '../ids'
import { problemLabel, type ProblemKey } from './bulletinProblems'

export type TrackedProblem = { key: ProblemKey; details: readonly string[]; rules: readonly string[]; notices: readonly Id[] }
export type TrackedUnit = { department: Id; name: string; problems: readonly TrackedProblem[] }
export type PublishedBulletin = { id: Id; title: string; deadline: string; units: readonly TrackedUnit[] }
export type OpenNotice = { id: Id; rule: string; department: Id | null }

export type RectificationFinding = { department: Id; name: string; severity: 'red' | 'yellow'; deadline: string; message: string; bulletins: Id[] }

const describe = (p: TrackedProblem): string => `${problemLabel(p.key)}${p.details.length ? `（${p.details.join('；')}）` : ''}`

/** `today` and the deadlines are Beijing days; a deadline day itself is still in time. */
export const rectificationFindings = (bulletins: readonly PublishedBulletin[], open: readonly OpenNotice[], today: string): RectificationFinding[] => {
  const openIds = new Set(open.map((n) => String(n.id)))
  const openRules = new Set(open.filter((n) => n.department !== null).map((n) => `${n.department}|${n.rule}`))
  const byUnit = new Map<string, Array<{ bulletin: PublishedBulletin; unit: TrackedUnit; remaining: TrackedProblem[] }>>()
  for (const bulletin of bulletins) {
    const late = today > bulletin.deadline
    for (const unit of bulletin.units) {
      const remaining = unit.problems.filter((p) => {
        const checkable = p.notices.length > 0 || p.rules.length > 0
        if (!checkable) return !late
        return p.notices.some((id) => openIds.has(String(id))) || p.rules.some((rule) => openRules.has(`${unit.department}|${rule}`))
      })
      if (!remaining.length) continue
      const key = String(unit.department)
      byUnit.set(key, [...(byUnit.get(key) ?? []), { bulletin, unit, remaining }])
    }
  }
  return [...byUnit.values()].map((entries) => {
    const sorted = [...entries].sort((a, b) => a.bulletin.deadline.localeCompare(b.bulletin.deadline))
    return {
      department: sorted[0]!.unit.department,
      name: sorted[0]!.unit.name,
      severity: sorted.some((e) => today > e.bulletin.deadline) ? 'red' : 'yellow',
      deadline: sorted[0]!.bulletin.deadline,
      message: sorted.map((e) => `《${e.bulletin.title}》要求于 ${e.bulletin.deadline} 前整改：${e.remaining.map(describe).join('；')}`).join('；'),
      bulletins: sorted.map((e) => e.bulletin.id),
    }
  })
}
