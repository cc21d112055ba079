/**
 * 系统设置 in tabs, one per concern, instead of one long page. Applied after the plugins, which add their groups
 * (工作日历, 自动巡检, 公开网站, Webhook) to the global's top level. The tabs have no `name`, so every field keeps its
 * data path (`deadlines.publishWorkingDays`, `audit.timeZone`, `webhooks.urls` …) and the stored settings, the
 * readers and the generated types are unchanged. A field no tab names (a host's own addition) lands in 其他.
 */
import type { Config, Field, GlobalConfig } from 'payload'

type Tab = { label: string; description?: string; names: string[] }

export const SETTINGS_TABS: Tab[] = [
  { label: '站点与单位', names: ['branding', 'publicSite'] },
  { label: '发布与审核', description: '索引号、公开时限、政策解读关联时限、内容校验与有效期', names: ['indexNumberFormat', 'localCodePattern', 'reassessmentDays', 'deadlines', 'content', 'expiry'] },
  { label: '督查考核', description: '栏目更新、单项否决、政务新媒体、政策解读数量、年度报告期限、领导信箱与标准目录', names: ['columns', 'site', 'newMedia', 'interpretationQuotas', 'annualReports', 'mailbox', 'catalogue'] },
  { label: '依申请公开与年报', description: '答复时限、信息处理费、告知书模板与年度报告统计类别', names: ['applications', 'applicationLetters', 'annualReport'] },
  { label: '自动巡检', names: ['audit', 'linkCheck', 'inspection', 'inspectionBulletin'] },
  { label: '工作日历', names: ['calendar'] },
  { label: '内容接口与 Webhook', names: ['webhooks'] },
]

const nameOf = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

export const fieldsInTabs = (fields: Field[], tabs: Tab[] = SETTINGS_TABS): Field[] => {
  if (fields.some((field) => field.type === 'tabs')) return fields
  const placed = new Set(tabs.flatMap((tab) => tab.names))
  const byName = (name: string) => fields.filter((field) => nameOf(field) === name)
  const rest = fields.filter((field) => !placed.has(nameOf(field) ?? ''))
  const built = tabs
    .map((tab) => ({ label: tab.label, ...(tab.description ? { description: tab.description } : {}), fields: tab.names.flatMap(byName) }))
    .filter((tab) => tab.fields.length > 0)
  return [{ type: 'tabs', tabs: [...built, ...(rest.length ? [{ label: '其他', fields: rest }] : [])] }]
}

export const settingsInTabs =
  (slug: string) =>
  (config: Config): Config => ({
    ...config,
    globals: (config.globals ?? []).map((global: GlobalConfig) => (global.slug === slug ? { ...global, fields: fieldsInTabs(global.fields) } : global)),
  })
