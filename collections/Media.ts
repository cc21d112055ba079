/**
 * 附件: uploaded files, owned by the uploader's department. The public may fetch a file only while a public
 * item links to it; once an item in review or published links it, the file itself never changes.
 */
import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { adminOnly, adminOnlyField, staffOnly, staffOnlyField } from '../hooks/access/rules'
import { guardPublicQuery } from '../hooks/publicQuery/guardPublicQuery'
import { readMedia, updateMedia } from '../hooks/media/mediaAccess'
import { guardMediaWrite } from '../hooks/media/guardMediaWrite'
import { assignMediaDepartment } from '../hooks/media/assignMediaDepartment'
import { refuseMalformedUpload } from '../hooks/media/refuseMalformedUpload'
import { refuseStorageFailure, rememberUploadTarget } from '../hooks/media/storageFailure'

export const MEDIA_PUBLIC_PATHS = ['id', 'filename', 'title', 'mimeType', 'createdAt', 'updatedAt'] as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '附件', plural: '附件' },
  admin: { useAsTitle: 'filename', group: '内容管理', defaultColumns: ['filename', 'title', 'department', 'updatedAt'] },
  // On the local disk unless S3_BUCKET/S3_ENDPOINT name an object storage (src/lib/storage.ts).
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR || 'data/media'),
    mimeTypes: ['image/*', 'application/pdf', 'text/plain', 'application/msword', 'application/vnd.*', 'application/zip', 'audio/*', 'video/*'],
  },
  access: {
    read: readMedia,
    create: staffOnly,
    update: updateMedia,
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [guardPublicQuery(MEDIA_PUBLIC_PATHS), guardMediaWrite],
    beforeChange: [assignMediaDepartment, rememberUploadTarget],
    // The workflow plugin (its `uploads` option) adds the hook that stores `sha256`.
    // A disk or an object storage that cannot take the file: a Chinese 507/503, and no row or partial file left.
    afterError: [refuseMalformedUpload, refuseStorageFailure],
  },
  fields: [
    { name: 'title', type: 'text', label: '附件名称' },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: '所属部门',
      index: true,
      // Set from the uploader; only admins file a file under another department.
      access: { read: staffOnlyField, create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', description: '上传人所在部门，只有网站管理员可以更改' },
    },
    {
      name: 'sha256',
      type: 'text',
      label: '文件指纹（SHA-256）',
      index: true,
      access: { read: staffOnlyField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: '由上传的文件内容计算，审核签名与之绑定' },
    },
    // Maintained by the items that link to the file; never set by hand.
    { name: 'publiclyVisible', type: 'checkbox', label: '网站公开可见', defaultValue: false, index: true, admin: { hidden: true }, access: { read: () => true, create: () => false, update: () => false } },
    // Chinese labels for Payload's own upload fields (merged into them by name; their behaviour stays Payload's).
    { name: 'url', type: 'text', label: '文件地址' },
    { name: 'thumbnailURL', type: 'text', label: '缩略图地址' },
    { name: 'mimeType', type: 'text', label: '文件类型' },
    { name: 'focalX', type: 'number', label: '焦点横坐标' },
    { name: 'focalY', type: 'number', label: '焦点纵坐标' },
  ],
}
