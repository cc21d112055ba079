/**
 * 忘记密码: the same 200 for every address, known or not (no 500, no timing or wording oracle), and one Chinese
 * mail through the configured transport, sent after the answer with a link on this server's own origin
 * (SERVER_URL, or the address the request reached — never the Host header). At most one mail per address and
 * `PASSWORD_RESET_MAIL_INTERVAL_MS`; a failed send is logged, never reported to the asker.
 */
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { DEFAULT_SITE_NAME } from '../defaults'

const lastSent = new Map<string, number>()

const resetMailSubject = (siteName: string): string => `重置您在${siteName}的密码`

/** The subject of Gongkai's mail (the default site name). */
export const RESET_MAIL_SUBJECT = resetMailSubject(DEFAULT_SITE_NAME)

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const intervalMs = () => {
  const value = Number(process.env.PASSWORD_RESET_MAIL_INTERVAL_MS)
  return Number.isFinite(value) && value >= 0 && process.env.PASSWORD_RESET_MAIL_INTERVAL_MS !== '' && process.env.PASSWORD_RESET_MAIL_INTERVAL_MS !== undefined ? value : 60_000
}

export const resetLink = (req: PayloadRequest, token: string): string => {
  const { config } = req.payload
  const origin = process.env.SERVER_URL ? new URL(process.env.SERVER_URL).origin : new URL(req.url ?? 'http://127.0.0.1:3000/').origin
  return `${origin}${config.routes.admin}${config.admin.routes.reset}/${token}`
}

export const resetMail = (link: string, siteName = DEFAULT_SITE_NAME) => ({
  subject: resetMailSubject(siteName),
  text: `您好：\n\n有人（可能是您本人）申请重置您在${siteName}的登录密码。请在 1 小时内打开以下链接设置新密码：\n\n${link}\n\n如果不是您本人操作，请忽略本邮件，您的密码不会改变。\n\n${siteName}`,
  html: `<p>您好：</p><p>有人（可能是您本人）申请重置您在${escapeHtml(siteName)}的登录密码。请在 1 小时内打开以下链接设置新密码：</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>如果不是您本人操作，请忽略本邮件，您的密码不会改变。</p><p>${escapeHtml(siteName)}</p>`,
})

/** Payload's own mail (English, its link from the Host header, a 500 when the send fails) is never sent. */
export const takeOverResetMail: CollectionBeforeOperationHook = ({ args, operation }) =>
  operation === 'forgotPassword' ? ({ ...args, disableEmail: true } as typeof args) : args

export const resetMailSender =
  (siteName: string): CollectionAfterOperationHook =>
  ({ args, operation, result, req }) => {
    if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result
    const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').toLowerCase().trim()
    const now = Date.now()
    if (!email || now - (lastSent.get(email) ?? -Infinity) < intervalMs()) return result
    lastSent.set(email, now)
    const link = resetLink(req, result)
    setImmediate(() => {
      void req.payload
        .sendEmail({ to: email, ...resetMail(link, siteName) })
        .catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'password reset mail not sent' }))
    })
    return result
  }
