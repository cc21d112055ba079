/**
 * Security plugin (等保 2.0 第三级 application controls): password rules and forced changes, a progressive delay
 * on failed logins with alerts, idle session expiry, 三员分立 gates, and the hash-chained 安全审计日志 with its
 * export and verification endpoints. Put it last in `plugins`: it wraps every endpoint and hooks every
 * collection and global that the others added.
 */
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import { LoginThrottles } from './collections/LoginThrottles'
import { SecurityEvents } from './collections/SecurityEvents'
import { SecurityLogHead } from './collections/SecurityLogHead'
import { SecuritySettings } from './collections/SecuritySettings'
import { installAfterCommit } from '../contentApi/afterCommit'
import { ensureLogHead } from './actions/appendSecurityEvent'
import { SECURITY_COMPONENTS } from './components/paths'
import { CONTENT_COLLECTIONS, SECURITY_EVENTS_SLUG, UNLOGGED_DELETIONS } from './defaults'
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
import type { SecurityPluginOptions } from './types'

const has = (list: readonly string[], slug: string) => list.includes(slug)

const withUsers = (collection: CollectionConfig): CollectionConfig => {
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

const withGates = (collection: CollectionConfig): CollectionConfig => {
  const { slug } = collection
  const hooks = { ...collection.hooks }
  hooks.beforeOperation = [...(hooks.beforeOperation ?? []), passwordChangeGate, ...(has(CONTENT_COLLECTIONS, slug) ? [threeAdminsGate] : [])]
  if (!has(UNLOGGED_DELETIONS, slug)) hooks.afterDelete = [...(hooks.afterDelete ?? []), recordDeletion]
  if (slug === 'departments') hooks.afterChange = [...(hooks.afterChange ?? []), recordOrganizationChange]
  if (slug === 'approval-records') hooks.afterChange = [...(hooks.afterChange ?? []), recordWorkflowAction]
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

export const securityPlugin =
  (options: SecurityPluginOptions = {}) =>
  (config: Config): Config => {
    const enabled = options.enabled !== false
    const collections = [...(config.collections ?? []), SecurityEvents, LoginThrottles, SecurityLogHead].map((collection) => {
      const withFields = collection.slug === 'users' ? { ...collection, fields: [...collection.fields, ...securityUserFields()] } : collection
      if (!enabled) return withFields
      return withGates(withFields.slug === 'users' ? withUsers(withFields) : withFields)
    })
    const globals = [...(config.globals ?? []), SecuritySettings].map((global) => (enabled ? withGlobalGates(global) : global))
    if (!enabled) return { ...config, collections, globals }
    return {
      ...config,
      collections,
      globals,
      endpoints: (config.endpoints ?? []).map(gateEndpoint),
      admin: {
        ...config.admin,
        components: { ...config.admin?.components, header: [...(config.admin?.components?.header ?? []), SECURITY_COMPONENTS.passwordChangeNotice] },
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        installAfterCommit(payload)
        await ensureLogHead(payload).catch((error) => payload.logger.debug({ err: error, msg: 'security log head not created yet' }))
      },
    }
  }
