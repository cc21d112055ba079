/**
 * The head of the security log's hash chain: one row holding the last sequence number and hash. Appending
 * increments it atomically, which locks the row until the appending transaction ends, so concurrent writers
 * (several instances on one PostgreSQL) take turns and the chain never forks. Server-only.
 */
import type { CollectionConfig } from 'payload'
import { SECURITY_LOG_HEAD_SLUG } from '../defaults'

const nobody = (): boolean => false

export const SECURITY_LOG_HEAD_KEY = 'head'

export const SecurityLogHead: CollectionConfig = {
  slug: SECURITY_LOG_HEAD_SLUG,
  labels: { singular: '安全审计日志链头', plural: '安全审计日志链头' },
  admin: { hidden: true },
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'seq', type: 'number', defaultValue: 0 },
    { name: 'hash', type: 'text' },
  ],
}
