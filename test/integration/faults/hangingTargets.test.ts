/**
 * Fault: the mail server and the build-webhook target accept a connection and never answer (issue 17 point 3). A
 * real SMTP server (smtp-server) that holds each connection before its greeting, and an HTTP receiver that holds each
 * request, both switchable to answering. Publishing (终审 over HTTP) answers while both hang; the mail and the webhook
 * wait in their records (digest 发送中, delivery 待投递) and go out once the targets answer; with the timeouts set
 * short, a hung send fails after its timeout and is retried, and nothing is lost.
 */
import http from 'node:http'
import { spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'
import { bootPayload, startServer, type TestContext, type TestServer } from '../../helpers/testPayload'
import { act, api, crewFor, login, makeColumn, makeDepartment, makeDocument, type Crew } from '../../helpers/fixtures'
import { waitFor } from '../../helpers/serverProcess'
import { root } from '../../helpers/appProcess'
import { runAudit, type AuditResult } from '../../../plugins/audit/runAudit'
import type { Id } from '../../../domain/ids'

/** Longer than the test: in the first steps a hung target hangs for good. */
const FOREVER_SECONDS = '3600'
/**
 * How long a run with a 1-second greeting timeout may stay on a hung mail server: generous, and below nodemailer's own
 * 30-second default, so that a transport without the setting fails here.
 */
const HUNG_SEND_BOUND_MS = 20_000

type Mode = 'hang' | 'answer'
let smtpMode: Mode = 'hang'
let webhookMode: Mode = 'hang'
const heldGreetings: Array<{ callback: () => void }> = []
const heldRequests: Array<{ res: http.ServerResponse; body: { event: string; collection: string; id: Id } }> = []
const mails: Array<{ rcpt: string[]; subject: string }> = []
const answered: Array<{ event: string; collection: string; id: Id }> = []

let ctx: TestContext
let server: TestServer
let smtp: SMTPServer
let receiver: http.Server
let smtpPort = 0
let crew: Crew
let department: Id
let column: Id

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = ''
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => resolve(data))
  })

const deliveriesOf = async (id: Id) =>
  (await ctx.payload.find({ collection: 'webhook-deliveries', where: { and: [{ subjectCollection: { equals: 'documents' } }, { itemId: { equals: String(id) } }] }, depth: 0, overrideAccess: true })).docs

/** An item signed by 初审 and 保密审查, waiting for 终审. */
const awaitingFinal = async (title: string) => {
  const doc = await makeDocument(ctx.payload, { column, department, title }, { draft: true })
  for (const [user, action] of [[crew.editor, 'submit'], [crew.reviewer, 'approve'], [crew.secrecy, 'approve']] as const) {
    await act(ctx.payload, user, { collection: 'documents', id: doc.id, action })
  }
  return doc.id
}

type CliRun = { status: number | null; stdout: string; stderr: string }

