/**
 * Applications plugin (依申请公开, 条例 27–45): the register of applications for disclosure, its legal clock on the
 * working-day calendar (domain/applications/clock.ts), the public endpoints for the portal, the handling steps, and
 * table 三 of the annual report. Needs the calendar plugin. See docs/applications.md.
 */
import type { Config } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { applicationsCollection } from './collection'
import { APPLICATIONS_SLUG, DEPARTMENTS_SLUG, PER_APPLICANT_PER_DAY, SETTINGS_GLOBAL, SETTINGS_GROUP } from './defaults'
import type { ApplicationsContext } from './context'
import { actionsEndpoint, annualTableEndpoint, publicStatusEndpoint, publicSubmitEndpoint } from './endpoints'
import { systemFields } from './systemFields'
import { withApplicationSettings } from './settingsFields'
import { withLetters } from './letters'
import { registerExportEndpoint } from './exportRegister'
import type { ApplicationsPluginOptions } from './types'

export type { ApplicationsPluginOptions } from './types'
export { applicationDeadlineRule, APPLICATION_DEADLINE_RULE, type ApplicationAuditRule } from './auditRule'
/** For a host that records applications itself (the demo seed, an import): the plugin's write context and clock. */
export { SYSTEM_WRITE, newTrackingNumber } from './systemFields'
export { registerFields, stateOf, clockEvents, type HistoryEntry } from './register'

type CalendarAccess = { load: ApplicationsContext['loadCalendar'] }

export const applicationsPlugin =
  (options: ApplicationsPluginOptions = {}) =>
  (config: Config): Config => {
    const calendar = (config.custom ?? {}).calendar as CalendarAccess | undefined
    if (!calendar) throw new Error('依申请公开插件需要工作日历插件：请在 plugins 中先加入 calendarPlugin（答复期限按工作日计算）')
    const users = userModel(options.users)
    const ctx: ApplicationsContext = {
      slug: options.slug ?? APPLICATIONS_SLUG,
      departments: options.departments ?? DEPARTMENTS_SLUG,
      users,
      actors: actorRules(users),
      settingsGlobal: options.settingsGlobal ?? SETTINGS_GLOBAL,
      settingsGroup: options.settingsGroup ?? SETTINGS_GROUP,
      perApplicantPerDay: options.perApplicantPerDay ?? PER_APPLICANT_PER_DAY,
      loadCalendar: calendar.load,
    }
    if (!(config.collections ?? []).some((c) => c.slug === ctx.departments)) {
      throw new Error(`依申请公开插件找不到部门集合“${ctx.departments}”：请先声明它，或在选项中指定`)
    }
    const enabled = options.enabled !== false
    const collection = applicationsCollection(ctx, systemFields(ctx))
    // 告知书: the letters, the export log of applicant data, the templates, and the approval register told of letters.
    const letters = withLetters(config, ctx, options, enabled)
    return {
      ...config,
      collections: [...letters.collections, enabled ? { ...collection, endpoints: [annualTableEndpoint(ctx), registerExportEndpoint(ctx, letters.exportLog), actionsEndpoint(ctx)] } : collection],
      endpoints: [...(config.endpoints ?? []), ...(enabled ? [publicSubmitEndpoint(ctx), publicStatusEndpoint(ctx)] : [])],
      // 系统设置 › 依申请公开: the clock's limits and the 信息处理费 (staff read, the 网站管理员 edits).
      globals: letters.withTemplates(withApplicationSettings(config.globals ?? [], ctx.settingsGlobal, ctx.settingsGroup, { read: ctx.actors.staffOnly as never, update: ctx.actors.systemAdminOnly as never })),
    }
  }
