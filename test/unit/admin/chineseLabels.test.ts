/**
 * Every label of the Chinese admin is Chinese (issue 13 §9): each field of each collection and global — hidden ones
 * too, since the version comparison shows them — each array's 添加 button, each collection and global name.
 */
import type { Field, SanitizedConfig } from 'payload'
import { zh } from '@payloadcms/translations/languages/zh'
import configPromise from '../../../src/payload.config'

const CJK = /[\u3400-\u9fff]/

/** Payload's auth fields that no view shows (secrets, session rows), and row ids. */
const NEVER_SHOWN = new Set(['id', 'salt', 'hash', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions', 'lockUntil', 'loginAttempts'])

/** `hidden: true` and `admin.disabled` fields never reach the admin's client config, so no view can name them. */
const neverRendered = (field: Field): boolean =>
  ('hidden' in field && field.hidden === true) || Boolean(field.admin && 'disabled' in field.admin && field.admin.disabled)

const t = (key: string): string => {
  const [group, name] = key.split(':')
  return ((zh.translations as Record<string, Record<string, string>>)[group] ?? {})[name] ?? key
}

/** A label as the Chinese admin renders it ('' when there is none). */
const rendered = (label: unknown): string => {
  if (typeof label === 'string') return label
  if (typeof label === 'function') return String(label({ t, i18n: { language: 'zh', t } }))
  if (label && typeof label === 'object') return String((label as Record<string, string>).zh ?? '')
  return ''
}

const latinLabels = (fields: readonly Field[], where: string): string[] =>
  fields.flatMap((field): string[] => {
    const name = 'name' in field ? field.name : undefined
    if ((name && NEVER_SHOWN.has(name)) || neverRendered(field)) return []
    const here = name ? `${where}.${name}` : where
    const nested =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) => [
            ...(CJK.test(rendered(tab.label)) ? [] : [`${here}.tab(${rendered(tab.label) || ('name' in tab ? tab.name : '')})`]),
            ...latinLabels(tab.fields, 'name' in tab && tab.name ? `${here}.${tab.name}` : here),
          ])
        : field.type === 'blocks'
          ? field.blocks.flatMap((block) => latinLabels(block.fields, `${here}.${block.slug}`))
          : 'fields' in field && Array.isArray(field.fields)
            ? latinLabels(field.fields, here)
            : []
    const button = field.type === 'array' && !CJK.test(rendered(field.labels?.singular)) ? [`${here} (添加 ${rendered(field.labels?.singular)})`] : []
    // Rows and unnamed collapsibles have no label of their own; ui fields render their own components.
    if (!name || field.type === 'ui' || ('label' in field && field.label === false)) return [...button, ...nested]
    const label = 'label' in field ? rendered(field.label) : ''
    return [...(CJK.test(label) ? [] : [`${here} (${label})`]), ...button, ...nested]
  })

describe('the Chinese admin', () => {
  let config: SanitizedConfig
  beforeAll(async () => {
    config = await configPromise
  })

  it('labels every field of every collection in Chinese', () => {
    const shown = config.collections.filter((c) => !c.admin?.hidden)
    expect(shown.flatMap((c) => latinLabels(c.fields, c.slug))).toEqual([])
  })

  it('labels every field of every global in Chinese', () => {
    expect(config.globals.flatMap((g) => latinLabels(g.fields, g.slug))).toEqual([])
  })

  it('names every collection and global in Chinese', () => {
    const names = [
      ...config.collections.filter((c) => !c.admin?.hidden).map((c) => [c.slug, rendered(c.labels.singular), rendered(c.labels.plural)]),
      ...config.globals.map((g) => [g.slug, rendered(g.label)]),
    ]
    expect(names.filter(([, ...labels]) => labels.some((l) => !CJK.test(l)))).toEqual([])
  })
})
