/**
 * A banner above every admin page for a user who must change their password before doing anything else (every
 * other action answers with the same message): where to change it.
 */
import Link from 'next/link'
import React from 'react'
import type { Payload } from 'payload'
import { passwordChangeMessage, passwordChangeReason } from '../../../domain/security/passwordPolicy'
import { getSecuritySettings } from '../settings'
import { securityNow } from '../clock'

type Props = { payload?: Payload; user?: { mustChangePassword?: boolean | null; passwordChangedAt?: string | null; createdAt?: string | null } | null }

export const PasswordChangeNotice = async ({ payload, user }: Props) => {
  if (!payload || !user) return null
  const settings = await getSecuritySettings(payload)
  const reason = passwordChangeReason(user, securityNow(), settings.password.maxAgeDays)
  if (!reason) return null
  return (
    <div role="alert" style={{ background: '#fff4e5', borderBottom: '1px solid #f0b429', color: '#7a4b00', padding: '10px 24px', fontSize: 14 }}>
      {passwordChangeMessage(reason)}{' '}
      <Link href={`${payload.config.routes.admin}/account`} style={{ fontWeight: 600, textDecoration: 'underline' }}>
        前往修改密码
      </Link>
    </div>
  )
}
