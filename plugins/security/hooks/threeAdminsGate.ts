/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2 d): the 系统管理员, 安全管理员 and 审计管理员 administer; none of them
 * creates, edits or deletes content, whatever another access rule would allow (an upload, for instance).
 * Signing reviews needs a content role, which they cannot hold.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { codedError, messageOf } from '../../../domain/errors'
import { holdsThreeAdminRole } from '../../../domain/security/roleSeparation'
import { optionsOf } from '../options'

export const THREE_ADMINS_NO_CONTENT = messageOf('security.three-admins-no-content')

export const threeAdminsGate: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  const { rules, users } = optionsOf(req.payload)
  if (overrideAccess || !rules.isStaff(req)) return args
  if (!['create', 'update', 'delete'].includes(operation)) return args
  if (holdsThreeAdminRole(users.rolesOf(req.user))) throw codedError('security.three-admins-no-content')
  return args
}
