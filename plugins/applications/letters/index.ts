/**
 * 告知书 in the applications plugin: the letters collection and its endpoints (draft, sign, .docx, print), the export
 * log of applicant data, the templates' settings group, and the approval register's knowledge of letters.
 */
import type { CollectionConfig, Config, GlobalConfig } from 'payload'
import type { ApplicationsContext } from '../context'
import { EXPORT_LOG_SLUG, CLIENT_IP_HEADER, exportLogCollection } from '../exportLog'
import type { ApplicationsPluginOptions } from '../types'
import { registerHasDepartment, withLetterSubjects } from './approvalRegister'
import { lettersCollection } from './collection'
import type { LettersContext } from './context'
import { LETTERS_SETTINGS_GROUP, LETTERS_SLUG } from './defaults'
import { draftEndpoint } from './endpoints/draftEndpoint'
import { docxEndpoint, printEndpoint } from './endpoints/exportEndpoints'
import { signEndpoint } from './endpoints/signEndpoint'
import { templatesGroup } from './templates'

const hasField = (global: GlobalConfig, name: string) => global.fields.some((field) => 'name' in field && field.name === name)

/** The settings global with the templates' group (the global is created, staff-read and admin-written, if the host has none). */
const withTemplates = (globals: readonly GlobalConfig[], slug: string, group: string, ctx: ApplicationsContext): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !hasField(g, group) ? { ...g, fields: [...g.fields, templatesGroup(group)] } : g))
    : [...globals, { slug, label: '系统设置', admin: { group: '系统管理' }, access: { read: ctx.actors.staffOnly, update: ctx.actors.adminOnly }, fields: [templatesGroup(group)] }]

/**
 * The host's collections with the register taught about letters, then the letters and the export log; and a function
 * adding the templates' group to the globals.
 */
export const withLetters = (
  config: Config,
  base: ApplicationsContext,
  options: ApplicationsPluginOptions,
  enabled: boolean,
): { collections: CollectionConfig[]; withTemplates: (globals: readonly GlobalConfig[]) => GlobalConfig[]; exportLog: LettersContext['exportLog'] } => {
  let collections: CollectionConfig[] = config.collections ?? []
  const wanted = options.approvalRegister || null
  let approvalRegister: LettersContext['approvalRegister'] = null
  const lettersSlug = options.letters?.slug ?? LETTERS_SLUG
  if (wanted) {
    const register = collections.find((c) => c.slug === wanted.slug)
    if (!register) throw new Error(`依申请公开插件找不到审批台账集合“${wanted.slug}”：请把 applicationsPlugin 放在 workflowPlugin 之后，或不设 approvalRegister`)
    approvalRegister = { slug: wanted.slug, context: wanted.context, department: registerHasDepartment(register) }
    collections = collections.map((c) => (c.slug === wanted.slug ? withLetterSubjects(c, lettersSlug) : c))
  }
  const ctx: LettersContext = {
    ...base,
    lettersSlug,
    templatesGroup: options.letters?.settingsGroup ?? LETTERS_SETTINGS_GROUP,
    exportLog: { slug: options.exportLog?.slug ?? EXPORT_LOG_SLUG, clientIpHeader: (options.clientIpHeader ?? CLIENT_IP_HEADER).toLowerCase() },
    approvalRegister,
  }
  const letters = lettersCollection(ctx)
  const exportLog = exportLogCollection({ slug: ctx.exportLog.slug, users: ctx.users, actors: ctx.actors, departments: ctx.departments, clientIpHeader: ctx.exportLog.clientIpHeader })
  return {
    collections: [
      ...collections,
      enabled ? { ...letters, endpoints: [draftEndpoint(ctx), signEndpoint(ctx), docxEndpoint(ctx), printEndpoint(ctx)] } : letters,
      exportLog,
    ],
    withTemplates: (globals) => withTemplates(globals, ctx.settingsGlobal, ctx.templatesGroup, base),
    exportLog: ctx.exportLog,
  }
}
