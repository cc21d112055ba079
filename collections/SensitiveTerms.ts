/** 敏感词: terms the pre-check scans for, each with the level of its finding. */
import type { CollectionConfig } from 'payload'
import { messageOf } from '../domain/errors'
import { TERM_CATEGORIES, TERM_LEVELS } from '../domain/vocabulary'
import type { Access } from 'payload'
import { adminOnly } from '../hooks/access/rules'
import { isStaff, readsSensitiveTerms } from '../hooks/access/roles'

const readSensitiveTerms: Access = ({ req }) => isStaff(req) && readsSensitiveTerms(req.user)

export const SensitiveTerms: CollectionConfig = {
  slug: 'sensitive-terms',
  labels: { singular: '敏感词', plural: '敏感词' },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'level', 'category', 'note'], group: '系统管理', hidden: ({ user }) => !readsSensitiveTerms(user) },
  // The pre-check reads the list on the server (overrideAccess); people read it only as its keeper or the 保密审查员.
  access: { read: readSensitiveTerms, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    {
      name: 'term',
      type: 'text',
      label: '词语',
      required: true,
      unique: true,
      validate: (value: unknown) => (typeof value === 'string' && value.trim().length > 0 ? true : messageOf('app.sensitive-term-required')),
    },
    { name: 'level', type: 'select', label: '处理级别', required: true, defaultValue: 'review', options: TERM_LEVELS.map((o) => ({ ...o })) },
    { name: 'category', type: 'select', label: '类别', required: true, defaultValue: 'custom', options: TERM_CATEGORIES.map((o) => ({ ...o })) },
    { name: 'note', type: 'text', label: '说明' },
  ],
}
