/** 系统设置 › 链接检查: every number of the checker with its default (domain/linkCheck/linkCheckSettings.ts). */
import type { Field, GlobalConfig, GlobalSlug, Payload } from 'payload'
import { LINK_CHECK_DEFAULTS, linkCheckSettingsFrom, type LinkCheckSettings } from '../../domain/linkCheck/linkCheckSettings'
import { SETTINGS_GROUP } from './defaults'

const d = LINK_CHECK_DEFAULTS

const number = (name: keyof LinkCheckSettings, label: string, min: number, description?: string): Field => ({
  name,
  type: 'number',
  label,
  required: true,
  min,
  defaultValue: d[name] as number,
  ...(description ? { admin: { description } } : {}),
})

export const linkCheckSettingsGroup = (): Field => ({
  name: SETTINGS_GROUP,
  type: 'group',
  label: '链接检查',
  admin: { description: '定时检查已发布信息正文和附件中的链接，错链作为督办通知发给信息所属部门（在下一次自动巡检时生成或销号）' },
  fields: [
    { name: 'enabled', type: 'checkbox', label: '启用定时链接检查', defaultValue: d.enabled },
    { name: 'cron', type: 'text', label: '检查时间（cron）', required: true, defaultValue: d.cron, admin: { description: '默认每天 6:30，早于每日巡检；修改后重启生效' } },
    { name: 'timeZone', type: 'text', label: '时区', required: true, defaultValue: d.timeZone },
    number('timeoutMs', '单次请求超时（毫秒）', 1),
    number('concurrency', '同时检查的链接数', 1),
    number('perHostConcurrency', '同一网站同时请求数', 1),
    number('minHostIntervalMs', '同一网站两次请求最短间隔（毫秒）', 0, '礼貌访问外部网站，避免被当作攻击'),
    number('retries', '失败重试次数', 0, '超时、无法连接、5xx 和 429 时重试'),
    number('retryBaseMs', '首次重试等待（毫秒）', 0, '之后每次加倍'),
    number('retryMaxMs', '重试最长等待（毫秒）', 0),
    number('maxRedirects', '最多跟随重定向次数', 0),
    { name: 'userAgent', type: 'text', label: '请求标识（User-Agent）', required: true, defaultValue: d.userAgent, admin: { description: '后附本站第一个网址，便于对方网站联系' } },
    { name: 'portalOrigins', type: 'text', hasMany: true, label: '本站网址', admin: { description: '如 https://www.example.gov.cn；这些网址下的链接按站内链接检查（数据库或本站服务器），第一个用于补全相对链接' } },
    {
      name: 'allowedPrivateHosts',
      type: 'text',
      hasMany: true,
      label: '允许检查的内网主机',
      admin: { description: '默认不访问内网、本机和保留地址（防止借链接探测内网）；确需检查的内网网站在此填写主机名或 IP' },
    },
  ],
})

const named = (fields: readonly Field[], name: string) => fields.some((field) => 'name' in field && field.name === name)

export const withLinkCheckSettings = (globals: readonly GlobalConfig[], slug: string, access: GlobalConfig['access']): GlobalConfig[] =>
  globals.some((g) => g.slug === slug)
    ? globals.map((g) => (g.slug === slug && !named(g.fields, SETTINGS_GROUP) ? { ...g, fields: [...g.fields, linkCheckSettingsGroup()] } : g))
    : [...globals, { slug, label: '系统设置', admin: { group: '系统管理' }, access, fields: [linkCheckSettingsGroup()] }]

export const loadLinkCheckSettings = async (payload: Payload, settingsGlobal: string): Promise<LinkCheckSettings> => {
  const stored = (await payload.findGlobal({ slug: settingsGlobal as GlobalSlug, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  return linkCheckSettingsFrom(stored[SETTINGS_GROUP] as Record<string, unknown> | undefined)
}
