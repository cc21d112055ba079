/** Outgoing mail: SMTP when SMTP_HOST is set, otherwise .eml files in data/outbox/ (never an online test service). */
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import nodemailer, { type Transport, type Transporter } from 'nodemailer'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

export const outboxDir = () => path.resolve(process.env.MAIL_OUTBOX_DIR || 'data/outbox')

/** A nodemailer transport that writes each message, as sent, to an .eml file. */
export const outboxTransport = (dir: string = outboxDir()): Transporter => {
  const transport: Transport<{ envelope: unknown; messageId: string; file: string } | undefined> = {
    name: 'gongkai-outbox',
    version: '1',
    send(mail, callback) {
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`)
      fs.mkdirSync(dir, { recursive: true })
      const out = fs.createWriteStream(file)
      const fail = (error: Error) => callback(error, undefined)
      mail.message
        .createReadStream()
        .on('error', fail)
        .pipe(out)
        .on('error', fail)
        .on('finish', () => callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file }))
    },
  }
  return nodemailer.createTransport(transport)
}

const seconds = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * How long a send may wait on a mail server that accepts and then hangs (nodemailer's own defaults are 2 minutes,
 * 30 seconds and 10 minutes): a failed send is retried by its owner later (the audit's digests: next run, backoff).
 */
export const smtpTimeouts = () => ({
  connectionTimeout: seconds('SMTP_CONNECTION_TIMEOUT_SECONDS', 10) * 1000,
  greetingTimeout: seconds('SMTP_GREETING_TIMEOUT_SECONDS', 10) * 1000,
  socketTimeout: seconds('SMTP_SOCKET_TIMEOUT_SECONDS', 60) * 1000,
})

export const smtpTransport = (): Transporter | null => {
  const host = process.env.SMTP_HOST
  if (!host) return null
  return nodemailer.createTransport({
    host,
    port: Number(process.env.SMTP_PORT || 25),
    secure: process.env.SMTP_SECURE === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS || '' } : undefined,
    ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
    ...smtpTimeouts(),
  })
}

export const emailAdapter = () =>
  nodemailerAdapter({
    defaultFromAddress: process.env.MAIL_FROM_ADDRESS || 'gongkai@localhost',
    defaultFromName: process.env.MAIL_FROM_NAME || '政务公开管理平台',
    transport: smtpTransport() ?? outboxTransport(),
    skipVerify: true,
  })
