/**
 * `GET /api/inspection/years/:year`: the year's 考评 per department — each quarter's frozen score, their average
 * (日常考核), the entered 年终考核成绩, the weighed result and the rank (domain/inspection/year.ts). Editors get their
 * own department's row.
 */
import type { CollectionSlug, Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { idOf, type Id } from '../../../domain/ids'
import type { QuarterSnapshot } from '../../../domain/inspection/model'
import { isInspectionYear, quartersOfYear, scopedYear, yearResults } from '../../../domain/inspection/year'
import { loadInspectionSettings } from '../compute'
import type { ResolvedInspectionOptions } from '../options'

export const yearEndpoint = (resolved: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/years/:year',
  method: 'get',
  handler: async (req) => {
    const { actors, users } = resolved
    if (!actors.isStaff(req)) throw codedError('auth.required')
    const raw = String(req.routeParams?.year ?? '')
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN
    if (!isInspectionYear(year)) throw codedError('inspection.year-invalid', raw)
    const wide = actors.hasRole(req.user, 'admin', 'secrecy', 'approver')
    const own = wide ? null : users.departmentOf(req.user)
    if (!wide && own === null) throw codedError('inspection.no-department')
    const { payload } = req
    const [settings, snapshots, departments, scores] = await Promise.all([
      loadInspectionSettings(payload, req),
      payload.find({ collection: resolved.snapshots as CollectionSlug, where: { quarter: { in: quartersOfYear(year) } }, pagination: false, depth: 0, overrideAccess: true, req }),
      payload.find({ collection: resolved.departments as CollectionSlug, pagination: false, depth: 0, overrideAccess: true, select: { name: true }, req }),
      payload.find({ collection: resolved.yearScores as CollectionSlug, where: { year: { equals: year } }, pagination: false, depth: 0, overrideAccess: true, req }),
    ])
    const answer = yearResults(
      year,
      snapshots.docs.map((s) => (s as unknown as { data: QuarterSnapshot }).data),
      departments.docs.map((d) => ({ id: d.id as Id, name: String((d as unknown as { name?: string }).name ?? '') })),
      scores.docs.map((s) => ({ department: idOf((s as unknown as { department: unknown }).department) as Id, score: Number((s as unknown as { score: number }).score) })),
      settings,
    )
    return Response.json(scopedYear(answer, own))
  },
})
