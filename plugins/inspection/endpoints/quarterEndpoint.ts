/** `GET /api/inspection/quarters/:quarter`: the quarter's colours, scores and ranks (SPEC, Quarterly inspection — contract). */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { isQuarterKey } from '../../../domain/inspection/model'
import { scopedSnapshot } from '../../../domain/inspection/scope'
import { loadQuarter } from '../compute'
import type { ResolvedInspectionOptions } from '../options'

export const quarterEndpoint = ({ actors, users }: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/quarters/:quarter',
  method: 'get',
  handler: async (req) => {
    if (!actors.isStaff(req)) throw codedError('auth.required')
    const quarter = String(req.routeParams?.quarter ?? '')
    if (!isQuarterKey(quarter)) throw codedError('inspection.quarter-invalid', quarter)
    // Editors and first reviewers see their own department's row and figures only (as with the notices).
    const wide = actors.hasRole(req.user, 'admin', 'secrecy', 'approver')
    const own = wide ? null : users.departmentOf(req.user)
    if (!wide && own === null) throw codedError('inspection.no-department')
    return Response.json(scopedSnapshot(await loadQuarter(req.payload, quarter), own))
  },
})
