/**
 * Anonymous lists and by-id reads from renditions (src/server/publicRenditions.ts, issue 17): the same bytes as
 * Payload's own answer, nothing that stopped being public, and an item read once for many query strings.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, makeColumn, makeDepartment, makeDocument, makeInterpretation, type Crew } from '../helpers/fixtures'
import { advanceClock } from '../helpers/clock'
import { publicSelect } from '../../hooks/publicQuery/publicSelect'
import { createLocalReq } from 'payload'

let ctx: TestContext
/** Without the response cache, so every request takes the read path under test. */
let renditions: TestServer
/** Payload alone: the reference. */
let payloadOnly: TestServer
let crew: Crew
const ids: Record<string, number> = {}
let columnId = 0

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  const department = await makeDepartment(payload)
  const column = await makeColumn(payload, { kind: 'policy', slug: 'zcwj' })
  columnId = column.id
  crew = await crewFor(payload, department.id)
  const base = { column: column.id, department: department.id, kind: 'policy' as const }
  ids.proactive = (await makeDocument(payload, { ...base, title: '公开的政策', body: body('公开正文') })).id
  ids.partial = (
    await makeDocument(payload, {
      ...base, title: '部分公开的决定', disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '隐私',
      body: body('全文 SECRETBODY'), publicBody: body('删减后的公开文本'),
    })
  ).id
  ids.withheld = (await makeDocument(payload, { ...base, title: 'WITHHELDTITLE', disclosure: 'withheld', nonDisclosureBasis: 'art14-state-secret', nonDisclosureReason: '涉密', body: body('SECRETBODY') })).id
  ids.draftOnly = (await makeDocument(payload, { ...base, title: 'DRAFTONLYTITLE' }, { draft: true })).id
  ids.withDraft = (await makeDocument(payload, { ...base, title: '已发布版本' })).id
  await payload.update({ collection: 'documents', id: ids.withDraft, draft: true, data: { title: 'NEWDRAFTTITLE' } })
  for (let i = 0; i < 3; i++) ids[`news${i}`] = (await makeDocument(payload, { ...base, kind: 'news', title: `动态${i}` })).id
  ids.interpretation = (await makeInterpretation(payload, { title: '公开的解读', policy: ids.proactive, department: department.id })).id
  renditions = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9 }, cache: { enabled: false, versionCheckMs: 200 } })
  payloadOnly = await startServer(ctx, { limits: { publicReadsPerMinute: 1e9 }, cache: { enabled: false }, renditions: { enabled: false } })
})
afterAll(async () => {
  await renditions?.close()
  await payloadOnly?.close()
  await ctx?.close()
})

const PATHS = [
  '/api/documents',
  '/api/documents?depth=1&sort=-publishedAt&limit=20',
  '/api/documents?depth=0&sort=-publishedAt&limit=2&page=2',
  '/api/documents?depth=2&limit=3&utm_source=x',
  '/api/documents?where[column][equals]={column}&depth=1',
  '/api/documents?where[title][like]=动态&sort=title',
  '/api/documents?where[kind][equals]=policy&limit=0',
  '/api/documents?sort=-publishedAt&limit=2&page=99',
  '/api/documents?where[reviewState][equals]=published',
  '/api/documents?limit=abc',
  '/api/documents?select[title]=true&depth=1',
  '/api/documents/{proactive}?depth=1',
  '/api/documents/{partial}?depth=2',
  '/api/documents/{partial}?depth=1&random={random}',
  '/api/documents/{withheld}',
  '/api/documents/{draftOnly}?depth=1',
  '/api/documents/{withDraft}',
  '/api/documents/999999',
  '/api/interpretations?depth=1',
  '/api/interpretations/{interpretation}?depth=1',
]

describe('renditions', () => {
  it.each(PATHS)('answers %s with the bytes Payload gives, first and second time', async (template) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'column' ? String(columnId) : name === 'random' ? String(Math.random()) : String(ids[name])))
    for (let round = 0; round < 2; round++) {
      const [ours, reference] = await Promise.all([api(renditions.url).get(path), api(payloadOnly.url).get(path)])
      expect(ours.status).toBe(reference.status)
      expect(ours.text).toBe(reference.text)
      expect(ours.headers.get('content-type')).toBe(reference.headers.get('content-type'))
    }
  })

  it('never hands out the full text of a 部分公开 item or a non-public one', async () => {
    const list = await api(renditions.url).get('/api/documents?depth=1&limit=50')
    expect(list.text).not.toContain('SECRETBODY')
    expect(list.text).not.toContain('WITHHELDTITLE')
    expect(list.text).not.toContain('DRAFTONLYTITLE')
    expect(list.text).not.toContain('NEWDRAFTTITLE')
    const partial = await api(renditions.url).get(`/api/documents/${ids.partial}?depth=1`)
    expect(partial.json).not.toHaveProperty('body')
    expect(partial.json).not.toHaveProperty('nonDisclosureReason')
    expect(JSON.stringify(partial.json.publicBody)).toContain('删减后的公开文本')
  })

  it('reads only the fields anonymous readers may see (the body stays: it is public for 主动公开 items)', async () => {
    const req = await createLocalReq({}, ctx.payload)
    const select = await publicSelect(ctx.payload.collections.documents.config, req)
    expect(select).toMatchObject({ title: true, body: true, publicBody: true, bodyHtml: true, interpretations: true, _status: true })
    for (const hidden of ['nonDisclosureBasis', 'onRequestReason', 'nonDisclosureReason', 'reviewState', 'submittedBy', 'precheckFindings']) expect(select).not.toHaveProperty(hidden)
  })

  it('reuses an item read for another query string while the content version stands, and reads it again when it moves', async () => {
    const path = `/api/documents/${ids.news0}?depth=0`
    expect((await api(renditions.url).get(path)).json.title).toBe('动态0')
    // Another instance renames it: straight into the database, no hook of this process runs, the change log not yet moved.
    await ctx.payload.db.updateOne({ collection: 'documents', id: ids.news0, data: { title: '动态0（改）' } })
    expect((await api(renditions.url).get(`${path}&nonce=1`)).json.title).toBe('动态0')
    expect((await api(payloadOnly.url).get(`${path}&nonce=1`)).json.title).toBe('动态0（改）')
    const row = await ctx.payload.db.findOne<{ id: number }>({ collection: 'public-changes', where: { key: { equals: '__sequence__' } } })
    await ctx.payload.db.updateOne({ collection: 'public-changes', id: row!.id, data: { seq: { $inc: 1 } } })
    advanceClock(250)
    expect((await api(renditions.url).get(`${path}&nonce=2`)).json.title).toBe('动态0（改）')
  })

  it('drops a withdrawn item from lists and by-id reads at once', async () => {
    const listPath = '/api/documents?where[kind][equals]=news&depth=1&sort=-publishedAt'
    const byId = `/api/documents/${ids.news1}?depth=1`
    expect((await api(renditions.url).get(listPath)).json.docs.map((d: { id: number }) => d.id)).toContain(ids.news1)
    expect((await api(renditions.url).get(byId)).status).toBe(200)
    await act(ctx.payload, crew.approver, { collection: 'documents', id: ids.news1, action: 'withdraw', reason: '撤回' })
    const after = await api(renditions.url).get(`${listPath}&again=1`)
    expect(after.json.docs.map((d: { id: number }) => d.id)).not.toContain(ids.news1)
    expect(after.json.totalDocs).toBe((await api(payloadOnly.url).get(listPath)).json.totalDocs)
    expect((await api(renditions.url).get(byId)).status).toBe(404)
  })
})
