/** 附件: uploaded files. The public may fetch a file only while a public item links to it. */
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../hooks/access/roles'
import { adminOnly, staffOnly } from '../hooks/access/rules'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'

export const MEDIA_PUBLIC_PATHS = ['id', 'filename', 'title', 'mimeType', 'createdAt', 'updatedAt'] as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '附件', plural: '附件' },
  admin: { useAsTitle: 'filename', group: '内容管理' },
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR || 'data/media'),
    mimeTypes: ['image/*', 'application/pdf', 'text/plain', 'application/msword', 'application/vnd.*', 'application/zip', 'audio/*', 'video/*'],
  },
  access: {
    read: ({ req }) => (isStaff(req) ? true : { publiclyVisible: { equals: true } }),
    create: staffOnly,
    update: staffOnly,
    delete: adminOnly,
  },
  hooks: { beforeOperation: [guardPublicQuery(MEDIA_PUBLIC_PATHS)] },
  fields: [
    { name: 'title', type: 'text', label: '附件名称' },
    // Maintained by the items that link to the file; never set by hand.
    { name: 'publiclyVisible', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true }, access: { read: () => true, create: () => false, update: () => false } },
  ],
}