/** `npm run audit` in a process of its own, with its own mail timeouts; `exited` resolves when it ends. */
const auditCli = (env: Record<string, string>, ...args: string[]): { exited: Promise<CliRun>; kill: () => void } => {
  let kill = () => {}
  const exited = new Promise<CliRun>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=development', LOG_LEVEL: 'fatal', ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
    kill = () => child.kill('SIGKILL')
  })
  return { exited, kill }
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // No greeting until the test lets it answer: the client waits on an open connection.
    onConnect(session, callback) {
      if (smtpMode === 'answer') return callback()
      heldGreetings.push({ callback: () => callback() })
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '' })
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpPort = (smtp.server.address() as AddressInfo).port
  receiver = http.createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req))
    if (webhookMode === 'hang') return void heldRequests.push({ res, body })
    answered.push(body)
    res.end('ok')
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))

  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_CONNECTION_TIMEOUT_SECONDS: FOREVER_SECONDS,
    SMTP_GREETING_TIMEOUT_SECONDS: FOREVER_SECONDS,
    SMTP_SOCKET_TIMEOUT_SECONDS: FOREVER_SECONDS,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_POLL_MS: '200',
  })
  server = await startServer(ctx)
  department = (await makeDepartment(ctx.payload, { name: '县水务局', noticeEmails: [{ email: 'sw@county.gov.cn' }] })).id
  column = (await makeColumn(ctx.payload, { kind: 'news', title: '水务动态', department })).id
  // A 通知公告 column with nothing in it: the audit has a notice to mail to the department.
  await makeColumn(ctx.payload, { kind: 'notice', title: '水务通知公告', department })
  crew = await crewFor(ctx.payload, department)
  await ctx.payload.updateGlobal({
    slug: 'settings',
    data: {
      audit: { webOfficeEmail: 'gkb@county.gov.cn' },
      webhooks: { enabled: true, secret: 'hanging', urls: [{ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/build` }], maxAttempts: 10, retryBaseSeconds: 0.2, timeoutSeconds: Number(FOREVER_SECONDS) },
    },
  })
})

afterAll(async () => {
  for (const held of heldRequests) held.res.destroy()
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  await server?.close()
  await ctx?.close()
})

describe('a mail server and a webhook target that hang', () => {
  let item: Id
  let audit: Promise<AuditResult>
  let auditSettled = false

  it('do not hold up publishing: 终审 answers while both still hang', async () => {
    item = await awaitingFinal('挂起期间发布的信息')
    // The daily audit sends its digest meanwhile and waits on the mail server's greeting.
    audit = runAudit(ctx.payload).finally(() => (auditSettled = true))
    await waitFor('the audit to connect to the mail server', () => heldGreetings.length > 0)

    const res = await api(server.url, await login(server.url, crew.approver.email)).post(`/api/documents/${item}/workflow`, { action: 'approve' })
    expect(res.status).toBe(200)
    expect(res.json.reviewState).toBe('published')
    await waitFor('the build webhook to reach the target', () => heldRequests.some((h) => String(h.body.id) === String(item)))

    // Both targets still have not answered, and nothing is lost: the digest is 发送中, the delivery 待投递.
    expect(auditSettled).toBe(false)
    expect(heldRequests.every((h) => !h.res.writableEnded)).toBe(true)
    const digests = (await ctx.payload.find({ collection: 'audit-digests', depth: 0, overrideAccess: true })).docs
    expect(digests.map((d) => d.status)).toContain('sending')
    expect((await deliveriesOf(item)).map((d) => [d.status, d.attempts])).toEqual([['pending', 0]])
  })

  it('send the mail and the webhook once each when the targets answer', async () => {
    smtpMode = 'answer'
    for (const held of heldGreetings.splice(0)) held.callback()
    webhookMode = 'answer'
    for (const held of heldRequests.splice(0)) {
      answered.push(held.body)
      held.res.end('ok')
    }
    const result = await audit
    expect(result.emails!.every((e) => e.status === 'sent')).toBe(true)
    expect(mails.filter((m) => m.rcpt.includes('sw@county.gov.cn'))).toHaveLength(1)
    await waitFor('the delivery recorded', async () => (await deliveriesOf(item))[0]?.status === 'delivered')
    expect((await deliveriesOf(item)).map((d) => [d.status, d.attempts])).toEqual([['delivered', 1]])
    expect(answered.filter((b) => b.collection === 'documents' && String(b.id) === String(item))).toHaveLength(1)
  })

  it('times a hung mail server out after SMTP_GREETING_TIMEOUT_SECONDS, and the next run sends the mail once', async () => {
    smtpMode = 'hang'
    const second = (await makeDepartment(ctx.payload, { name: '县林草局', noticeEmails: [{ email: 'lc@county.gov.cn' }] })).id
    await makeColumn(ctx.payload, { kind: 'notice', title: '林草通知公告', department: second })
    // The greeting is the one that never comes: its timeout is the short one.
    const short = { SMTP_CONNECTION_TIMEOUT_SECONDS: '30', SMTP_GREETING_TIMEOUT_SECONDS: '1', SMTP_SOCKET_TIMEOUT_SECONDS: '30' }
    const before = heldGreetings.length
    const run = auditCli(short)
    await waitFor('the run to connect to the mail server', () => heldGreetings.length > before)
    const failed = await Promise.race([run.exited, new Promise<null>((resolve) => setTimeout(resolve, HUNG_SEND_BOUND_MS, null))])
    if (!failed) run.kill()
    expect(failed?.status).toBe(0)
    expect(failed!.stdout).toMatch(/邮件 发送失败：lc@county\.gov\.cn.*Greeting never received/)
    expect(heldGreetings.length).toBeGreaterThan(0)
    const [notice] = (await ctx.payload.find({ collection: 'audit-notices', where: { subjectTitle: { equals: '林草通知公告' } }, depth: 0, overrideAccess: true })).docs
    expect(notice.emailAttempts).toBe(1)
    expect(notice.nextEmailAt).toBeTruthy()

    // The mail server answers again; the retry is due at the notice's next attempt.
    smtpMode = 'answer'
    const retried = await auditCli(short, '--now', new Date(new Date(String(notice.nextEmailAt)).getTime() + 60_000).toISOString()).exited
    expect(retried.status).toBe(0)
    expect(retried.stdout).toMatch(/邮件 已发送：lc@county\.gov\.cn/)
    expect(mails.filter((m) => m.rcpt.includes('lc@county.gov.cn'))).toHaveLength(1)
    // The first department's notice was mailed in the second step and is not mailed again.
    expect(mails.filter((m) => m.rcpt.includes('sw@county.gov.cn'))).toHaveLength(1)
  })

  it('times a hung webhook out after the setting 单次请求超时, retries it, and delivers it once the target answers', async () => {
    await ctx.payload.updateGlobal({ slug: 'settings', data: { webhooks: { timeoutSeconds: 1 } } })
    webhookMode = 'hang'
    const next = await awaitingFinal('超时重试的信息')
    await act(ctx.payload, crew.approver, { collection: 'documents', id: next, action: 'approve' })
    const [timedOut] = await waitFor('the first attempt to time out', async () => {
      const rows = await deliveriesOf(next)
      return rows[0]?.status === 'retrying' ? rows : null
    })
    expect([timedOut.attempts, timedOut.lastError]).toEqual([1, '超时（1 秒）'])
    webhookMode = 'answer'
    const [delivered] = await waitFor('the retry to be delivered', async () => {
      const rows = await deliveriesOf(next)
      return rows[0]?.status === 'delivered' ? rows : null
    })
    expect(delivered.attempts).toBeGreaterThanOrEqual(2)
    expect(answered.filter((b) => b.collection === 'documents' && String(b.id) === String(next))).toHaveLength(1)
  })
})
