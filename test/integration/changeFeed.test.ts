/**
 * The public change feed: replaying it from the start (or incrementally) always ends with exactly the set of
 * currently public items, through publishes, edits, withdrawals, disclosure changes, column and account status
 * changes, scheduled and forced publication, and deletions.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, makeColumn, makeDepartment, makeDocument, makeInterpretation, makeUser, type Crew } from '../helpers/fixtures'
import type { Column, Department, Document, NewMediaAccount, User } from '../../src/payload-types'
import { publishDueItems } from '../../plugins/workflow/actions/publishDueItems'

let ctx: TestContext
let server: TestServer
let department: Department
let crew: Crew
let column: Column
let admin: User

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9 } })
  department = await makeDepartment(ctx.payload)
  crew = await crewFor(ctx.payload, department.id)
  admin = await makeUser(ctx.payload, ['admin'], department.id)
  column = await makeColumn(ctx.payload, { kind: 'policy' })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

type Item = { collection: string; id: number | string; op: 'upsert' | 'delete'; at: string }
const COLLECTIONS = ['columns', 'documents', 'interpretations', 'new-media-accounts']

/** A consumer: applies pages of the feed to its set, from its last cursor. */
const consumer = () => {
  const set = new Set<string>()
  let cursor: string | null = null
  return {
    set,
    sync: async (limit = 7) => {
      for (;;) {
        const res = await api(server.url).get(`/api/public/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        expect(res.status).toBe(200)
        for (const item of res.json.items as Item[]) {
          if (item.op === 'upsert') set.add(`${item.collection}:${item.id}`)
          else set.delete(`${item.collection}:${item.id}`)
        }
        cursor = res.json.nextCursor
        if (!res.json.hasMore) return set
      }
    },
  }
}

/** What anonymous readers can list right now, by the collections' own access rules. */
const publicSet = async (): Promise<Set<string>> => {
  const set = new Set<string>()
  for (const collection of COLLECTIONS) {
    const res = await api(server.url).get(`/api/${collection}?limit=0&depth=0`)
    expect(res.status).toBe(200)
    for (const doc of res.json.docs) set.add(`${collection}:${doc.id}`)
  }
  return set
}

const sorted = (set: Set<string>) => [...set].sort()
const feedOps = async (key: string) => {
  const rows = await ctx.payload.find({ collection: 'public-changes', where: { key: { equals: key } }, overrideAccess: true })
  return rows.docs.map((d) => d.op)
}

describe('change feed › single transitions', () => {
  it('announces a published document and a withdrawal as upsert then delete', async () => {
    const follower = consumer()
    await follower.sync()
    const doc = await makeDocument(ctx.payload, { column: column.id, department: department.id })
    expect((await follower.sync()).has(`documents:${doc.id}`)).toBe(true)
    await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'withdraw', reason: '内容调整' })
    expect((await follower.sync()).has(`documents:${doc.id}`)).toBe(false)
    expect(await feedOps(`documents:${doc.id}`)).toEqual(['delete'])
  })

  it('never mentions an item that was never public', async () => {
    const draft = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: draft.id, action: 'submit' })
    const withheld = await makeDocument(ctx.payload, {
      column: column.id, department: department.id, disclosure: 'withheld', nonDisclosureBasis: 'art16-internal-affairs', nonDisclosureReason: '内部事务',
    })
    const res = await api(server.url).get('/api/public/changes?limit=500')
    const keys = (res.json.items as Item[]).map((i) => `${i.collection}:${i.id}`)
    expect(keys).not.toContain(`documents:${draft.id}`)
    expect(keys).not.toContain(`documents:${withheld.id}`)
  })

  it('withdrawing a policy takes its interpretations out of the feed too', async () => {
    const policy = await makeDocument(ctx.payload, { column: column.id, department: department.id, kind: 'policy' })
    const interpretation = await makeInterpretation(ctx.payload, { policy: policy.id, department: department.id })
    expect(await feedOps(`interpretations:${interpretation.id}`)).toEqual(['upsert'])
    await act(ctx.payload, crew.approver, { collection: 'documents', id: policy.id, action: 'withdraw', reason: '政策废止' })
    expect(await feedOps(`interpretations:${interpretation.id}`)).toEqual(['delete'])
  })

  it('a scheduled publication and a forced publication land in the feed', async () => {
    const scheduled = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: scheduled.id, action: 'submit' })
    await act(ctx.payload, crew.reviewer, { collection: 'documents', id: scheduled.id, action: 'approve' })
    await act(ctx.payload, crew.secrecy, { collection: 'documents', id: scheduled.id, action: 'approve' })
    const publishAt = new Date(Date.now() + 3_600_000).toISOString()
    await act(ctx.payload, crew.approver, { collection: 'documents', id: scheduled.id, action: 'approve', publishAt })
    expect(await feedOps(`documents:${scheduled.id}`)).toEqual([])
    await publishDueItems(ctx.payload, new Date(Date.now() + 2 * 3_600_000))
    expect(await feedOps(`documents:${scheduled.id}`)).toEqual(['upsert'])

    const forced = await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })
    await act(ctx.payload, admin, { collection: 'documents', id: forced.id, action: 'force-publish', reason: '紧急发布' })
    expect(await feedOps(`documents:${forced.id}`)).toEqual(['upsert'])
  })

  it('a rolled-back change leaves no entry', async () => {
    const other = await makeColumn(ctx.payload, { kind: 'news' })
    const before = await api(server.url).get('/api/public/changes?limit=500')
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({ collection: 'columns', id: other.id, data: { status: 'closed' }, req })
    await killTransaction(req)
    expect(await feedOps(`columns:${other.id}`)).toEqual(['upsert'])
    const after = await api(server.url).get('/api/public/changes?limit=500')
    expect(after.json.items).toEqual(before.json.items)
  })
})

describe('change feed › parameters', () => {
  it.each([
    ['limit=0', '参数 limit 必须是 1 到 500 之间的整数'],
    ['limit=501', '参数 limit 必须是 1 到 500 之间的整数'],
    ['limit=abc', '参数 limit 必须是 1 到 500 之间的整数'],
    ['since=yesterday', '参数 since 必须是 ISO 8601 格式的时间，例如 2026-01-01T00:00:00Z'],
    ['cursor=%%%', '参数 cursor 无效，请使用上一页返回的 nextCursor'],
    ['cursor=eyJzIjotMX0', '参数 cursor 无效，请使用上一页返回的 nextCursor'],
  ])('refuses %s', async (query, message) => {
    const res = await api(server.url).get(`/api/public/changes?${query}`)
    expect(res.status).toBe(400)
    expect(res.json).toEqual({ errors: [{ message }] })
  })

  it('filters by time with since', async () => {
    const all = (await api(server.url).get('/api/public/changes?limit=500')).json.items as Item[]
    const cut = all[Math.floor(all.length / 2)].at
    const later = (await api(server.url).get(`/api/public/changes?limit=500&since=${encodeURIComponent(cut)}`)).json.items as Item[]
    expect(later.length).toBeGreaterThan(0)
    expect(later.every((i) => i.at >= cut)).toBe(true)
  })

  it('keeps the change log away from anonymous readers', async () => {
    expect((await api(server.url).get('/api/public-changes')).status).toBe(403)
    const gql = await api(server.url).graphql('{ PublicChanges { docs { key } } }')
    expect(JSON.stringify(gql.json)).toMatch(/Cannot query field/)
  })
})

describe('change feed › replay property', () => {
  it('a replay (from the start and incremental) ends with exactly the public items after a random history', async () => {
    let seed = 20261122
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const pick = <T,>(list: T[]): T => list[Math.floor(random() * list.length)]
    const incremental = consumer()
    const docs: Document[] = []
    const columns: Column[] = [column]
    const accounts: NewMediaAccount[] = []
    const platforms = ['wechat', 'weibo', 'douyin', 'toutiao', 'kuaishou', 'bilibili', 'app', 'mini-program'] as const
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['publish', async () => docs.push(await makeDocument(ctx.payload, { column: pick(columns).id, department: department.id, kind: 'policy' }))],
      ['publish partial', async () => docs.push(await makeDocument(ctx.payload, { column: pick(columns).id, department: department.id, disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '隐私', publicBody: body('公开文本') }))],
      ['draft edit', async () => docs.length && ctx.payload.update({ collection: 'documents', id: pick(docs).id, draft: true, data: { title: `修改${random()}` } })],
      ['withdraw', async () => {
        const doc = pick(docs)
        if (doc) await act(ctx.payload, crew.approver, { collection: 'documents', id: doc.id, action: 'withdraw', reason: '撤回' }).catch(() => undefined)
      }],
      ['withhold', async () => {
        const doc = pick(docs)
        if (!doc) return
        await ctx.payload.update({ collection: 'documents', id: doc.id, draft: true, data: { disclosure: 'withheld', nonDisclosureBasis: 'art16-process-information', nonDisclosureReason: '过程性信息' } })
        for (const [user, action] of [[crew.editor, 'submit'], [crew.reviewer, 'approve'], [crew.secrecy, 'approve'], [crew.approver, 'approve']] as const) {
          await act(ctx.payload, user, { collection: 'documents', id: doc.id, action }).catch(() => undefined)
        }
      }],
      ['interpret', async () => {
        const doc = pick(docs)
        if (doc) await makeInterpretation(ctx.payload, { policy: doc.id, department: department.id }).catch(() => undefined)
      }],
      ['delete', async () => {
        const doc = docs.length > 3 ? docs.splice(Math.floor(random() * docs.length), 1)[0] : null
        if (doc) await ctx.payload.delete({ collection: 'documents', id: doc.id })
      }],
      ['new column', async () => columns.push(await makeColumn(ctx.payload, { kind: 'news' }))],
      ['column status', async () => {
        const c = pick(columns)
        const current = await ctx.payload.findByID({ collection: 'columns', id: c.id })
        await ctx.payload.update({ collection: 'columns', id: c.id, data: { status: current.status === 'open' ? 'closed' : 'open' } })
      }],
      ['account', async () => {
        const platform = platforms[accounts.length % platforms.length]
        if (accounts.length < platforms.length) accounts.push(await ctx.payload.create({ collection: 'new-media-accounts', data: { name: `账号${accounts.length}`, platform, department: department.id, status: 'active', contactPhone: '13800000000' } }))
      }],
      ['account status', async () => {
        const a = pick(accounts)
        if (!a) return
        const current = await ctx.payload.findByID({ collection: 'new-media-accounts', id: a.id })
        await ctx.payload.update({ collection: 'new-media-accounts', id: a.id, data: { status: current.status === 'active' ? 'suspended' : 'active' } }).catch(() => undefined)
      }],
    ]
    for (let i = 0; i < 40; i++) {
      const [name, step] = i < 4 ? steps[0] : pick(steps)
      await step()
      if (process.env.DEBUG_FEED) console.log(i, name, sorted(await consumer().sync(50)).join(' '), '|', sorted(await publicSet()).join(' '))
      if (i % 5 === 4) expect(sorted(await incremental.sync(3))).toEqual(sorted(await publicSet()))
    }
    const fresh = consumer()
    const expected = sorted(await publicSet())
    expect(expected.length).toBeGreaterThan(5)
    expect(sorted(await fresh.sync(11))).toEqual(expected)
    expect(sorted(await incremental.sync(3))).toEqual(expected)
  })
})
