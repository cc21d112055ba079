/**
 * Fault: the COMMIT of a write fails. Payload's drizzle transactions caught the COMMIT's error and reported success,
 * so a write the database rolled back was acknowledged (seen on SQLite under concurrent webhook deliveries: "SQLITE_BUSY:
 * cannot commit transaction - SQL statements in progress", and on PostgreSQL when a restart ends the session). Here the
 * COMMIT is made to fail on purpose, by a deferred foreign key the transaction violates, on SQLite and PostgreSQL.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { bootPayload, testDialect, type TestContext } from '../../helpers/testPayload'
import { makeUscc } from '../../helpers/fixtures'
import { createDoc } from '../../helpers/localApi'

type Sessions = Record<string, { db: unknown }>
type Execute = (args: { db: unknown; raw: string }) => Promise<unknown>

const sql = testDialect() !== 'mongodb'
if (!sql) console.log('commitFailure.test.ts skipped: it makes a SQL COMMIT fail (TEST_DB is mongodb)')
const suite = sql ? describe : describe.skip

let ctx: TestContext
beforeAll(async () => {
  ctx = await bootPayload()
})
afterAll(async () => ctx?.close())

suite('a failed COMMIT', () => {
  it('fails the write instead of acknowledging it, and keeps nothing of it', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await createDoc(ctx.payload, 'departments', { name: '提交失败的部门', code: makeUscc(), kind: 'department' }, { req })
    const db = ctx.payload.db as unknown as { sessions: Sessions; execute: Execute }
    const tx = db.sessions[String(await req.transactionID)].db
    // Checked only at COMMIT: a row pointing at nothing.
    await db.execute({ db: tx, raw: 'create table fault_parent (id integer primary key)' })
    await db.execute({ db: tx, raw: 'create table fault_child (parent integer references fault_parent (id) deferrable initially deferred)' })
    await db.execute({ db: tx, raw: 'insert into fault_child (parent) values (42)' })
    if (ctx.dialect === 'sqlite') await db.execute({ db: tx, raw: 'PRAGMA defer_foreign_keys = ON' })

    await expect(commitTransaction(req)).rejects.toThrow()
    await killTransaction(req)
    expect((await ctx.payload.count({ collection: 'departments', where: { name: { equals: '提交失败的部门' } } })).totalDocs).toBe(0)
  })
})
