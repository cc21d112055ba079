/** The audit's digests over real SMTP (smtp-server + mailparser): content, recipients, retries, never twice. */
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { makeColumn, makeDepartment, makeDocument } from '../helpers/fixtures'
import type { Column, Department } from '../../src/payload-types'
import { runAudit } from '../../plugins/audit/runAudit'
import { beijing, fixClock } from '../helpers/clock'

let ctx: TestContext
let smtp: SMTPServer | null = null
let port = 0
const received: Array<ParsedMail & { rcpt: string[] }> = []
const DAY = 86_400_000
/** Monday 2026-09-07, 10:00 in Beijing: the clock is fixed, so the digest never depends on the day the tests run. */
const start = beijing('2026-09-07', '10:00').getTime()
fixClock(start)

const listen = (onPort = 0) =>
  new Promise<void>((resolve) => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(Object.assign(mail, { rcpt: session.envelope.rcptTo.map((r) => r.address) }))
          callback()
        }, callback)
      },
    })
    smtp.listen(onPort, '127.0.0.1', () => {
      port = (smtp!.server.address() as AddressInfo).port
      resolve()
    })
  })
const stop = () => new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))

let dept: Department
let column: Column

beforeAll(async () => {
  await listen()
  ctx = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SERVER_URL: 'https://gk.example.gov.cn' })
  await ctx.payload.updateGlobal({
    slug: 'settings',
    // No yearly interpretation quota here (a September run would warn every department): one red column is the point.
    data: { audit: { webOfficeEmail: 'gkb@county.gov.cn' }, annualReports: { departmentDue: '12-31', governmentDue: '12-31' }, interpretationQuotas: { yearly: 0, byPrincipal: 0 } },
  })
  dept = await makeDepartment(ctx.payload, { name: '县财政局测试', noticeEmails: [{ email: 'cz1@county.gov.cn' }, { email: 'cz2@county.gov.cn' }] })
  column = await makeColumn(ctx.payload, { kind: 'news', title: '财政动态', department: dept.id })
  await makeDocument(ctx.payload, { column: column.id, department: dept.id, formedAt: new Date(start).toISOString() })
})
afterAll(async () => {
  await stop()
  await ctx?.close()
})

it('sends one digest to the department, copying the web office for red items, in Chinese with HTML and text', async () => {
  const result = await runAudit(ctx.payload, { now: new Date(start + 15 * DAY) })
  expect(result.emails!.map((e) => e.status)).toEqual(['sent'])
  expect(received).toHaveLength(1)
  const [mail] = received
  expect(mail.subject).toBe('【政务公开督办】县财政局测试：1 项逾期、0 项预警（2026-09-22）')
  expect(mail.rcpt.sort()).toEqual(['cz1@county.gov.cn', 'cz2@county.gov.cn', 'gkb@county.gov.cn'])
  expect((mail.cc as { text: string }).text).toContain('gkb@county.gov.cn')
  expect(mail.text).toContain('财政动态')
  expect(mail.text).toContain(`https://gk.example.gov.cn/admin/collections/columns/${column.id}`)
  expect(mail.html).toContain('<table')
  expect(mail.html).toContain('红色·逾期')
  expect(mail.messageId).toMatch(/^<audit-[0-9a-f]{32}@gongkai>$/)
})

it('SMTP down: the notice keeps the error and is sent on the next run after it comes back, once', async () => {
  received.length = 0
  await stop()
  const blank = await makeColumn(ctx.payload, { kind: 'notice', title: '空白的通知公告', department: dept.id })
  const failed = await runAudit(ctx.payload, { now: new Date(start + 16 * DAY) })
  expect(failed.emails!.map((e) => e.status)).toEqual(['failed'])
  const [notice] = (await ctx.payload.find({ collection: 'audit-notices', where: { subjectId: { equals: String(blank.id) } } })).docs
  expect(notice).toMatchObject({ status: 'open', emailAttempts: 1, emailedAt: null })
  expect(notice.lastEmailError).toBeTruthy()
  expect(new Date(notice.nextEmailAt!).getTime()).toBe(start + 16 * DAY + 60 * 60_000)

  // Before the backoff has passed the notice waits, even with the server back.
  await listen(port)
  const early = await runAudit(ctx.payload, { now: new Date(start + 16 * DAY + 30 * 60_000) })
  expect(early.emails).toEqual([])
  expect(received).toHaveLength(0)

  const next = await runAudit(ctx.payload, { now: new Date(start + 17 * DAY) })
  expect(next.emails!.map((e) => e.status)).toEqual(['sent'])
  expect(received).toHaveLength(1)
  expect(received[0].text).toContain('空白的通知公告')
  const [sent] = (await ctx.payload.find({ collection: 'audit-notices', where: { id: { equals: notice.id } } })).docs
  expect(sent).toMatchObject({ emailAttempts: 2, lastEmailError: null })
  expect(sent.emailedAt).toBeTruthy()

  await runAudit(ctx.payload, { now: new Date(start + 17 * DAY + 3600_000) })
  expect(received).toHaveLength(1)
})
