/** Adds the 季度检查看板 to the admin: its root view (`/admin/inspection`) and a link in the nav after the collections. */
import type { Config } from 'payload'
import { DASHBOARD_PATH, INSPECTION_COMPONENTS } from './paths'

export type DashboardOptions = {
  /** The 督办通知 collection the drill-down lists. */
  notices: string
  /** Whether the 通报 generator's endpoints are there (the dashboard then offers 生成通报 for a frozen quarter). */
  bulletin?: boolean
  /** The 年终考核成绩 collection the year table links to. */
  yearScores?: string
}

export const withDashboard = (admin: Config['admin'], { notices, bulletin = true, yearScores }: DashboardOptions): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    views: {
      ...admin?.components?.views,
      inspectionDashboard: {
        Component: { path: INSPECTION_COMPONENTS.dashboardView, clientProps: { notices, bulletin, ...(yearScores ? { yearScores } : {}) } },
        path: DASHBOARD_PATH,
        exact: true,
        meta: { title: '季度检查看板' },
      },
    },
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), { path: INSPECTION_COMPONENTS.navLink, clientProps: { path: DASHBOARD_PATH } }],
  },
})
