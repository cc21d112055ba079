/** Scheduled publishing: the per-minute pass publishes due items as 定时发布, exactly once across instances. */
import type { Payload } from 'payload'
import { bootPayload, closePayload, type TestContext } from '../helpers/testPayload'
import { act, body, crewFor, makeColumn, makeDepartment, makeDocument } from '../helpers/fixtures'
import { beijing, fixClock, holdClock, releaseClock } from '../helpers/clock'
import { fireSlot, tasksScheduledBy } from '../helpers/cronSlots'
import { SCHEDULER_USER } from '../../plugins/workflow/defaults'
import { databaseRunCoordinator } from '../../plugins/scheduler/databaseRunCoordinator'
import { publishDueItems, schedulerUser } from '../../plugins/workflow/actions/publishDueItems'
import { startScheduler } from '../../plugins/scheduler/startScheduler'
import { LOGIN_REFUSED_MESSAGE } from '../../domain/security/loginDelay'

// Monday 2026-09-07, 10:00 in Beijing, whatever the machine's date.
fixClock(beijing('2026-09-07', '10:00'))

let ctx: TestContext
let second: Payload
let dept: { id: number | string }
let column: { id: number | string }

beforeAll(async () => {
  ctx = await bootPayload()
  // A second app instance on the same database. SQLite is single-instance by design (docs/operations.md), so
  // there the second scheduler shares the process's Payload; on PostgreSQL it is a Payload of its own.
  if (ctx.dialect === 'sqlite') second = ctx.payload
  else second = await (await import('payload')).getPayload({ config: ctx.config, key: 'second-instance' })
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload)
})
afterAll(async () => {
  if (second && second !== ctx.payload) await closePayload(second)
  await ctx?.close()
})

/** An item through three signatures, scheduled `delayMs` after its final approval. */
const scheduledItem = async (delayMs: number) => {
  const crew = await crewFor(ctx.payload, dept.id)
  const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: `定时${Date.now()}` }, { draft: true })
  for (const [user, action] of [[crew.editor, 'submit'], [crew.reviewer, 'approve'], [crew.secrecy, 'approve']] as const) {
    await act(ctx.payload, user, { collection: 'documents', id: doc.id, action })
  }
  await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'approve', publishAt: new Date(Date.now() + delayMs).toISOString() })
  return doc.id
}

const records = (id: number | string, action: string) =>
  ctx.payload.find({ collection: 'approval-records', where: { and: [{ 'subject.value': { equals: id } }, { action: { equals: action } }] }, depth: 0 })

describe('run coordination', () => {
  it('lets exactly one of two instances run a slot', async () => {
    const a = databaseRunCoordinator(ctx.payload, 'A')
    const b = databaseRunCoordinator(second, 'B')
    const key = `publish-scheduled:${new Date().toISOString()}`
    const results = await Promise.all([a.shouldRun(key, 60_000), b.shouldRun(key, 60_000), a.shouldRun(key, 60_000), b.shouldRun(key, 60_000)])
    expect(results.filter(Boolean)).toHaveLength(1)
  })
})

describe('the publish pass', () => {
  it('publishes due items as the user 定时发布 and leaves the others', async () => {
    const due = await scheduledItem(60_000)
    const later = await scheduledItem(3600_000)
    const summary = await publishDueItems(ctx.payload, new Date(Date.now() + 120_000))
    expect(summary.published).toEqual([{ collection: 'documents', id: due }])
    expect((await ctx.payload.findByID({ collection: 'documents', id: due })).reviewState).toBe('published')
    expect((await ctx.payload.findByID({ collection: 'documents', id: later, draft: true })).reviewState).toBe('scheduled')
    const entries = await records(due, 'publish-scheduled')
    expect(entries.docs.map((r) => r.actorName)).toEqual(['定时发布'])
  })

  it('re-checks the item: an edit after scheduling voids it and nothing is published', async () => {
    const id = await scheduledItem(60_000)
    const crew = await crewFor(ctx.payload, dept.id)
    await ctx.payload.update({ collection: 'documents', id, draft: true, data: { body: body('定时发布前被修改') }, user: crew.editor })
    const summary = await publishDueItems(ctx.payload, new Date(Date.now() + 120_000))
    expect(summary.published.map((p) => p.id)).not.toContain(id)
    expect((await ctx.payload.findByID({ collection: 'documents', id, draft: true })).reviewState).toBe('draft')
  })

  it('never lets anyone sign in as the robot user, even with its own password', async () => {
    const robot = await schedulerUser(ctx.payload)
    // Its password is random and never shown; give it a known one, so that only the refusal of the robot can stop the login.
    // (No account is locked any more, issue 11: the refusal is the one every failed login gets.)
    const password = 'Robot#2026-known-to-the-test'
    await ctx.payload.update({ collection: 'users', id: robot.id, data: { password }, overrideAccess: true })
    const login = ctx.payload.login({ collection: 'users', data: { email: SCHEDULER_USER.email, password } })
    await expect(login).rejects.toMatchObject({ status: 401, message: LOGIN_REFUSED_MESSAGE })
  })
})

describe('two schedulers on one database', () => {
  it('publish a due item exactly once, one instance per slot', async () => {
    const id = await scheduledItem(1500)
    // The clock stands still and the test fires each per-second slot, after the previous one has ended.
    holdClock()
    try {
      const { started: schedulers, tasks } = await tasksScheduledBy('publish-scheduled', () => [
        startScheduler(ctx.payload, { instance: 'A', only: ['publish-scheduled'], cron: { 'publish-scheduled': '* * * * * *' } }),
        startScheduler(second, { instance: 'B', only: ['publish-scheduled'], cron: { 'publish-scheduled': '* * * * * *' } }),
      ])
      expect(tasks).toHaveLength(2)
      const state = async () => (await ctx.payload.findByID({ collection: 'documents', id, draft: true, depth: 0 })).reviewState
      // Under 1.5 s after scheduling the item is not due; the next slot publishes it on one instance; then nothing is left.
      const slots = []
      while (slots.length < 5 && (await state()) !== 'published') slots.push(await fireSlot(tasks))
      slots.push(await fireSlot(tasks))
      await Promise.all(schedulers.map((s) => s.stop()))
      expect(slots.length).toBeGreaterThanOrEqual(2)
      for (const outcomes of slots) expect(outcomes).toEqual(['execution:finished', 'execution:skipped'])
      expect(await state()).toBe('published')
      expect((await records(id, 'publish-scheduled')).totalDocs).toBe(1)
      const runs = await ctx.payload.find({ collection: 'scheduler-runs', where: { task: { equals: 'publish-scheduled' } }, limit: 0, pagination: false, depth: 0 })
      const keys = runs.docs.map((r) => r.key)
      expect(new Set(keys).size).toBe(keys.length)
      expect(keys.length).toBeGreaterThanOrEqual(slots.length)
    } finally {
      releaseClock()
    }
  }, 60_000)
})
