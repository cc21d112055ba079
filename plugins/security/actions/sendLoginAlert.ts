/**
 * 入侵告警 (GB/T 22239-2019 8.1.4.4 f): mails every 安全管理员 when an account or a client address reaches the
 * alert threshold of failed logins. The entry in the security log is written by the caller.
 */
import type { Payload } from 'payload'
import { optionsOf } from '../options'

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export type LoginAlert = { kind: 'account' | 'ip'; email: string; ip: string; failures: number; at: Date }

export const loginAlertSubject = (alert: LoginAlert): string =>
  alert.kind === 'account'
    ? `【安全告警】账号 ${alert.email} 连续登录失败 ${alert.failures} 次`
    : `【安全告警】来源地址 ${alert.ip} 连续登录失败 ${alert.failures} 次`

/** Every 安全管理员, by the user model's roles (wherever the host keeps them, so no query on a roles field). */
export const securityAdminEmails = async (payload: Payload): Promise<string[]> => {
  const { accounts, rules } = optionsOf(payload)
  const { docs } = await payload.find({ collection: accounts, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  return docs
    .filter((doc) => rules.hasRole(doc, 'security-admin'))
    .map((doc) => String((doc as { email?: unknown }).email ?? ''))
    .filter(Boolean)
}

export const sendLoginAlert = async (payload: Payload, alert: LoginAlert): Promise<string[]> => {
  const to = await securityAdminEmails(payload)
  if (to.length === 0) {
    payload.logger.warn({ msg: '登录失败告警未发出：没有安全管理员账号', alert: loginAlertSubject(alert) })
    return []
  }
  const lines = [
    loginAlertSubject(alert),
    `时间：${alert.at.toISOString()}`,
    `账号（输入的邮箱）：${alert.email}`,
    `来源地址：${alert.ip}`,
    '此后每次尝试都须等待递增的时间（不锁定账号）。请在“安全审计日志”中查看详情，必要时在网络边界封禁该地址或联系账号本人。',
  ]
  await payload.sendEmail({
    to,
    subject: loginAlertSubject(alert),
    text: lines.join('\n'),
    html: `<p>${lines.map(escapeHtml).join('</p><p>')}</p>`,
  })
  return to
}
