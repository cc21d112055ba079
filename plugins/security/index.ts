/**
 * Security plugin (等保 2.0 第三级 application controls): password rules and forced changes, a progressive delay
 * on failed logins with alerts, idle session expiry, 三员分立 gates, and the hash-chained 安全审计日志 with its
 * export and verification endpoints and its daily purge (a task for the scheduler plugin). Put it last in
 * `plugins`: it wraps every endpoint and hooks every collection and global that the others added.
 */
import type { CollectionConfig, Config, GlobalConfig, Payload } from 'payload'
import type { ActorRules } from '../../domain/actors'
import { LoginThrottles } from './collections/LoginThrottles'
import { securityEvents } from './collections/SecurityEvents'
import { SecurityLogHead } from './collections/SecurityLogHead'
import { securitySettings } from './collections/SecuritySettings'
import { installAfterCommit } from './actions/afterCommit'
import { ensureLogHead } from './actions/appendSecurityEvent'
import { purgeSecurityEvents } from './actions/purgeSecurityEvents'
import { SECURITY_COMPONENTS } from './components/paths'
import { OPTIONS_KEY, SECURITY_EVENTS_SLUG } from './defaults'
import { exportEndpoint, verifyEndpoint } from './endpoints/securityLogEndpoints'
import { securityUserFields } from './fields'
import { idleSessionStrategy } from './hooks/idleSessions'
import { gateEndpoint, globalPasswordChangeGate, passwordChangeGate } from './hooks/passwordChangeGate'
import { enforcePasswordPolicy, guardResetPassword, recordPasswordChange } from './hooks/passwordRules'
import {
  recordDeletion, recordLogin, recordLogout, recordOrganizationChange, recordSettingsChange, recordUserChange, recordWorkflowAction,
} from './hooks/recordEvents'
import { enforceRoleRules } from './hooks/roleRules'
import { threeAdminsGate } from './hooks/threeAdminsGate'
import { throttleLogin } from './hooks/throttleLogin'
import { resolveOptions, type ResolvedSecurityOptions } from './options'
import type { SecurityPluginOptions } from './types'
import { scheduledTasksOf, type ScheduledTask as DomainScheduledTask } from '../../domain/scheduledTasks'

export type { SecurityPluginOptions } from './types'

type ScheduledTask = DomainScheduledTask<Payload>

const withAccounts = (collection: CollectionConfig): CollectionConfig => {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    auth: { ...auth, strategies: [idleSessionStrategy, ...(auth.strategies ?? [])] },
    hooks: {
      ...hooks,
      beforeOperation: [throttleLogin, guardResetPassword, ...(hooks.beforeOperation ?? [])],
      beforeValidate: [...(hooks.beforeValidate ?? []), enforceRoleRules, enforcePasswordPolicy],
      beforeChange: [...(hooks.beforeChange ?? []), recordPasswordChange],
      afterChange: [...(hooks.afterChange ?? []), recordUserChange],
      afterLogin: [...(hooks.afterLogin ?? []), recordLogin],
      afterLogout: [...(hooks.afterLogout ?? []), recordLogout],
    },
  }
}

const withGates = (collection: CollectionConfig, options: ResolvedSecurityOptions): CollectionConfig => {
  const { slug } = collection
  const hooks = { ...collection.hooks }
  const content = options.contentCollections.includes(slug)
  hooks.beforeOperation = [...(hooks.beforeOperation ?? []), passwordChangeGate, ...(content ? [threeAdminsGate] : [])]
  if (!options.unloggedDeletions.includes(slug)) hooks.afterDelete = [...(hooks.afterDelete ?? []), recordDeletion]
  if (options.organizationCollections.includes(slug)) hooks.afterChange = [...(hooks.afterChange ?? []), recordOrganizationChange]
  if (slug === options.workflowRegister) hooks.afterChange = [...(hooks.afterChange ?? []), recordWorkflowAction]
  const endpoints = Array.isArray(collection.endpoints) ? collection.endpoints : []
  return {
    ...collection,
    hooks,
    endpoints: [...endpoints, ...(slug === SECURITY_EVENTS_SLUG ? [exportEndpoint, verifyEndpoint] : [])].map(gateEndpoint),
  }
}

const withGlobalGates = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [...(global.hooks?.beforeOperation ?? []), globalPasswordChangeGate],
    afterChange: [...(global.hooks?.afterChange ?? []), recordSettingsChange],
  },
  endpoints: Array.isArray(global.endpoints) ? global.endpoints.map(gateEndpoint) : global.endpoints,
})

const ownCollections = (rules: ActorRules): CollectionConfig[] => [securityEvents(rules), LoginThrottles, SecurityLogHead]

/** 安全审计日志: entries past the retention setting (never under 180 days) leave once a day, the purge itself logged. */
const purgeTask = (cron: string): ScheduledTask => ({
  name: 'security-log-purge',
  cron,
  run: async (payload) => {
    try {
      const result = await purgeSecurityEvents(payload)
      if (result.purged) payload.logger.info({ msg: `安全审计日志：清理保存期满的记录 ${result.purged} 条`, ...result })
    } catch (error) {
      payload.logger.error({ err: error, msg: '安全审计日志清理失败' })
    }
  },
})

export const securityPlugin =
  (pluginOptions: SecurityPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const { enabled, rules, users } = options
    const collections = [...(config.collections ?? []), ...ownCollections(rules)].map((collection) => {
      const accounts = collection.slug === users.slug
      const withFields = accounts ? { ...collection, fields: [...collection.fields, ...securityUserFields(rules)] } : collection
      if (!enabled) return withFields
      return withGates(accounts ? withAccounts(withFields) : withFields, options)
    })
    const globals = [...(config.globals ?? []), securitySettings(rules)].map((global) => (enabled ? withGlobalGates(global) : global))
    const custom: Record<string, unknown> = { ...config.custom, [OPTIONS_KEY]: options }
    if (!enabled) return { ...config, collections, globals, custom }
    const tasks = scheduledTasksOf<Payload>(custom)
    return {
      ...config,
      collections,
      globals,
      custom: { ...custom, scheduledTasks: options.purgeCron === false ? tasks : [...tasks, purgeTask(options.purgeCron)] },
      endpoints: (config.endpoints ?? []).map(gateEndpoint),
      admin: {
        ...config.admin,
        components: { ...config.admin?.components, header: [...(config.admin?.components?.header ?? []), SECURITY_COMPONENTS.passwordChangeNotice] },
      },
      onInit: async (payload) => {
        if (!payload.config.collections.some((collection) => collection.slug === users.slug && collection.auth)) {
          throw new Error(`安全插件找不到账号集合“${users.slug}”（须为 auth 集合）：请以 securityPlugin({ users: { slug } }) 指明`)
        }
        // The purge is a task of the scheduler plugin: without it the log would keep growing past its retention.
        if (options.purgeCron !== false && !(payload.config.custom as Record<string, unknown> | undefined)?.scheduler) {
          throw new Error('安全插件的安全审计日志定期清理需要调度插件：请在 plugins 中加入 schedulerPlugin()，或以 securityPlugin({ purgeCron: false }) 关闭清理')
        }
        await config.onInit?.(payload)
        installAfterCommit(payload)
        await ensureLogHead(payload).catch((error) => payload.logger.debug({ err: error, msg: 'security log head not created yet' }))
      },
    }
  }
