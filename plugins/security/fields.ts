/** Fields the security plugin adds to the staff accounts: the password-change request, its date and history, session activity. */
import type { Field } from 'payload'
import type { ActorRules } from '../../domain/actors'

const serverOnly = { create: () => false, update: () => false }

export const securityUserFields = (rules: ActorRules): Field[] => [
  {
    name: 'mustChangePassword',
    type: 'checkbox',
    label: '下次登录须修改密码',
    // Accounts an administrator creates start with a temporary password; the seed and the Local API do not.
    defaultValue: ({ user }: { user?: unknown }) => Boolean(user),
    access: { create: rules.systemAdminOnly, update: rules.systemAdminOnly },
    admin: { position: 'sidebar', description: '管理员新建账号或重置密码后自动勾选；本人修改密码后自动取消。未修改前，除修改密码外不能进行任何操作。' },
  },
  {
    name: 'passwordChangedAt',
    type: 'date',
    label: '密码修改时间',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // Hashes of earlier passwords (Payload's own salt + PBKDF2 hash), for the no-reuse rule. Never leaves the server.
  { name: 'passwordHistory', type: 'json', hidden: true, access: serverOnly },
  // Last activity of each session (sid → time), for the idle timeout. Read by the server only.
  { name: 'sessionActivity', type: 'json', access: { ...serverOnly, read: () => false }, admin: { disabled: true } },
]
