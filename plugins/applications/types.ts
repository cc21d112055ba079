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
  /** 告知书: the letters collection (default 'application-letters') and the settings group of its templates (default 'applicationLetters'). */
  letters?: { slug?: string; settingsGroup?: string }
  /** The log of exports of applicant data (default 'applicant-data-exports'). */
  exportLog?: { slug?: string }
  /**
   * Where a signed 告知书 is recorded: the approval register's slug and the `req.context` key it accepts records under
   * (the workflow plugin's). The plugin adds the letters to the register's `subject`, so the register must be declared
   * before this plugin runs. false or absent: signing is recorded on the letter only.
   */
  approvalRegister?: { slug: string; context: string } | false
  /** Request header carrying the client address the host's server recorded (default 'x-gongkai-client-ip'). */
  clientIpHeader?: string
  /** false: the collection stays (same schema) but no endpoints. */
  enabled?: boolean
}
