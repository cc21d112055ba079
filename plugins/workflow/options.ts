/** The plugin's options resolved once in the config transform and read back from `payload.config.custom`. */
import type { CollectionConfig, CollectionSlug, Field, Payload } from 'payload'
import { actorRules, userModel, type ActorRules, type UserLike, type UserModel } from '../../domain/actors'
import { DEFAULTS, OPTIONS_KEY } from './defaults'
import type { ExclusivePass, PrecheckFields, TransitionHooks, WorkflowCollectionOptions, WorkflowPluginOptions } from './types'

export type ResolvedCollection = Omit<WorkflowCollectionOptions, 'requiredToSubmit' | 'precheck'> & {
  slug: CollectionSlug
  titleField: string
  departmentField: string
  label: string
  /** The `kindField` select's options as value → label (empty without one). */
  kindLabels: Record<string, string>
  /** Each required field with the label the refusal names. */
  requiredToSubmit: Array<{ field: string; label: string }>
  precheck: Required<Pick<PrecheckFields, 'fullTextFields' | 'partialTextFields'>> & Pick<PrecheckFields, 'docNumberField'>
}

export type ResolvedOptions = {
  collections: Record<string, ResolvedCollection>
  enabled: boolean
  users: UserModel
  /** `users.slug`, as a collection slug. */
  userSlug: CollectionSlug
  /** The user's name as the register and the signatures show it: the users collection's `useAsTitle`. */
  nameOf: (user: UserLike) => string | null
  userNameField: string
  rules: ActorRules
  departments: CollectionSlug | false
  uploads: CollectionSlug | false
  sensitiveTerms: CollectionSlug | false
  robotUser: { email: string; name: string; data?: Record<string, unknown> }
  schedule: { cron: string; timezone?: string; exclusive?: ExclusivePass } | false
  hooks: Required<TransitionHooks>
  reviewWorkingDays: WorkflowPluginOptions['reviewWorkingDays'] | null
  faultPoint: WorkflowPluginOptions['faultPoint']
  lockItem: NonNullable<WorkflowPluginOptions['lockItem']>
}

const labelText = (label: unknown): string | undefined => (typeof label === 'string' ? label : undefined)

/** A data field by name, looked up through rows, collapsibles and unnamed tabs. */
const findField = (fields: readonly Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab && tab.name)) {
        const found = findField(tab.fields, name)
        if (found) return found
      }
    } else if (!('name' in field) && 'fields' in field) {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}

const fieldLabel = (fields: readonly Field[], name: string): string | undefined => {
  const field = findField(fields, name)
  return labelText(field && 'label' in field ? field.label : undefined)
}

/** A select's options as value → label (string labels only; a bare value stands for itself). */
const selectLabels = (fields: readonly Field[], name: string | undefined): Record<string, string> => {
  const field = name ? findField(fields, name) : undefined
  if (!field || field.type !== 'select') return {}
  return Object.fromEntries(
    field.options.map((option) => (typeof option === 'string' ? [option, option] : [option.value, labelText(option.label) ?? option.value])),
  )
}

const resolveCollection = (slug: string, options: WorkflowCollectionOptions, collection?: CollectionConfig): ResolvedCollection => ({
  ...options,
  slug: slug as CollectionSlug,
  titleField: options.titleField ?? DEFAULTS.titleField,
  departmentField: options.departmentField ?? DEFAULTS.departmentField,
  label: options.label ?? labelText(collection?.labels?.singular) ?? slug,
  kindLabels: collection ? selectLabels(collection.fields, options.kindField) : {},
  requiredToSubmit: (options.requiredToSubmit ?? []).map((field) => ({ field, label: (collection && fieldLabel(collection.fields, field)) ?? field })),
  precheck: {
    fullTextFields: options.precheck?.fullTextFields ?? [...DEFAULTS.fullTextFields],
    partialTextFields: options.precheck?.partialTextFields ?? [],
    docNumberField: options.precheck?.docNumberField,
  },
})

// Options name collections of the host, which the host's generated types know and this plugin cannot.
const slugOrFalse = (slug: string | false): CollectionSlug | false => (slug ? (slug as CollectionSlug) : false)

export const resolveOptions = (options: WorkflowPluginOptions, collections: readonly CollectionConfig[]): ResolvedOptions => {
  const users = userModel(options.users)
  const nameField = collections.find((c) => c.slug === users.slug)?.admin?.useAsTitle ?? 'name'
  return {
    collections: Object.fromEntries(
      Object.entries(options.collections ?? {}).map(([slug, value]) => [slug, resolveCollection(slug, value, collections.find((c) => c.slug === slug))]),
    ),
    enabled: options.enabled !== false,
    users,
    userSlug: users.slug as CollectionSlug,
    userNameField: nameField,
    nameOf: (user) => {
      const name = user ? (user as Record<string, unknown>)[nameField] : undefined
      return typeof name === 'string' ? name : null
    },
    rules: actorRules(users),
    departments: slugOrFalse(options.departments ?? DEFAULTS.departments),
    uploads: slugOrFalse(options.uploads ?? DEFAULTS.uploads),
    sensitiveTerms: slugOrFalse(options.sensitiveTerms ?? DEFAULTS.sensitiveTerms),
    robotUser: options.robotUser ?? DEFAULTS.robotUser,
    schedule: options.schedule === false ? false : { cron: options.schedule?.cron ?? DEFAULTS.schedule.cron, timezone: options.schedule?.timezone, exclusive: options.schedule?.exclusive },
    hooks: { beforeTransition: options.hooks?.beforeTransition ?? [], afterTransition: options.hooks?.afterTransition ?? [] },
    reviewWorkingDays: options.reviewWorkingDays ?? null,
    faultPoint: options.faultPoint,
    lockItem: options.lockItem ?? (async () => undefined),
  }
}

/** The resolved options of the installed plugin. */
export const optionsOf = (payload: Payload): ResolvedOptions => {
  const resolved = (payload.config.custom as Record<string, unknown> | undefined)?.[OPTIONS_KEY] as ResolvedOptions | undefined
  if (!resolved) throw new Error('审核流程插件未安装：请在 Payload 配置的 plugins 中加入 workflowPlugin')
  return resolved
}

/** How the workflow reads one reviewed collection (throws for a collection it does not review). */
export const collectionOptionsOf = (payload: Payload, slug: string): ResolvedCollection => {
  const found = optionsOf(payload).collections[slug] as ResolvedCollection | undefined
  if (!found) throw new Error(`集合 ${slug} 未纳入审核流程`)
  return found
}
