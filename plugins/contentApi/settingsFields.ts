/** Settings of the content API, added to the settings global by the plugin: public-site URLs and build webhooks. */
import type { Field } from 'payload'
import { previewUrlProblem } from '../../domain/contentApi/previewPage'
import { webhookUrlProblem } from '../../domain/http/privateAddress'
import { CONTENT_API_DEFAULTS as D } from './defaults'
import type { ResolvedOptions } from './options'
import { webhookUrlOptions } from './webhookUrlOptions'

export const contentApiSettingsFields = ({ sitePaths, rules }: ResolvedOptions): Field[] => [
  {
    name: 'publicSite',
    type: 'group',
    label: '公开网站（RSS、站点地图中的链接）',
    fields: [
      { name: 'siteUrl', type: 'text', label: '网站地址', admin: { description: '例如 https://www.example.gov.cn；留空则使用接口自身的地址' } },
      {
        name: 'previewUrl',
        type: 'text',
        label: '预览地址（可选）',
        validate: (value: unknown) => previewUrlProblem(value) ?? true,
        admin: {
          description:
            '编辑页“预览”按钮打开的地址，{collection} 换为内容类型（documents、interpretations），{id} 换为编号，例如 https://www.example.gov.cn/preview/{collection}/{id}；留空则打开本系统生成的预览页',
        },
      },
      ...Object.entries(sitePaths).map(([name, { label, defaultValue }]): Field => ({ name, type: 'text', label, required: true, defaultValue })),
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
        labels: { singular: '通知地址', plural: '通知地址' },
        // Never this machine, the intranet or this app itself (SSRF); WEBHOOK_ALLOW_PRIVATE=true allows private receivers.
        fields: [{ name: 'url', type: 'text', label: '地址', required: true, validate: (v: unknown) => webhookUrlProblem(v, webhookUrlOptions()) ?? true }],
      },
      {
        name: 'secret',
        type: 'text',
        label: '签名密钥',
        access: { read: rules.adminOnly },
        admin: { description: '用于 X-Gongkai-Signature（HMAC-SHA256）签名，接收方据此验证请求来自本平台' },
      },
      { name: 'maxAttempts', type: 'number', label: '最多尝试次数', required: true, min: 1, max: 50, defaultValue: D.webhookMaxAttempts },
      { name: 'retryBaseSeconds', type: 'number', label: '首次重试间隔（秒，之后逐次加倍）', required: true, min: 0, defaultValue: D.webhookRetryBaseSeconds },
      { name: 'timeoutSeconds', type: 'number', label: '单次请求超时（秒）', required: true, min: 0.1, defaultValue: D.webhookTimeoutSeconds },
    ],
  },
]
