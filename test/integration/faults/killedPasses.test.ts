/**
 * Fault: the server killed with SIGKILL in the middle of the daily audit and of a scheduled-publishing pass (issue 17
 * point 3). Each time the real server (`src/server.ts`, its scheduler running the task every second) stops at a named
 * point (src/lib/faultPoint.ts writes a marker there and waits), the test kills it, looks at what it left, and starts
 * a fresh server on the same database: the next run completes, nothing is half-written, nothing is done twice.
 *
 * Mail goes to a real SMTP sink and build webhooks to a real HTTP receiver, both in this process.
 */
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'
import { bootPayload, type TestContext } from '../../helpers/testPayload'
import { act, crewFor, makeColumn, makeDepartment, makeDocument } from '../../helpers/fixtures'
import { reachedFaultPoint, startServerProcess, waitFor, type ServerProcess } from '../../helpers/serverProcess'
import { AUDIT_LOCK_KEY } from '../../../plugins/audit/auditLock'
import { AUDIT_TASK } from '../../../plugins/audit/defaults'
import { abandonedSummary } from '../../../plugins/scheduler/databaseRunCoordinator'
import { webhookDispatcher } from '../../../plugins/contentApi/webhooks/webhookDispatcher'
import type { Id } from '../../../domain/ids'

/** A cron that does not fire while the test runs (1 January, midnight). */
const NEVER = '0 0 0 1 1 *'
const EVERY_SECOND = '* * * * * *'
/** The lease after which a slot left 运行中 is marked 失败, and the audit lock's timeout, for the next server. */
const LEASE_SECONDS = 1
/** Each step starts a server (tsx compiles the app on a loaded machine): a bound, not an expectation. */
const STEP_TIMEOUT_MS = 300_000

type Mail = { rcpt: string[]; subject: string; messageId: string }
type Notice = { body: { event: string; collection: string; id: Id }; delivery: string }

let ctx: TestContext
let smtp: SMTPServer
let receiver: http.Server
let smtpPort = 0
let webhookUrl = ''
const mails: Mail[] = []
const notices: Notice[] = []
const servers: ServerProcess[] = []
let department: Id
let column: Id

const serverEnv = (instance: string, env: Record<string, string>) => ({
  DATABASE_URI: process.env.DATABASE_URI!,
  PAYLOAD_SECRET: 'test-secret',
  SCHEDULER: 'on',
  INSTANCE_NAME: instance,
  MEDIA_DIR: path.join(ctx.dir, 'media'),
  MAIL_OUTBOX_DIR: path.join(ctx.dir, 'outbox'),
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_MS: '200',
  EXPIRY: 'false',
  ...env,
})

const start = async (instance: string, env: Record<string, string>) => {
  const server = await startServerProcess(serverEnv(instance, env))
  servers.push(server)
  return server
}

const marker = (name: string) => path.join(ctx.dir, `${name}.reached`)

const runs = async (task: string) =>
  (await ctx.payload.find({ collection: 'scheduler-runs', where: { task: { equals: task } }, pagination: false, depth: 0, overrideAccess: true, sort: 'startedAt' })).docs

