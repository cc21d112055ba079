/**
 * 登录失败计数: one row per email string and per client address (`email:…`, `ip:…`), for the progressive
 * login delay. Unknown emails get rows too, so a delayed account and a non-existent one look the same.
 * Server-only: no API reads or writes it.
 */
import type { CollectionConfig } from 'payload'
import { LOGIN_THROTTLES_SLUG } from '../defaults'

const nobody = (): boolean => false

export const LoginThrottles: CollectionConfig = {
  slug: LOGIN_THROTTLES_SLUG,
  labels: { singular: '登录失败计数', plural: '登录失败计数' },
  admin: { hidden: true },
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'failures', type: 'number', defaultValue: 0 },
    { name: 'lastFailureAt', type: 'date' },
  ],
}
