/**
 * Catalogue plugin (基层政务公开标准目录, 国办发〔2019〕54号): the 26 领域 and their 事项 as editable collections seeded on
 * first start, a relationship from the host's columns to 事项, the structured 时限 of each 事项, the audit rule that
 * applies it, and a quarter's grading of each 领域 (较好 / 数量不足 / 未更新, seed 004) at
 * `GET /api/catalogue/grades/:quarter`. Takes the host's slugs and field names as options. See docs/catalogue.md.
 */
import type { Config, Field, GlobalConfig } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { catalogueDomains } from './collections/catalogueDomains'
import { catalogueMatters } from './collections/catalogueMatters'
import * as D from './defaults'
import { gradesEndpoint } from './endpoints/gradesEndpoint'
import type { ResolvedCatalogueOptions } from './options'
import { seedCatalogue } from './seedCatalogue'
import { catalogueSettingsGroup } from './settings'
import type { CataloguePluginOptions } from './types'

export type { CataloguePluginOptions } from './types'
export { catalogueDeadlineRule, type CatalogueAuditRule } from './auditRule'
export { loadGrades, type QuarterGrades } from './loadGrades'
export { seedCatalogue } from './seedCatalogue'
export { STANDARD_CATALOGUE } from './data/standardCatalogue'
export { RULE_ID as CATALOGUE_RULE_ID, DOMAINS_SLUG, MATTERS_SLUG, COLUMN_FIELD } from './defaults'

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const withSettingsGroup = (globals: readonly GlobalConfig[], slug: string, group: Field & { name: string }): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !named(g.fields, group.name) ? { ...g, fields: [...g.fields, group] } : g))
    : [...globals, { slug, label: '系统设置', fields: [group] }]

export const cataloguePlugin =
  (options: CataloguePluginOptions = {}) =>
  (config: Config): Config => {
    const users = userModel(options.users)
    const resolved: ResolvedCatalogueOptions = {
      domains: D.DOMAINS_SLUG,
      matters: D.MATTERS_SLUG,
      columns: options.columns ?? 'columns',
      columnField: D.COLUMN_FIELD,
      documents: options.documents ?? 'documents',
      fields: { ...D.DOCUMENT_FIELDS, ...options.documentFields },
      publicDisclosures: options.publicDisclosures ?? D.PUBLIC_DISCLOSURES,
      settingsGlobal: options.settingsGlobal ?? 'settings',
      users,
      actors: actorRules(users),
      adminGroup: options.adminGroup ?? '基层政务公开',
    }
    const collections = config.collections ?? []
    for (const slug of [resolved.columns, resolved.documents]) {
      if (!collections.some((c) => c.slug === slug)) throw new Error(`标准目录插件找不到集合“${slug}”`)
    }
    const enabled = options.enabled !== false
    const columnField: Field = {
      name: resolved.columnField,
      type: 'relationship',
      relationTo: resolved.matters as never,
      hasMany: true,
      label: '对应标准目录事项',
      admin: { position: 'sidebar', description: '本栏目发布的信息属于基层政务公开标准目录中的哪些事项；巡检按事项的公开时限检查' },
    }
    const ownCollections = [catalogueDomains(resolved), catalogueMatters(resolved, enabled)]
    return {
      ...config,
      collections: [
        ...collections.map((c) => (c.slug === resolved.columns && !named(c.fields, columnField.name) ? { ...c, fields: [...c.fields, columnField] } : c)),
        ...ownCollections,
      ],
      endpoints: [...(config.endpoints ?? []), ...(enabled ? [gradesEndpoint(resolved)] : [])],
      globals: withSettingsGroup(config.globals ?? [], resolved.settingsGlobal, catalogueSettingsGroup() as Field & { name: string }),
      custom: { ...(config.custom ?? {}), [D.CATALOGUE_KEY]: resolved },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (enabled && options.seed !== false) await seedCatalogue(payload)
      },
    }
  }
