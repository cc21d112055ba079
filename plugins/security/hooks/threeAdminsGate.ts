/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2 d): the 系统管理员, 安全管理员 and 审计管理员 administer; none of them
 * creates, edits or deletes content, whatever another access rule would allow (an upload, for instance).
 * Signing reviews needs a content role, which they cannot hold.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { holdsThreeAdminRole } from '../../../domain/security/roleSeparation'

export const THREE_ADMINS_NO_CONTENT = '系统管理员、安全管理员、审计管理员不能新建、修改或删除内容'

export const threeAdminsGate: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || !req.user || req.user.collection !== 'users') return args
  if (!['create', 'update', 'delete'].includes(operation)) return args
  if (holdsThreeAdminRole((req.user as { roles?: string[] }).roles)) throw new APIError(THREE_ADMINS_NO_CONTENT, 403, null, true)
  return args
}
