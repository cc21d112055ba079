/**
 * Audit plugin (督办): a registry of audit rules the host fills (`rules`), the notices they keep open and resolve,
 * the digests mailed to each department, the daily schedule and `POST /api/audits/run`. Needs the scheduler plugin
 * (its runs collection holds the lock and the slots) and the calendar plugin (working-day deadlines).
 */
import type { CollectionConfig, CollectionSlug, Config, Field, GlobalConfig, Payload } from 'payload'
import { scheduledTasksOf } from '../../domain/scheduledTasks'
import { actorRules, userModel } from '../../domain/actors'
import { auditDigests } from './collections/AuditDigests'
import { auditNotices } from './collections/AuditNotices'
import { AUDIT_KEY, AUDIT_TASK, CALENDAR_PENDING, DEPARTMENTS_SLUG, DIGESTS_SLUG, NOTICES_SLUG, SECRET_ENV, SETTINGS_GLOBAL } from './defaults'
import { auditRunEndpoint } from './endpoints/auditEndpoint'
import type { ResolvedAuditOptions } from './options'
import { auditSchedule, runScheduledAuditSlot } from './scheduleAudit'
import { auditSettingsGroup } from './settings'
import type { AuditPluginOptions } from './types'
import { AUDIT_COMPONENTS } from './components/paths'

export type { AuditFinding, AuditPluginOptions, AuditRuleContext, AuditRuleRegistration, PendingItem, RuleFinding, Severity } from './types'
export { runAudit, type AuditOptions, type AuditResult } from './runAudit'
export { formatFindings } from './formatFindings'
export { ruleTitle } from './options'
export { AuditBusyError, AUDIT_LOCK_KEY } from './auditLock'
export { runScheduledAudit, startAuditSchedule } from './scheduleAudit'

type Custom = Record<string, unknown>
type SchedulerInfo = { collection: string; instance: string; coordinator: ResolvedAuditOptions['coordinator'] }
type CalendarAccess = { load: ResolvedAuditOptions['loadCalendar'] }

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const withSettingsGroup = (globals: readonly GlobalConfig[], slug: string, group: Field, access: GlobalConfig['access']): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !named(g.fields, 'audit') ? { ...g, fields: [...g.fields, group] } : g))
    : [...globals, { slug, label: '系统设置', admin: { group: '系统管理' }, access, fields: [group] }]

export const auditPlugin =
  (options: AuditPluginOptions) =>
  (config: Config): Config => {
    const custom = (config.custom ?? {}) as Custom
    const scheduler = custom.scheduler as SchedulerInfo | undefined
    if (!scheduler) throw new Error('督办插件需要定时任务插件：请在 plugins 中先加入 schedulerPlugin（巡检的运行锁和定时时段记录在其“定时任务记录”中）')
    const calendar = custom.calendar as CalendarAccess | undefined
    if (!calendar) throw new Error('督办插件需要工作日历插件：请在 plugins 中先加入 calendarPlugin（按工作日计算的时限要用到节假日安排）')
    const enabled = options.enabled !== false
    const actors = actorRules(userModel(options.users))
    const collections = config.collections ?? []
    const wantedDepartments = options.departments === false ? null : (options.departments ?? DEPARTMENTS_SLUG)
    const departments = wantedDepartments && collections.some((c) => c.slug === wantedDepartments) ? wantedDepartments : null
    const rules = [...options.rules.flatMap((r) => [{ id: r.id, title: r.title }, ...(r.also ?? [])]), CALENDAR_PENDING]
    const twice = rules.map((r) => r.id).filter((id, i, ids) => ids.indexOf(id) !== i)
    if (twice.length) throw new Error(`督办规则编号重复：${[...new Set(twice)].join('、')}（每条规则的编号须唯一，${CALENDAR_PENDING.id} 为督办插件自用）`)
    const subjectTypes = options.subjectTypes ?? [
      { value: 'site', label: '网站' },
      ...collections.map((c) => ({ value: c.slug, label: typeof c.labels?.singular === 'string' ? c.labels.singular : c.slug })),
    ]
    const notices = options.notices?.slug ?? NOTICES_SLUG
    const digests = options.digests?.slug ?? DIGESTS_SLUG
    const settingsGlobal = options.settingsGlobal ?? SETTINGS_GLOBAL
    const secretEnv = options.secretEnv ?? SECRET_ENV
    const resolved: ResolvedAuditOptions = {
      rules: options.rules,
      titles: new Map(rules.map((r) => [r.id, r.title])),
      notices: notices as CollectionSlug,
      digests: digests as CollectionSlug,
      departments: departments as CollectionSlug | null,
      settingsGlobal,
      secretEnv,
      runs: scheduler.collection as CollectionSlug,
      instance: scheduler.instance,
      coordinator: scheduler.coordinator,
      loadCalendar: calendar.load,
      faultPoint: options.faultPoint,
    }
    const schedule = enabled && options.schedule !== false ? (options.schedule ?? {}) : null
    const tasks = scheduledTasksOf<Payload>(custom)
    const daily = schedule && {
      name: AUDIT_TASK,
      cron: async (payload: Parameters<typeof auditSchedule>[0]) => (await auditSchedule(payload, schedule)).cron,
      timezone: async (payload: Parameters<typeof auditSchedule>[0]) => (await auditSchedule(payload, schedule)).timezone,
      run: (payload: Parameters<typeof auditSchedule>[0], slot: Date) => runScheduledAuditSlot(payload, slot),
    }
    // Subjects that are collections: their notices link to the item, their lists filter by open 红/黄 notices.
    const watched = subjectTypes.filter((t) => collections.some((c) => c.slug === t.value))
    const withOverdueFilter = (c: CollectionConfig): CollectionConfig =>
      watched.some((t) => t.value === c.slug)
        ? { ...c, admin: { ...c.admin, components: { ...c.admin?.components, beforeListTable: [...(c.admin?.components?.beforeListTable ?? []), { path: AUDIT_COMPONENTS.overdueFilter, clientProps: { notices } }] } } }
        : c
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            { path: AUDIT_COMPONENTS.overdueSummary, clientProps: { notices, collections: watched.map((t) => ({ slug: t.value, label: t.label })) } },
          ],
        },
      },
      collections: [
        ...collections.map(withOverdueFilter),
        auditNotices({ slug: notices, rules, subjectTypes, departments, collections: watched.map((t) => t.value) }, actors),
        auditDigests(digests, departments, actors),
      ],
      globals: withSettingsGroup(config.globals ?? [], settingsGlobal, auditSettingsGroup(), { read: actors.staffOnly, update: actors.systemAdminOnly }),
      endpoints: enabled ? [...(config.endpoints ?? []), auditRunEndpoint(actors, secretEnv)] : config.endpoints,
      custom: { ...custom, [AUDIT_KEY]: resolved, scheduledTasks: daily ? [...tasks, daily] : tasks },
    }
  }
