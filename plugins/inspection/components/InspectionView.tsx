/**
 * The 季度检查看板 as a root view of the admin (`/admin/inspection`): the admin's own template (nav, header) around
 * the client dashboard. Signed-out visitors go to the login; everyone signed in may open it, and the quarter
 * endpoint decides what they see (an editor: their own department's row).
 */
import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import React from 'react'
import { InspectionDashboard, type InspectionDashboardProps } from './InspectionDashboard'

export const InspectionView = ({ initPageResult, params, searchParams, ...props }: AdminViewServerProps & InspectionDashboardProps) => {
  const { req, permissions, locale, visibleEntities } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${req.payload.config.routes.admin}/inspection`)}`)
  const { endpoint, notices, trendQuarters, pickerQuarters, bulletin, yearScores } = props
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <InspectionDashboard endpoint={endpoint} notices={notices} trendQuarters={trendQuarters} pickerQuarters={pickerQuarters} bulletin={bulletin} yearScores={yearScores} />
    </DefaultTemplate>
  )
}
