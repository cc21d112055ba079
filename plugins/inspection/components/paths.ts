/**
 * Where Payload finds the inspection plugin's admin components. Paths are resolved against `admin.importMap.baseDir`
 * (the repository root in Gongkai); run `npm run generate` after changing them.
 */
const dir = '/plugins/inspection/components'

export const INSPECTION_COMPONENTS = {
  /** The 季度检查看板 view (server component: the admin's template around the client dashboard). */
  dashboardView: `${dir}/InspectionView#InspectionView`,
  /** The nav's link to the dashboard, after the collections. */
  navLink: `${dir}/InspectionNavLink#InspectionNavLink`,
} as const

/** The dashboard's address under the admin route. */
export const DASHBOARD_PATH = '/inspection'
