/** 用户: staff accounts, each in one department with one or more roles. */
import type { CollectionConfig, Where } from 'payload'
import { ROLES } from '../domain/vocabulary'
import { departmentIdOf, isStaff, isSystemAdmin, seesAllUsers } from '../hooks/access/roles'
import { systemAdminOnly, systemAdminOnlyField } from '../hooks/access/rules'
import { firstUserIsAdmin } from '../hooks/users/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  // No lock after failed logins (anyone could lock out anyone): the security plugin delays repeated failures
  // instead, and ends sessions idle for the 安全设置 time; 8 hours stays the absolute limit of a token.
  auth: { maxLoginAttempts: 0, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'department', 'roles'], group: '系统管理' },
  access: {
    // Staff see themselves and colleagues of their department (for names in the review history); admins and the 三员 everyone.
    read: ({ req }) => {
      if (!isStaff(req)) return false
      if (seesAllUsers(req.user)) return true
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
