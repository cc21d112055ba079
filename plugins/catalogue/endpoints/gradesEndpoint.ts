/**
 * `GET /api/catalogue/grades/:quarter[?department=<id>]` (staff): each 领域's grade for the quarter — 较好 / 数量不足 / 未更新
 * — with the counts behind it. Editors and first reviewers get their own department's figures.
 */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { isQuarterKey } from '../../../domain/inspection/model'
import { loadGrades } from '../loadGrades'
import type { ResolvedCatalogueOptions } from '../options'

export const gradesEndpoint = ({ actors, users }: ResolvedCatalogueOptions): Endpoint => ({
  path: '/catalogue/grades/:quarter',
  method: 'get',
  handler: async (req) => {
    if (!actors.isStaff(req)) throw codedError('auth.required')
    const quarter = String(req.routeParams?.quarter ?? '')
    if (!isQuarterKey(quarter)) throw codedError('catalogue.quarter-invalid', quarter)
    const asked = req.searchParams.get('department')
    if (asked !== null && !/^[\w-]{1,64}$/.test(asked)) throw codedError('catalogue.department-invalid', asked.slice(0, 64))
    const wide = actors.hasRole(req.user, 'admin', 'secrecy', 'approver')
    const own = wide ? null : users.departmentOf(req.user)
    if (!wide && own === null) throw codedError('catalogue.no-department')
    const department = wide ? (asked === null ? null : /^\d+$/.test(asked) ? Number(asked) : asked) : own
    return Response.json(await loadGrades(req.payload, quarter, { department }))
  },
})
