/** `POST /api/inspection/quarters/:quarter/freeze`: the 网站管理员 freezes an ended quarter into its snapshot, once. */
import type { Endpoint } from 'payload'
import { codedError } from '../../../domain/errors'
import { isQuarterKey } from '../../../domain/inspection/model'
import { freezeQuarter } from '../compute'
import type { ResolvedInspectionOptions } from '../options'

export const freezeEndpoint = ({ actors }: ResolvedInspectionOptions): Endpoint => ({
  path: '/inspection/quarters/:quarter/freeze',
  method: 'post',
  handler: async (req) => {
    if (!actors.isStaff(req)) throw codedError('auth.required')
    if (!actors.hasRole(req.user, 'admin')) throw codedError('inspection.freeze-forbidden')
    const quarter = String(req.routeParams?.quarter ?? '')
    if (!isQuarterKey(quarter)) throw codedError('inspection.quarter-invalid', quarter)
    return Response.json(await freezeQuarter(req.payload, quarter, { req }), { status: 201 })
  },
})
