/** The fields the plugin adds: the admin panels, and the link fields it writes when the host has not declared them. */
import type { Field } from 'payload'
import type { ActorRules } from '../../domain/actors'
import { COMPONENTS } from './defaults'

type Slugs = { policies: string; interpretations: string; policyField: string }

const readOnly = { create: () => false, update: () => false }

/** Whether `fields` (rows, collapsibles and tabs included) declare a field named `name`. */
export const hasField = (fields: readonly Field[], name: string): boolean =>
  fields.some((field) => {
    if ('name' in field && field.name === name) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasField(tab.fields, name))
    return (field.type === 'row' || field.type === 'collapsible') && hasField(field.fields, name)
  })

export const policyPanelField = (slugs: Slugs): Field => ({
  name: 'interpretationStatus',
  type: 'ui',
  label: '政策解读关联',
  admin: { position: 'sidebar', condition: (data) => data?.kind === 'policy', components: { Field: { path: COMPONENTS.policyPanel, clientProps: slugs } } },
})

export const interpretationPanelField = (slugs: Slugs): Field => ({
  name: 'policyStatus',
  type: 'ui',
  label: '所解读政策',
  admin: { position: 'sidebar', components: { Field: { path: COMPONENTS.interpretationPanel, clientProps: slugs } } },
})

/** What the linkage writes on an interpretation: when it was linked, its deadline, whether it went out with its policy, and whether its policy left the public. */
export const linkFields = (actors: ActorRules): Field[] => [
  { name: 'linkedAt', type: 'date', label: '关联时间', access: readOnly, admin: { readOnly: true } },
  { name: 'linkDeadline', type: 'date', label: '关联时限', access: readOnly, admin: { readOnly: true } },
  { name: 'linkedLate', type: 'checkbox', label: '逾期关联', access: readOnly, admin: { readOnly: true } },
  { name: 'publishedWithPolicy', type: 'checkbox', label: '与文件同时发布', access: readOnly, admin: { readOnly: true } },
  {
    name: 'policyWithdrawn',
    type: 'checkbox',
    label: '所解读的政策已撤回或不再公开',
    defaultValue: false,
    index: true,
    access: { ...readOnly, read: ({ req }) => actors.isStaff(req) },
    admin: { readOnly: true, position: 'sidebar', description: '政策文件撤回时自动标记，解读随之从公开接口下线；政策重新发布后自动恢复' },
  },
]
