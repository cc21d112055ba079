/**
 * Link-check plugin (错链检查, 检查指标 "链接正常打开"; seed 000: 无错链、错图): on a schedule, every link of every
 * published item — rich-text links, autolinks, embedded items and files, attachments — internal ones in the database
 * or against the portal, outside ones over HTTP (HEAD, then GET; timeouts, retries with backoff, a per-host cap and
 * pacing, no private addresses). Results land in `link-checks`; `brokenLinkRule` turns them into 督办通知.
 */
import type { CollectionSlug, Config, Payload } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { hasScheduler, withScheduledTask } from '../../domain/scheduledTasks'
import { DEPARTMENTS_SLUG, LINK_CHECK_KEY, LINK_CHECK_TASK, LINK_CHECKS_SLUG, SETTINGS_GLOBAL } from './defaults'
import { linkChecks } from './collections/LinkChecks'
import { loadLinkCheckSettings, withLinkCheckSettings } from './settings'
import { runLinkCheck } from './runLinkCheck'
import type { ResolvedLinkCheckOptions } from './options'
import type { LinkCheckPluginOptions } from './types'

export type { LinkCheckPluginOptions, LinkSource } from './types'
export { runLinkCheck, type LinkCheckRunOptions, type LinkCheckSummary } from './runLinkCheck'
export { brokenLinkRule, brokenLinksMessage, type BrokenLinkAuditRule } from './auditRule'
export { BROKEN_LINK_RULE, LINK_CHECK_TASK, LINK_CHECKS_SLUG } from './defaults'

export const linkCheckPlugin =
  (options: LinkCheckPluginOptions) =>
  (config: Config): Config => {
    const custom = (config.custom ?? {}) as Record<string, unknown>
    const actors = actorRules(userModel(options.users))
    const collections = config.collections ?? []
    const wantedDepartments = options.departments === false ? null : (options.departments ?? DEPARTMENTS_SLUG)
    const departments = wantedDepartments && collections.some((c) => c.slug === wantedDepartments) ? wantedDepartments : null
    const settingsGlobal = options.settingsGlobal ?? SETTINGS_GLOBAL
    const resolved: ResolvedLinkCheckOptions = {
      sources: options.sources,
      uploads: (options.uploads ?? 'media') as CollectionSlug,
      results: LINK_CHECKS_SLUG as CollectionSlug,
      portalOrigins: options.portalOrigins ?? [],
      settingsGlobal,
    }
    const schedule = options.enabled !== false && options.schedule !== false ? (options.schedule ?? {}) : null
    if (schedule && !hasScheduler(custom)) throw new Error('链接检查插件需要定时任务插件：请在 plugins 中先加入 schedulerPlugin，或设置 schedule: false')
    const task = schedule && {
      name: LINK_CHECK_TASK,
      cron: async (payload: Payload) => schedule.cron ?? (await loadLinkCheckSettings(payload, settingsGlobal)).cron,
      timezone: async (payload: Payload) => schedule.timezone ?? (await loadLinkCheckSettings(payload, settingsGlobal)).timeZone,
      // The setting 启用 is read at each slot, so switching it off needs no restart.
      run: async (payload: Payload, slot: Date) => {
        if (!(await loadLinkCheckSettings(payload, settingsGlobal)).enabled) return
        await runLinkCheck(payload, { now: slot })
      },
    }
    return {
      ...config,
      collections: [...collections, linkChecks(LINK_CHECKS_SLUG, departments, actors)],
      globals: withLinkCheckSettings(config.globals ?? [], settingsGlobal, { read: actors.staffOnly, update: actors.systemAdminOnly }),
      custom: { ...withScheduledTask<Payload>(custom, task || null), [LINK_CHECK_KEY]: resolved },
    }
  }
