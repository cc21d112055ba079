/** Options of the applications plugin: the register of applications for disclosure (依申请公开, 条例 27–45). */
import type { UserModel } from '../../domain/actors'

export type ApplicationsPluginOptions = {
  /** Slug of the register (default 'applications'). */
  slug?: string
  /** The departments collection: an application is handled by one of them (default 'departments'). */
  departments?: string
  /** Where the host keeps its staff and how their roles and department are read. */
  users?: Partial<UserModel>
  /**
   * The settings global (default 'settings') and its group (default 'applications') holding `replyWorkingDays` and
   * `extensionWorkingDays`; every other limit has the default of domain/applications/clock.ts.
   */
  settingsGlobal?: string
  settingsGroup?: string
  /** How many applications one applicant (by ID number) may file through the public endpoint in 24 hours (default 10). */
  perApplicantPerDay?: number
  /** false: the collection stays (same schema) but no endpoints. */
  enabled?: boolean
}
