'use client'
/** The nav's link to the 季度检查看板, for staff who hold a content role or administer the site (not the 三员). */
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import React from 'react'

type Props = { roles?: readonly string[]; path?: string }

export const InspectionNavLink = ({ roles = ['admin', 'editor', 'reviewer', 'secrecy', 'approver'], path = '/inspection' }: Props) => {
  const { user } = useAuth<{ roles?: string[] }>()
  const { config } = useConfig()
  const pathname = usePathname()
  if (!user?.roles?.some((role) => roles.includes(role))) return null
  const href = `${config.routes.admin}${path}`
  const active = pathname === href
  return (
    <Link id="nav-inspection-dashboard" href={href} className="nav__link" prefetch={false} style={{ fontWeight: active ? 600 : undefined, marginTop: 12 }}>
      <span className="nav__link-label">季度检查看板</span>
    </Link>
  )
}
