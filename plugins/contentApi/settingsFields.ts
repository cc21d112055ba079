/** Settings of the content API, added to the settings global by the plugin: public-site URLs and build webhooks. */
import type { Field } from 'payload'
import { adminOnlyField } from '../../hooks/access/rules'
import { webhookUrlProblem } from '../../domain/http/privateAddress'
import { CONTENT_API_DEFAULTS as D } from './defaults'
import { webhookUrlOptions } from './webhookUrlOptions'

const path = (name: string, label: string, defaultValue: string): Field => ({ name, type: 'text', label, required: true, defaultValue })

export const contentApiSettingsFields: Field[] = [
  {
    name: 'publicSite',
    type: 'group',
    label: '公开网站（RSS、站点地图中的链接）',
    fields: [
      { name: 'siteUrl', type: 'text', label: '网站地址', admin: { description: '例如 https://www.example.gov.cn；留空则使用接口自身的地址' } },
      path('documentPath', '政府信息页面路径', D.documentPath),
      path('interpretationPath', '政策解读页面路径', D.interpretationPath),
      path('columnPath', '栏目页面路径', D.columnPath),
      path('newMediaPath', '政务新媒体目录路径', D.newMediaPath),
      { name: 'feedItems', type: 'number', label: 'RSS 条目数', required: true, min: 1, max: 200, defaultValue: D.feedItems },
    ],
  },
  {
    name: 'webhooks',
    type: 'group',
    label: '静态站点构建通知（Webhook）',
    fields: [
      { name: 'enabled', type: 'checkbox', label: '启用', defaultValue: false },
      {
        name: 'urls',
        type: 'array',
        label: '通知地址',
        // Never this machine, the intranet or this app itself (SSRF); WEBHOOK_ALLOW_PRIVATE=true allows private receivers.
        fields: [{ name: 'url', type: 'text', label: '地址', required: true, validate: (v: unknown) => webhookUrlProblem(v, webhookUrlOptions()) ?? true }],
      },
      {
        name: 'secret',
        type: 'text',
        label: '签名密钥',
        access: { read: adminOnlyField },
        admin: { description: '用于 X-Gongkai-Signature（HMAC-SHA256）签名，接收方据此验证请求来自本平台' },
      },
      { name: 'maxAttempts', type: 'number', label: '最多尝试次数', required: true, min: 1, max: 50, defaultValue: D.webhookMaxAttempts },
      { name: 'retryBaseSeconds', type: 'number', label: '首次重试间隔（秒，之后逐次加倍）', required: true, min: 0, defaultValue: D.webhookRetryBaseSeconds },
      { name: 'timeoutSeconds', type: 'number', label: '单次请求超时（秒）', required: true, min: 0.1, defaultValue: D.webhookTimeoutSeconds },
    ],
  },
]

export type ContentApiSettings = {
  publicSite: { siteUrl: string; documentPath: string; interpretationPath: string; columnPath: string; newMediaPath: string; feedItems: number }
  webhooks: { enabled: boolean; urls: string[]; secret: string; maxAttempts: number; retryBaseSeconds: number; timeoutSeconds: number }
}

/** The stored values over the defaults (the settings global may never have been saved). */
export const contentApiSettingsOf = (stored: Record<string, any> | null | undefined): ContentApiSettings => {
  const site = stored?.publicSite ?? {}
  const hooks = stored?.webhooks ?? {}
  const or = <T>(value: T | null | undefined, fallback: T): T => (value === null || value === undefined || value === '' ? fallback : value)
  return {
    publicSite: {
      siteUrl: or(site.siteUrl, ''),
      documentPath: or(site.documentPath, D.documentPath),
      interpretationPath: or(site.interpretationPath, D.interpretationPath),
      columnPath: or(site.columnPath, D.columnPath),
      newMediaPath: or(site.newMediaPath, D.newMediaPath),
      feedItems: or(site.feedItems, D.feedItems),
    },
    webhooks: {
      enabled: Boolean(hooks.enabled),
      urls: Array.isArray(hooks.urls) ? hooks.urls.map((u: { url?: string }) => u?.url).filter((u: unknown): u is string => typeof u === 'string' && u.length > 0) : [],
      secret: or(hooks.secret, ''),
      maxAttempts: or(hooks.maxAttempts, D.webhookMaxAttempts),
      retryBaseSeconds: or(hooks.retryBaseSeconds, D.webhookRetryBaseSeconds),
      timeoutSeconds: or(hooks.timeoutSeconds, D.webhookTimeoutSeconds),
    },
  }
}
