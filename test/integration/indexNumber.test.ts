/** 索引号: assigned once on create, unique and gap-free per department and year, even under concurrency. */
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { makeColumn, makeDepartment, makeDocument, validationMessages } from '../helpers/fixtures'
import { beijing, fixClock } from '../helpers/clock'

// The year of an index number is the year in Beijing when it is assigned: fixed here, so that no run straddles
// a new year (or starts in one the test did not expect).
fixClock(beijing('2026-09-07', '10:00'))
const year = 2026

let ctx: TestContext
let column: { id: number | string }

beforeAll(async () => {
  ctx = await bootPayload()
  column = await makeColumn(ctx.payload)
})
afterAll(async () => ctx?.close())

const serialOf = (indexNumber: string) => Number(indexNumber.split('-').pop())

describe('index numbers', () => {
  it('formats {department code}/{year}-{5-digit serial}', async () => {
    const dept = await makeDepartment(ctx.payload, { code: '011217651' })
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    expect(doc.indexNumber).toBe(`011217651/${year}-00001`)
  })

  // Creates of one department take turns on its counter row by design (that is what makes the serials gap-free), and
  // each is ~18 queries, each workflow step ~35: on a loaded two-core machine that is ~2 items a second. Every tenth
  // item is also published through the workflow while the others are created, and the test may take its time.
  it('gives 200 parallel creates 200 distinct, consecutive serials', async () => {
    const dept = await makeDepartment(ctx.payload)
    const docs = await Promise.all(
      Array.from({ length: 200 }, (_, i) => makeDocument(ctx.payload, { column: column.id, department: dept.id, title: `并发${i}` }, { draft: i % 10 !== 0 })),
    )
    const serials = docs.map((d) => serialOf(d.indexNumber as string)).sort((a, b) => a - b)
    expect(new Set(serials).size).toBe(200)
    expect(serials).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
    const stored = await ctx.payload.find({ collection: 'documents', where: { department: { equals: dept.id } }, limit: 0, draft: true })
    expect(stored.totalDocs).toBe(200)
    expect(docs.filter((d) => d._status === 'published')).toHaveLength(20)
  }, 300_000)

  it('counts each department separately', async () => {
    const a = await makeDepartment(ctx.payload)
    const b = await makeDepartment(ctx.payload)
    await makeDocument(ctx.payload, { column: column.id, department: a.id })
    const second = await makeDocument(ctx.payload, { column: column.id, department: a.id })
    const firstOfB = await makeDocument(ctx.payload, { column: column.id, department: b.id })
    expect(serialOf(second.indexNumber as string)).toBe(2)
    expect(serialOf(firstOfB.indexNumber as string)).toBe(1)
  })

  it('restarts the serial in a new year', async () => {
    const dept = await makeDepartment(ctx.payload)
    await ctx.payload.update({ collection: 'departments', id: dept.id, data: {} })
    await ctx.payload.db.updateOne({ collection: 'departments', id: dept.id, data: { indexSerialYear: year - 1, indexSerialValue: 41 } })
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    expect(doc.indexNumber).toMatch(new RegExp(`/${year}-00001$`))
  })

  it('never changes the index number on update, even when asked to', async () => {
    const dept = await makeDepartment(ctx.payload)
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    const updated = await ctx.payload.update({ collection: 'documents', id: doc.id, data: { title: '改了标题', indexNumber: 'HACKED/2026-99999' } })
    expect(updated.indexNumber).toBe(doc.indexNumber)
  })

  it('gives the serial of a failed create back (no gap)', async () => {
    const dept = await makeDepartment(ctx.payload)
    await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    // An imported row already holds the next number, so the next create fails after taking serial 2.
    const squatter = await ctx.payload.db.create({
      collection: 'documents',
      data: { title: '导入的旧数据', column: column.id, department: dept.id, formedAt: '2026-01-01T00:00:00.000Z', disclosure: 'proactive', indexNumber: `${dept.code}/${year}-00002`, _status: 'draft' },
    })
    await expect(makeDocument(ctx.payload, { column: column.id, department: dept.id })).rejects.toThrow()
    await ctx.payload.db.deleteOne({ collection: 'documents', where: { id: { equals: squatter.id } } })
    const next = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    expect(next.indexNumber).toBe(`${dept.code}/${year}-00002`)
  })

  it('follows the format in the settings', async () => {
    await ctx.payload.updateGlobal({ slug: 'settings', data: { indexNumberFormat: '{code}-{year}-{serial:6}' } })
    const dept = await makeDepartment(ctx.payload)
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    expect(doc.indexNumber).toBe(`${dept.code}-${year}-000001`)
    await ctx.payload.updateGlobal({ slug: 'settings', data: { indexNumberFormat: '{code}/{year}-{serial:5}' } })
  })

  it('refuses a format without a serial, in Chinese', async () => {
    const messages = await validationMessages(ctx.payload.updateGlobal({ slug: 'settings', data: { indexNumberFormat: '{code}/{year}' } }))
    expect(messages.indexNumberFormat).toBe('索引号格式缺少{serial}（序号），例如：{code}/{year}-{serial:5}')
  })
})
