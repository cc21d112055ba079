/** 用户: staff accounts, each in one department with one or more roles. */
import type { CollectionConfig, FieldAccess, Where } from 'payload'
import { ROLES } from '../domain/vocabulary'
import { departmentIdOf, isStaff, isSystemAdmin, readsEmails, readsEveryAccount, seesAllUsers } from '../hooks/access/roles'
import { systemAdminOnly, systemAdminOnlyField } from '../hooks/access/rules'
import { firstUserIsAdmin } from '../hooks/users/firstUserIsAdmin'

/** Everyone reads their own email address; only those who see every account read anyone else's. */
const emailReadAccess: FieldAccess = ({ req, doc, id }) =>
  isStaff(req) && (readsEmails(req.user) || String(doc?.id ?? id) === String(req.user!.id))

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  // No lock after failed logins (anyone could lock out anyone): the security plugin delays repeated failures
  // instead, and ends sessions idle for the 安全设置 time; 8 hours stays the absolute limit of a token.
  // depth 0: the signed-in user's relations stay ids (every rule reads them through departmentOf), so a request's
  // user lookup is one plain read instead of the department's whole row and its arrays (issue 17, creates).
  auth: { maxLoginAttempts: 0, tokenExpiration: 8 * 60 * 60, depth: 0 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'department', 'roles'],
    group: '系统管理',
    // The account list is for those who manage or watch accounts; everyone else edits their own under 账户.
    hidden: ({ user }) => !seesAllUsers(user),
  },
  access: {
    // Staff read themselves and, for names in the review history and the 审批表, the colleagues of their department;
    // admins, the 三员 and the reviewers of every department (保密审查, 终审) everyone. Email addresses: see `email`.
    read: ({ req }) => {
      if (!isStaff(req)) return false
      if (readsEveryAccount(req.user)) return true
      const department = departmentIdOf(req.user)
      const self: Where = { id: { equals: req.user!.id } }
      return department === null ? self : { or: [self, { department: { equals: department } }] }
    },
    create: systemAdminOnly,
    update: ({ req }) => (isStaff(req) ? (isSystemAdmin(req.user) ? true : { id: { equals: req.user!.id } }) : false),
    delete: systemAdminOnly,
    admin: ({ req }) => isStaff(req),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: '姓名', required: true },
    // Merged into Payload's own email field (by name): the address is read by its owner and the account managers only.
    { name: 'email', type: 'email', label: '电子邮箱', access: { read: emailReadAccess } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: '所属部门',
      access: { create: systemAdminOnlyField, update: systemAdminOnlyField },
    },
    {
      name: 'roles',
      type: 'select',
      label: '角色',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((o) => ({ ...o })),
      access: { create: systemAdminOnlyField, update: systemAdminOnlyField },
    },
  ],
}
