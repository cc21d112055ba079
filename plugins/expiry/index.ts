/**
 * Expiry plugin (有效期): adds 失效后继续公开 to the host's items and the 有效期 settings group, turns the 有效性 of an item
 * past its 有效期至 into 已失效 in a daily pass (scheduler plugin), and offers the audit rule that flags expired
 * information still online (seed 000: 不得发布过期信息). The 有效期至 field itself is the host's (Gongkai: the
 * annual-report plugin's `effectiveUntil`). See docs/catalogue.md.
 */
import type { Config, Field, GlobalConfig, Payload } from 'payload'
import { hasScheduler, scheduledTasksOf, type ScheduledTask } from '../../domain/scheduledTasks'
import { BEIJING_TIME_ZONE } from '../../domain/beijingTime'
import { EXPIRABLE_VALIDITIES } from '../../domain/expiry'
import { DEFAULT_FIELDS, EXPIRY_KEY, TASK_NAME } from './defaults'
import { expireItems } from './expireItems'
import type { ResolvedExpiryOptions } from './options'
import { expirySettingsGroup, loadExpirySettings } from './settings'
import type { ExpiryPluginOptions } from './types'

export type { ExpiryPluginOptions } from './types'
export { expireItems } from './expireItems'
export { expiredInformationRule, type ExpiryAuditRule } from './auditRule'
export { RULE_ID as EXPIRED_ONLINE_RULE_ID, TASK_NAME as EXPIRY_TASK_NAME } from './defaults'

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const withSettingsGroup = (globals: readonly GlobalConfig[], slug: string, group: Field & { name: string }): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !named(g.fields, group.name) ? { ...g, fields: [...g.fields, group] } : g))
    : [...globals, { slug, label: '系统设置', fields: [group] }]

export const expiryPlugin =
  (options: ExpiryPluginOptions = {}) =>
  (config: Config): Config => {
    const resolved: ResolvedExpiryOptions = {
      collection: options.collection ?? 'documents',
      fields: { ...DEFAULT_FIELDS, ...options.fields },
      expiredValue: options.expiredValue ?? 'expired',
      expirableValues: options.expirableValues ?? EXPIRABLE_VALIDITIES,
      publicWhere: options.publicWhere ?? null,
      settingsGlobal: options.settingsGlobal ?? 'settings',
      onExpired: options.onExpired ?? null,
    }
    const collections = config.collections ?? []
    if (!collections.some((c) => c.slug === resolved.collection)) throw new Error(`有效期插件找不到集合“${resolved.collection}”`)
    const keepField: Field = {
      name: resolved.fields.keepOnline,
      type: 'checkbox',
      label: '失效后继续公开',
      defaultValue: false,
      admin: { position: 'sidebar', description: '已失效的信息确需保留在网站上供查阅时勾选（须经审核）；不勾选的，失效后将提示撤回' },
    }
    const enabled = options.enabled !== false
    const custom = (config.custom ?? {}) as Record<string, unknown>
    if (enabled && options.schedule !== false && !hasScheduler(custom)) throw new Error('有效期插件需要调度插件（schedulerPlugin）在它之前')
    const task: ScheduledTask<Payload> | null =
      enabled && options.schedule !== false
        ? {
            name: TASK_NAME,
            cron: async (payload) => (await loadExpirySettings(payload, resolved.settingsGlobal)).cron,
            timezone: BEIJING_TIME_ZONE,
            run: async (payload, slot) => void (await expireItems(payload, { now: slot })),
          }
        : null
    const tasks = scheduledTasksOf<Payload>(custom)
    return {
      ...config,
      collections: collections.map((c) => (c.slug === resolved.collection && !named(c.fields, keepField.name) ? { ...c, fields: [...c.fields, keepField] } : c)),
      globals: withSettingsGroup(config.globals ?? [], resolved.settingsGlobal, expirySettingsGroup() as Field & { name: string }),
      custom: { ...custom, [EXPIRY_KEY]: resolved, scheduledTasks: task ? [...tasks, task] : tasks },
    }
  }