/** Waits until `startedAt` of the row lies more than the lease in the past (the next server may then take it over). */
const leaseRunOut = (startedAt: string | null | undefined) =>
  waitFor('the lease to run out', () => Date.now() > new Date(String(startedAt)).getTime() + LEASE_SECONDS * 1000 + 50)

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', messageId: mail.messageId ?? '' })
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpPort = (smtp.server.address() as AddressInfo).port
  receiver = http.createServer((req, res) => {
    let data = ''
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => {
      notices.push({ body: JSON.parse(data), delivery: String(req.headers['x-gongkai-delivery']) })
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/build`

  ctx = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), WEBHOOK_ALLOW_PRIVATE: 'true' })
  // The servers under test deliver the webhooks; this process only looks.
  webhookDispatcher(ctx.payload)?.stop()
  await ctx.payload.updateGlobal({
    slug: 'settings',
    data: {
      audit: { webOfficeEmail: 'gkb@county.gov.cn' },
      webhooks: { enabled: true, secret: 'killed-passes', urls: [{ url: webhookUrl }], maxAttempts: 5, retryBaseSeconds: 0.2, timeoutSeconds: 30 },
    },
  })
  const dept = await makeDepartment(ctx.payload, { name: '县应急管理局', noticeEmails: [{ email: 'yj@county.gov.cn' }] })
  department = dept.id
  // A 通知公告 column with nothing in it: a finding the audit reports to the department.
  column = (await makeColumn(ctx.payload, { kind: 'notice', title: '应急通知公告', department })).id
})

afterAll(async () => {
  if (process.env.FAULT_DEBUG) for (const server of servers) console.log(server.output())
  for (const server of servers) await server.kill('SIGKILL')
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
  await ctx?.close()
})

describe('SIGKILL during the daily audit', () => {
  const count = async (collection: 'audit-notices' | 'audit-digests') => (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs

  it('leaves nothing of a run killed before its commit', async () => {
    const killed = await start('audit-killed-before-commit', { AUDIT_CRON: EVERY_SECOND, PUBLISH_CRON: NEVER, GONGKAI_FAULT_POINT: 'audit:before-commit', GONGKAI_FAULT_MARKER: marker('before-commit') })
    await reachedFaultPoint(killed, marker('before-commit'))
    expect(await killed.kill('SIGKILL')).toBe('SIGKILL')

    expect(await count('audit-notices')).toBe(0)
    expect(await count('audit-digests')).toBe(0)
    expect(mails).toEqual([])
    const slots = await runs(AUDIT_TASK)
    expect(slots.map((s) => [s.instance, s.status])).toEqual([['audit-killed-before-commit', 'running']])
  }, STEP_TIMEOUT_MS)

  it('sends nothing of a run killed after its commit, and keeps its notices once', async () => {
    // The dead run's claim on the audit counts as abandoned after the setting 巡检运行超时.
    await ctx.payload.updateGlobal({ slug: 'settings', data: { audit: { lockMinutes: LEASE_SECONDS / 60 } } })
    const [lock] = (await ctx.payload.find({ collection: 'scheduler-runs', where: { key: { equals: AUDIT_LOCK_KEY } }, depth: 0, overrideAccess: true })).docs
    await leaseRunOut(lock.startedAt)
    const killed = await start('audit-killed-before-send', {
      AUDIT_CRON: EVERY_SECOND, PUBLISH_CRON: NEVER, SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS), GONGKAI_FAULT_POINT: 'audit:before-send', GONGKAI_FAULT_MARKER: marker('before-send'),
    })
    await reachedFaultPoint(killed, marker('before-send'))
    expect(await killed.kill('SIGKILL')).toBe('SIGKILL')

    const stored = (await ctx.payload.find({ collection: 'audit-notices', pagination: false, depth: 0, overrideAccess: true })).docs
    expect(stored.some((n) => n.subjectTitle === '应急通知公告')).toBe(true)
    const keys = stored.map((n) => `${n.rule}|${n.subjectType}|${n.subjectId}`)
    expect(new Set(keys).size).toBe(keys.length)
    const digests = (await ctx.payload.find({ collection: 'audit-digests', pagination: false, depth: 0, overrideAccess: true })).docs
    expect(digests.length).toBeGreaterThan(0)
    expect(digests.map((d) => d.status)).toEqual(digests.map(() => 'pending'))
    expect(mails).toEqual([])
    // The first server's slot, still 运行中, was marked 失败 by this server's first slot.
    const slots = await runs(AUDIT_TASK)
    expect(slots.filter((s) => s.instance === 'audit-killed-before-commit').map((s) => [s.status, s.summary])).toEqual([['failed', abandonedSummary(LEASE_SECONDS)]])
  }, STEP_TIMEOUT_MS)

  it('completes the next run: each notice mailed once, the dead run’s digests superseded', async () => {
    const [lock] = (await ctx.payload.find({ collection: 'scheduler-runs', where: { key: { equals: AUDIT_LOCK_KEY } }, depth: 0, overrideAccess: true })).docs
    await leaseRunOut(lock.startedAt)
    const next = await start('audit-next', { AUDIT_CRON: EVERY_SECOND, PUBLISH_CRON: NEVER, SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS) })
    const done = await waitFor('a completed audit run of the next server', async () =>
      (await runs(AUDIT_TASK)).find((s) => s.instance === 'audit-next' && s.status !== 'running'),
    )
    await waitFor('the killed slots marked 失败', async () => (await runs(AUDIT_TASK)).filter((s) => s.instance !== 'audit-next').every((s) => s.status === 'failed'))
    expect(await next.kill('SIGTERM')).toBe(0)
    expect(done.status).toBe('done')

    const digests = (await ctx.payload.find({ collection: 'audit-digests', pagination: false, depth: 0, overrideAccess: true, sort: 'createdAt' })).docs
    const killedSlot = (await runs(AUDIT_TASK)).find((s) => s.instance === 'audit-killed-before-send')!
    const ofKilledRun = digests.filter((d) => d.runKey === killedSlot.key)
    expect(ofKilledRun.length).toBeGreaterThan(0)
    expect(ofKilledRun.map((d) => d.status)).toEqual(ofKilledRun.map(() => 'superseded'))
    const sent = digests.filter((d) => d.status === 'sent')
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.every((d) => d.runKey === done.key)).toBe(true)
    // One mail per sent digest, each once (its Message-ID is the digest's), and no notice in two of them.
    expect(mails.map((m) => m.messageId).sort()).toEqual(sent.map((d) => d.messageId).sort())
    const mailed = sent.flatMap((d) => (d.notices as Array<Id | { id: Id }>).map((n) => String(typeof n === 'object' ? n.id : n)))
    expect(new Set(mailed).size).toBe(mailed.length)
    expect(mails.filter((m) => m.rcpt.includes('yj@county.gov.cn'))).toHaveLength(1)
    const notice = (await ctx.payload.find({ collection: 'audit-notices', where: { subjectTitle: { equals: '应急通知公告' } }, depth: 0, overrideAccess: true })).docs
    expect(notice).toHaveLength(1)
    expect(notice[0].emailedAt).toBeTruthy()
  }, STEP_TIMEOUT_MS)
})

describe('SIGKILL during a scheduled-publishing pass', () => {
  const ITEMS = 4
  const KILLED_AFTER = 2
  const ids: Id[] = []

  const publishedRecords = async (id: Id) =>
    (await ctx.payload.find({ collection: 'approval-records', where: { and: [{ 'subject.value': { equals: id } }, { action: { equals: 'publish-scheduled' } }] }, depth: 0, overrideAccess: true })).docs
  const changes = async (id: Id) => (await ctx.payload.find({ collection: 'public-changes', where: { key: { equals: `documents:${id}` } }, depth: 0, overrideAccess: true })).docs
  const deliveries = async (id: Id) =>
    (await ctx.payload.find({ collection: 'webhook-deliveries', where: { and: [{ subjectCollection: { equals: 'documents' } }, { itemId: { equals: String(id) } }] }, depth: 0, overrideAccess: true })).docs
  const states = async () => Promise.all(ids.map(async (id) => (await ctx.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true })).reviewState))

  beforeAll(async () => {
    const crew = await crewFor(ctx.payload, department)
    // All due at one instant, which has passed when the server starts.
    const publishAt = new Date(Date.now() + 3_000 * ITEMS).toISOString()
    for (let n = 0; n < ITEMS; n++) {
      const doc = await makeDocument(ctx.payload, { column, department, title: `定时发布${n + 1}` }, { draft: true })
      for (const [user, action] of [[crew.editor, 'submit'], [crew.reviewer, 'approve'], [crew.secrecy, 'approve']] as const) {
        await act(ctx.payload, user, { collection: 'documents', id: doc.id, action })
      }
      await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'approve', publishAt })
      ids.push(doc.id)
    }
    expect(await states()).toEqual(ids.map(() => 'scheduled'))
    await waitFor('the items to be due', () => Date.now() > new Date(publishAt).getTime())
  })

  it('keeps what the pass had committed when it was killed, once each, and leaves the rest scheduled', async () => {
    const killed = await start('publish-killed', { PUBLISH_CRON: EVERY_SECOND, AUDIT: 'false', GONGKAI_FAULT_POINT: `publish-scheduled:after-item@${KILLED_AFTER}`, GONGKAI_FAULT_MARKER: marker('after-item') })
    await reachedFaultPoint(killed, marker('after-item'))
    // The committed items' build webhooks go out meanwhile; the kill comes once they are recorded as delivered.
    await waitFor('the webhooks of the committed items', async () => {
      const rows = (await ctx.payload.find({ collection: 'webhook-deliveries', where: { subjectCollection: { equals: 'documents' } }, pagination: false, depth: 0, overrideAccess: true })).docs
      return rows.length === KILLED_AFTER && rows.every((d) => d.status === 'delivered')
    })
    expect(await killed.kill('SIGKILL')).toBe('SIGKILL')

    const publishedNow = await states()
    expect(publishedNow.filter((s) => s === 'published')).toHaveLength(KILLED_AFTER)
    expect(publishedNow.filter((s) => s === 'scheduled')).toHaveLength(ITEMS - KILLED_AFTER)
    for (const [i, id] of ids.entries()) {
      const expected = publishedNow[i] === 'published' ? 1 : 0
      expect({ id, records: (await publishedRecords(id)).length, changes: (await changes(id)).length, deliveries: (await deliveries(id)).length }).toEqual({ id, records: expected, changes: expected, deliveries: expected })
    }
    const [slot] = await runs('publish-scheduled')
    expect([slot.instance, slot.status]).toEqual(['publish-killed', 'running'])
  }, STEP_TIMEOUT_MS)

  it('publishes the rest in the next server’s pass: every item once, with one register entry, change and webhook', async () => {
    const [slot] = await runs('publish-scheduled')
    await leaseRunOut(slot.startedAt)
    const next = await start('publish-next', { PUBLISH_CRON: EVERY_SECOND, AUDIT: 'false', SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS) })
    await waitFor('every item published and its webhook delivered', async () => {
      if ((await states()).some((s) => s !== 'published')) return false
      const rows = (await Promise.all(ids.map(deliveries))).flat()
      return rows.length === ITEMS && rows.every((d) => d.status === 'delivered')
    })
    await waitFor('the killed slot marked 失败', async () => (await runs('publish-scheduled')).find((s) => s.instance === 'publish-killed')?.status === 'failed')
    expect(await next.kill('SIGTERM')).toBe(0)

    for (const id of ids) {
      const records = await publishedRecords(id)
      expect({ id, records: records.map((r) => [r.fromState, r.toState, r.actorName]), changes: (await changes(id)).map((c) => c.op), deliveries: (await deliveries(id)).length }).toEqual({
        id, records: [['scheduled', 'published', '定时发布']], changes: ['upsert'], deliveries: 1,
      })
    }
    // The receiver heard of each publication exactly once.
    const heard = notices.filter((n) => n.body.event === 'publish' && n.body.collection === 'documents').map((n) => String(n.body.id)).sort()
    expect(heard).toEqual(ids.map(String).sort())
    expect((await runs('publish-scheduled')).find((s) => s.instance === 'publish-killed')?.summary).toEqual(abandonedSummary(LEASE_SECONDS))
  }, STEP_TIMEOUT_MS)
})
