/** Non-admin staff may only file items under their own department (create access cannot see the data). */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { codedError, messageOf } from '../../domain/errors'
import { idOf } from '../../domain/ids'
import { WORKFLOW_CONTEXT } from '../../plugins/workflow'
import { fieldRefusal } from '../validation/fieldRefusal'
import { departmentIdOf, isAdmin, isStaff } from './roles'

export const OWN_DEPARTMENT_MESSAGE = messageOf('app.own-department')

/** The refusal's reason when the request's user may not file under `department`, else null. */
export const ownDepartmentProblem = (req: PayloadRequest, department: unknown): string | null => {
  if (!isStaff(req) || isAdmin(req.user)) return null
  const own = departmentIdOf(req.user)
  return own === null || String(idOf(department)) !== String(own) ? OWN_DEPARTMENT_MESSAGE : null
}

export const ownDepartmentOnly: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  // The workflow's own writes (a signature, a publication, a withdrawal) file nothing anew: its transition table says
  // who acts on which department's items, and the 保密审查员 and 终审领导 act on every department's.
  if (req.context?.[WORKFLOW_CONTEXT]) return data
  if (ownDepartmentProblem(req, data.department ?? originalDoc?.department)) {
    throw fieldRefusal(codedError('app.own-department'), collection, req)
  }
  return data
}
