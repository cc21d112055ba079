/**
 * 安全设置: the password, login, session and log-retention rules of 等保 2.0 第三级 as numbers. Managed by the
 * 安全管理员 (三员分立); the 网站管理员, 系统管理员 and 审计管理员 may read them.
 */
import type { Field, GlobalConfig } from 'payload'
import type { ActorRules } from '../../../domain/actors'
import { SECURITY_SETTINGS_SLUG } from '../defaults'
import { MIN_LOG_RETENTION_DAYS, SECURITY_DEFAULTS } from '../../../domain/security/securityDefaults'

const number = (name: string, label: string, defaultValue: number, description?: string, min = 0): Field => ({
  name,
  type: 'number',
  label,
  min,
  required: true,
  defaultValue,
  admin: description ? { description } : undefined,
})

export const securitySettings = (rules: ActorRules): GlobalConfig => ({
  slug: SECURITY_SETTINGS_SLUG,
  label: '安全设置',
  admin: { group: '系统管理', description: '等保 2.0 第三级身份鉴别、登录失败处理、会话超时和审计日志留存的参数，由安全管理员维护。' },
  access: {
    read: rules.staffWith('admin', 'system-admin', 'security-admin', 'audit-admin'),
    update: rules.securityAdminOnly,
    readVersions: rules.securityAdminOnly,
  },
  fields: [
    {
      name: 'password',
      type: 'group',
      label: '口令策略',
      fields: [
        number('minLength', '最短长度（位）', SECURITY_DEFAULTS.password.minLength, undefined, 8),
        number('minClasses', '至少包含的字符类别数', SECURITY_DEFAULTS.password.minClasses, '大写字母、小写字母、数字、符号四类中的几类', 1),
        number('historyCount', '不得与最近几次的密码相同', SECURITY_DEFAULTS.password.historyCount, '含当前密码', 1),
        number('maxAgeDays', '密码有效期（天）', SECURITY_DEFAULTS.password.maxAgeDays, '到期后须修改密码才能继续操作；0 表示不过期'),
      ],
    },
    {
      name: 'login',
      type: 'group',
      label: '登录失败处理',
      admin: { description: '连续失败达到次数后，每次再尝试都须等待 2、4、8……秒（不超过上限），不锁定账号。' },
      fields: [
        number('accountDelayAfterFailures', '同一账号失败几次后开始延迟', SECURITY_DEFAULTS.login.accountDelayAfterFailures, undefined, 1),
        number('ipDelayAfterFailures', '同一来源地址失败几次后开始延迟', SECURITY_DEFAULTS.login.ipDelayAfterFailures, undefined, 1),
        number('delayMaxSeconds', '最长等待（秒）', SECURITY_DEFAULTS.login.delayMaxSeconds, undefined, 1),
        number('failureWindowMinutes', '失败记录保留（分钟）', SECURITY_DEFAULTS.login.failureWindowMinutes, '超过此时间没有新的失败，计数清零', 1),
        number('alertAfterFailures', '同一账号失败几次后告警', SECURITY_DEFAULTS.login.alertAfterFailures, '邮件通知全部安全管理员；0 表示不告警'),
        number('ipAlertAfterFailures', '同一来源地址失败几次后告警', SECURITY_DEFAULTS.login.ipAlertAfterFailures, '0 表示不告警'),
      ],
    },
    {
      name: 'session',
      type: 'group',
      label: '会话',
      fields: [number('idleMinutes', '无操作自动退出（分钟）', SECURITY_DEFAULTS.session.idleMinutes, undefined, 1)],
    },
    {
      name: 'log',
      type: 'group',
      label: '安全审计日志',
      fields: [
        number('retentionDays', '保存期限（天）', SECURITY_DEFAULTS.log.retentionDays, `不少于 ${MIN_LOG_RETENTION_DAYS} 天（网络安全法第二十一条：留存网络日志不少于六个月）`, MIN_LOG_RETENTION_DAYS),
      ],
    },
  ],
})
