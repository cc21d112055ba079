/**
 * Interpretations plugin (政策解读关联): an interpretation collection linked to a policy collection. The link is
 * checked when made, publishing waits for the policy and records the link deadline (the workflow's transition
 * hooks), a withdrawn policy takes its interpretations out of the public API, and both edit views show the link's
 * state. Needs the calendar plugin (the deadline may be counted in working days).
 */
import type { CollectionConfig, Config, Field } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { flagInterpretationsOf, interpretationPublication } from './actions/linkage'
import { DEPARTMENT_FIELD, INTERPRETATIONS_KEY, INTERPRETATIONS_SLUG, POLICIES_SLUG, POLICY_FIELD, SETTINGS_GLOBAL, WORKFLOW_CONTEXT } from './defaults'
import { linkStatusEndpoint } from './endpoints/linkStatusEndpoint'
import { hasField, interpretationPanelField, linkFields, policyPanelField } from './fields'
import { requirePolicy } from './hooks/requirePolicy'
import { prefillFromPolicy } from './prefill'
import type { ResolvedInterpretationsOptions } from './options'
import type { InterpretationsPluginOptions } from './types'

export type { InterpretationsPluginOptions } from './types'
export { findOverduePolicies, overduePolicyBatches, type OverduePolicy, type UndecidedPolicy } from './actions/overduePolicies'
export { linkageContext, policyFacts } from './actions/linkage'

type Custom = Record<string, unknown>
type CalendarAccess = { load: ResolvedInterpretationsOptions['loadCalendar'] }
type Req = Parameters<typeof interpretationPublication>[0]
type TransitionHooks = {
  beforeTransition?: Array<(args: { req: Req; item: Record<string, unknown>; to: string; publishAt: string | null; now: Date }) => Promise<Record<string, unknown> | void>>
  afterTransition?: Array<(args: { req: Req; item: Record<string, unknown>; draft: boolean }) => Promise<void>>
}

/** Adds transition hooks to the collection's `custom.workflow`, the workflow plugin's extension point. */
const withTransitionHooks = (collection: CollectionConfig, hooks: TransitionHooks): CollectionConfig => {
  const custom = (collection.custom ?? {}) as Custom
  const workflow = (custom.workflow ?? {}) as TransitionHooks
  return {
    ...collection,
    custom: {
      ...custom,
      workflow: {
        ...workflow,
        beforeTransition: [...(workflow.beforeTransition ?? []), ...(hooks.beforeTransition ?? [])],
        afterTransition: [...(workflow.afterTransition ?? []), ...(hooks.afterTransition ?? [])],
      },
    },
  }
}

/** The panel right after the policy relation (so that it comes first among the sidebar's fields). */
const afterField = (fields: readonly Field[], name: string, added: Field): Field[] => {
  const at = fields.findIndex((field) => 'name' in field && field.name === name)
  return at < 0 ? [...fields, added] : [...fields.slice(0, at + 1), added, ...fields.slice(at + 1)]
}

export const interpretationsPlugin =
  (options: InterpretationsPluginOptions = {}) =>
  (config: Config): Config => {
    const custom = (config.custom ?? {}) as Custom
    const calendar = custom.calendar as CalendarAccess | undefined
    if (!calendar) throw new Error('政策解读插件需要工作日历插件：请在 plugins 中先加入 calendarPlugin（解读关联时限可按工作日计算）')
    const enabled = options.enabled !== false
    const actors = actorRules(userModel(options.users))
    const slugs = {
      policies: options.policies ?? POLICIES_SLUG,
      interpretations: options.interpretations ?? INTERPRETATIONS_SLUG,
      policyField: options.policyField ?? POLICY_FIELD,
    }
    const departmentField = options.departmentField === false ? null : (options.departmentField ?? DEPARTMENT_FIELD)
    const collections = config.collections ?? []
    for (const slug of [slugs.policies, slugs.interpretations]) {
      if (!collections.some((c) => c.slug === slug)) throw new Error(`政策解读插件找不到集合“${slug}”：请先声明它，或在选项中指定集合`)
    }
    const resolved: ResolvedInterpretationsOptions = {
      ...slugs,
      policies: slugs.policies as ResolvedInterpretationsOptions['policies'],
      interpretations: slugs.interpretations as ResolvedInterpretationsOptions['interpretations'],
      settingsGlobal: options.settingsGlobal ?? SETTINGS_GLOBAL,
      workflowContext: options.workflowContext ?? WORKFLOW_CONTEXT,
      loadCalendar: calendar.load,
    }
    const withLinkage = collections.map((collection): CollectionConfig => {
      if (collection.slug === slugs.interpretations) {
        const missing = linkFields(actors).filter((field) => 'name' in field && !hasField(collection.fields, field.name))
        // 新建政策解读 on a policy's panel opens the create view with the policy (and its department) filled in.
        const prefill = { policies: slugs.policies as ResolvedInterpretationsOptions['policies'], policyField: slugs.policyField, departmentField }
        const fields = [...afterField(prefillFromPolicy(collection.fields, prefill), slugs.policyField, interpretationPanelField(slugs)), ...missing]
        if (!enabled) return { ...collection, fields }
        const hooks = collection.hooks ?? {}
        return withTransitionHooks(
          { ...collection, fields, hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), requirePolicy] } },
          // 政策解读: never public before its policy; the first publication records the link and its deadline.
          { beforeTransition: [async ({ req, item, to, publishAt, now }) => interpretationPublication(req, item, to, publishAt, now)] },
        )
      }
      if (collection.slug === slugs.policies) {
        const fields = [...collection.fields, policyPanelField(slugs)]
        if (!enabled) return { ...collection, fields }
        return withTransitionHooks(
          { ...collection, fields, endpoints: [...(collection.endpoints || []), linkStatusEndpoint(actors)] },
          // A policy's interpretations leave (or rejoin) the public API with it; flag them in the same transaction.
          { afterTransition: [async ({ req, item, draft }) => (draft ? undefined : flagInterpretationsOf(req, item))] },
        )
      }
      return collection
    })
    return {
      ...config,
      collections: withLinkage,
      custom: { ...custom, [INTERPRETATIONS_KEY]: resolved },
      // The linkage runs inside the workflow's transitions (custom.workflow): without a workflow reviewing both
      // collections, nothing would refuse an early interpretation or follow a withdrawn policy, so say so at start.
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!enabled) return
        const workflow = (payload.config.custom as Custom | undefined)?.workflow as { collections?: Record<string, unknown> } | undefined
        const unreviewed = [slugs.interpretations, slugs.policies].filter((slug) => !workflow?.collections?.[slug])
        if (unreviewed.length > 0) throw new Error(`政策解读插件需要三审工作流插件（workflowPlugin）审核集合“${unreviewed.join('”“')}”：解读的发布与撤回联动经由工作流执行`)
      },
    }
  }
