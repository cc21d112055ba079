/** 用户: staff accounts, each in one department with one or more roles. */
import type { CollectionConfig, Where } from 'payload'
import { ROLES } from '../src/domain/vocabulary'
import { departmentIdOf, isAdmin, isStaff } from '../hooks/access/roles'
import { adminOnly, adminOnlyField } from '../hooks/access/rules'
import { firstUserIsAdmin } from '../hooks/users/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'department', 'roles'], group: '系统管理' },
  access: {
    // Staff see themselves and colleagues of their department (for names in the review history); admins everyone.
    read: ({ req }) => {
      if (!isStaff(req)) return false
      if (isAdmin(req.user as never)) return true
      const department = departmentIdOf(req.user as never)
      const self: Where = { id: { equals: req.user!.id } }
      return department === null ? self : { or: [self, { department: { equals: department } }] }
    },
    create: adminOnly,
    update: ({ req }) => (isStaff(req) ? (isAdmin(req.user as never) ? true : { id: { equals: req.user!.id } }) : false),
    delete: adminOnly,
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
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'roles',
      type: 'select',
      label: '角色',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLES.map((o) => ({ ...o })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
  ],
}
