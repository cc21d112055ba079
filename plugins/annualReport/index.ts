/**
 * Annual-report plugin (政府信息公开工作年度报告, 条例第四十九、五十条, format 国办公开办函〔2021〕30号): drafts per year and
 * department, the report recomputed from the documents and the 依申请公开 register, its .docx, and the step that turns
 * it into a document for 三审. Adds 年度报告统计类别, 施行日期 and 有效期至 to the host's documents and the 年度报告统计
 * settings group. Reads the register by its slug; needs no other plugin. See docs/annual-report.md.
 */
import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'
import { actorRules, userModel } from '../../domain/actors'
import { draftsCollection } from './collection'
import type { AnnualReportContext } from './context'
import * as D from './defaults'
import { withReportFields } from './documentFields'
import { docxEndpoint } from './endpoints/docxEndpoint'
import { publishDraftEndpoint } from './endpoints/publishDraftEndpoint'
import { reportEndpoint } from './endpoints/reportEndpoint'
import { annualReportSettingsGroup } from './settings'
import type { AnnualReportPluginOptions } from './types'

export type { AnnualReportPluginOptions } from './types'
export { loadReport } from './loadReport'
export { reportDocx } from './docx'

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

const withSettingsGroup = (globals: readonly GlobalConfig[], slug: string, group: Field & { name: string }, access: GlobalConfig['access']): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !named(g.fields, group.name) ? { ...g, fields: [...g.fields, group] } : g))
    : [...globals, { slug, label: '系统设置', admin: { group: '系统管理' }, access, fields: [group] }]

export const annualReportPlugin =
  (options: AnnualReportPluginOptions = {}) =>
  (config: Config): Config => {
    const users = userModel(options.users)
    const ctx: AnnualReportContext = {
      slug: options.slug ?? D.DRAFTS_SLUG,
      documents: options.documents ?? D.DOCUMENTS_SLUG,
      applications: options.applications ?? D.APPLICATIONS_SLUG,
      columns: options.columns ?? D.COLUMNS_SLUG,
      departments: options.departments ?? D.DEPARTMENTS_SLUG,
      media: options.media ?? D.MEDIA_SLUG,
      users,
      actors: actorRules(users),
      settingsGlobal: options.settingsGlobal ?? D.SETTINGS_GLOBAL,
      settingsGroup: options.settingsGroup ?? D.SETTINGS_GROUP,
      governmentName: { path: options.governmentName?.path ?? D.GOVERNMENT_NAME_PATH, fallback: options.governmentName?.fallback ?? D.GOVERNMENT_NAME_FALLBACK },
      documentKind: options.documentKind ?? D.REPORT_KIND,
      columnKind: options.columnKind ?? D.REPORT_KIND,
      adminGroup: options.adminGroup ?? D.ADMIN_GROUP,
      fields: D.DOCUMENT_FIELDS,
    }
    const collections = config.collections ?? []
    for (const slug of [ctx.documents, ctx.applications, ctx.columns, ctx.departments, ctx.media]) {
      if (!collections.some((c) => c.slug === slug)) throw new Error(`年度报告插件找不到集合“${slug}”：请先声明它（依申请公开插件须在年度报告插件之前），或在选项中指定`)
    }
    const enabled = options.enabled !== false
    const drafts = draftsCollection(ctx)
    const withDrafts: CollectionConfig = enabled ? { ...drafts, endpoints: [reportEndpoint(ctx), docxEndpoint(ctx), publishDraftEndpoint(ctx)] } : drafts
    return {
      ...config,
      collections: [...collections.map((c) => (c.slug === ctx.documents ? withReportFields(c, ctx, enabled) : c)), withDrafts],
      globals: withSettingsGroup(config.globals ?? [], ctx.settingsGlobal, annualReportSettingsGroup(ctx.settingsGroup) as Field & { name: string }, {
        read: ctx.actors.staffOnly,
        update: ctx.actors.systemAdminOnly,
      }),
    }
  }
