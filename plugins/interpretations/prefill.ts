/**
 * 新建政策解读 from a policy: the policy's panel links to the interpretations' create view with `?<policyField>=<id>`,
 * and that view starts with the policy chosen and, when both collections have the department field, the policy's
 * department. The policy is read with the user's own access (a policy they cannot read prefills nothing), and only the
 * admin's own views read the address: REST and GraphQL callers say what they create in its data.
 */
import type { CollectionSlug, DefaultValue, Field, PayloadRequest } from 'payload'
import { idOf } from '../../domain/ids'

type Prefill = { policies: CollectionSlug; policyField: string; departmentField: string | null }
type Row = Record<string, unknown>

/** One read of the policy per page render, shared by the fields it prefills. */
const reads = new WeakMap<object, Promise<Row | null>>()

const prefilledPolicy = (req: PayloadRequest | undefined, { policies, policyField }: Prefill): Promise<Row | null> => {
  if (!req?.user || req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') return Promise.resolve(null)
  const raw = (req.query as Record<string, unknown> | undefined)?.[policyField]
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return Promise.resolve(null)
  let read = reads.get(req)
  if (!read) {
    read = req.payload
      .findByID({ collection: policies, id: raw, depth: 0, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true })
      .then((doc) => (doc as Row | null) ?? null)
      .catch(() => null)
    reads.set(req, read)
  }
  return read
}

/** The field's default computed first, its own default (value or function) when that gives nothing. */
const withDefault = (field: Field, compute: (req: PayloadRequest | undefined) => Promise<unknown>): Field => {
  if (!('name' in field) || field.type === 'ui' || field.type === 'join') return field
  const own = (field as { defaultValue?: DefaultValue }).defaultValue
  const defaultValue: DefaultValue = async (args) => {
    const value = await compute(args.req)
    if (value !== undefined && value !== null) return value
    return typeof own === 'function' ? own(args) : own
  }
  return { ...field, defaultValue } as Field
}

/** `fields` with the field named `name` changed, inside rows, collapsibles and unnamed tabs too. */
const mapNamed = (fields: readonly Field[], name: string, change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    if ('name' in field && field.name === name) return change(field)
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: mapNamed(field.fields, name, change) }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: mapNamed(tab.fields, name, change) })) }
    return field
  })

/** The interpretations' fields with the policy (and its department) prefilled from the create view's address. */
export const prefillFromPolicy = (fields: readonly Field[], prefill: Prefill): Field[] => {
  const policyId = async (req: PayloadRequest | undefined) => (await prefilledPolicy(req, prefill))?.id
  const withPolicy = mapNamed(fields, prefill.policyField, (field) => withDefault(field, policyId))
  const { departmentField } = prefill
  if (!departmentField) return withPolicy
  const department = async (req: PayloadRequest | undefined) => idOf((await prefilledPolicy(req, prefill))?.[departmentField]) ?? undefined
  return mapNamed(withPolicy, departmentField, (field) => withDefault(field, department))
}
