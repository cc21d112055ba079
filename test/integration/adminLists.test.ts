/** The system logs as the admin lists them: collections by their Chinese names, no bookkeeping rows (issue 13 §9). */
import type { Where } from 'payload'
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { makeColumn, makeDepartment, makeDocument } from '../helpers/fixtures'
import { SEQUENCE_KEY } from '../../plugins/contentApi/collections/PublicChanges'

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})
afterAll(async () => {
  await ctx?.close()
})

describe('Webhook 投递记录', () => {
  it('names the item’s collection as the admin does (政府信息), keeping the slug for the receivers', async () => {
    const row = await ctx.payload.create({
      collection: 'webhook-deliveries',
      data: { event: 'publish', subjectCollection: 'documents', itemId: '1', url: 'https://build.example.gov.cn/hook', body: '{}', status: 'delivered' },
    })
    const read = (await ctx.payload.findByID({ collection: 'webhook-deliveries', id: row.id })) as unknown as Record<string, unknown>
    expect(read.subjectLabel).toBe('政府信息')
    expect(read.subjectCollection).toBe('documents')
    expect(ctx.payload.collections['webhook-deliveries'].config.admin.defaultColumns).toContain('subjectLabel')
  })
})

describe('公开内容变更记录', () => {
  it('lists no 序号计数器 row, while the change log itself keeps it', async () => {
    const department = await makeDepartment(ctx.payload)
    await makeDocument(ctx.payload, { column: (await makeColumn(ctx.payload, { kind: 'notice' })).id, department: department.id })
    const all = await ctx.payload.find({ collection: 'public-changes', depth: 0, limit: 0 })
    expect(all.docs.map((d) => d.key)).toContain(SEQUENCE_KEY)
    const { baseFilter } = ctx.payload.collections['public-changes'].config.admin
    const where = (await baseFilter!({ limit: 10, page: 1, sort: '-seq', req: {} as never })) as Where
    const listed = await ctx.payload.find({ collection: 'public-changes', depth: 0, limit: 0, where })
    expect(listed.docs.map((d) => d.key)).not.toContain(SEQUENCE_KEY)
    expect(listed.totalDocs).toBe(all.totalDocs - 1)
  })
})
