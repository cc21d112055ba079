/** No route around the reviews: direct publishing and state changes are refused for every role; the register is append-only. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, daysAgo, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { DIRECT_PUBLISH_REFUSED, DIRECT_STATE_REFUSED, RESTORE_REFUSED } from '../../plugins/workflow/hooks/refuseDirectPublishing'
import { REGISTER_IMMUTABLE } from '../../plugins/workflow/collections/ApprovalRecords'
import type { Finding } from '../../domain/precheck/types'

let ctx: TestContext
let server: TestServer
let dept: { id: number | string }
let column: { id: number | string }
const as: Record<string, ReturnType<typeof api>> = {}
const ROLES = ['admin', 'editor', 'reviewer', 'secrecy', 'approver'] as const

beforeAll(async () => {
  ctx = await bootPayload()
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload)
  server = await startServer(ctx)
  for (const role of ROLES) {
    const user = await makeUser(ctx.payload, [role], dept.id)
    as[role] = api(server.url, await login(server.url, user.email))
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const newDraft = () => makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '待审稿件' }, { draft: true })
const isPublic = async (id: number | string) => (await api(server.url).get(`/api/documents/${id}`)).status === 200
const create = (extra: Record<string, unknown>) => ({ title: '直接发布', column: column.id, department: dept.id, formedAt: daysAgo(1), disclosure: 'proactive', ...extra })

describe('REST', () => {
  it.each(ROLES)('refuses %s creating an item as published', async (role) => {
    const res = await as[role].post('/api/documents', create({ _status: 'published' }))
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(DIRECT_PUBLISH_REFUSED)
  })

  it.each(ROLES)('refuses %s publishing a draft with _status', async (role) => {
    const doc = await newDraft()
    const res = await as[role].patch(`/api/documents/${doc.id}`, { _status: 'published' })
    expect([403, 404]).toContain(res.status)
    expect(await isPublic(doc.id)).toBe(false)
  })

  it.each(ROLES)('refuses %s setting reviewState', async (role) => {
    const doc = await newDraft()
    const res = await as[role].patch(`/api/documents/${doc.id}?draft=true`, { reviewState: 'secrecy-reviewed' })
    expect([403, 404]).toContain(res.status)
    if (res.status === 403) expect(res.json.errors[0].message).toBe(DIRECT_STATE_REFUSED)
    expect((await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })).reviewState).toBe('draft')
  })

  it('refuses creating an item in a review state', async () => {
    const res = await as.admin.post('/api/documents?draft=true', create({ reviewState: 'published' }))
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(DIRECT_STATE_REFUSED)
  })

  it('saves an edit of a published item as a draft, leaving the public version as reviewed', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '审定的标题' })
    const res = await as.admin.patch(`/api/documents/${doc.id}`, { title: '未经审核的标题' })
    expect(res.status).toBe(200)
    expect((await api(server.url).get(`/api/documents/${doc.id}`)).json.title).toBe('审定的标题')
  })

  it('refuses restoring an old version as published', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    const { docs } = await ctx.payload.findVersions({ collection: 'documents', where: { parent: { equals: doc.id } }, sort: 'createdAt' })
    const res = await as.admin.post(`/api/documents/versions/${docs[0].id}`)
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(RESTORE_REFUSED)
  })

  it('refuses duplicating a published item into another published one', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    const res = await as.admin.post(`/api/documents/${doc.id}/duplicate`)
    if (res.status < 300) expect(res.json.doc._status).toBe('draft')
    else expect(res.json.errors[0].message).toBe(DIRECT_PUBLISH_REFUSED)
    expect((await api(server.url).get('/api/documents?limit=100')).json.docs.filter((d: { id: unknown }) => d.id !== doc.id && d.id === res.json?.doc?.id)).toEqual([])
  })

  it('refuses publishing many at once through a bulk update', async () => {
    const doc = await newDraft()
    const res = await as.admin.patch(`/api/documents?where[id][equals]=${doc.id}`, { _status: 'published' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await isPublic(doc.id)).toBe(false)
  })
})

describe('GraphQL', () => {
  it.each(ROLES)('refuses %s publishing through updateDocument', async (role) => {
    const doc = await newDraft()
    const res = await as[role].graphql(`mutation { updateDocument(id: ${JSON.stringify(doc.id)}, data: { _status: published }) { id _status } }`)
    expect(res.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(await isPublic(doc.id)).toBe(false)
  })

  it('refuses creating a published item', async () => {
    const res = await as.admin.graphql(
      `mutation { createDocument(data: { title: "GQL", column: ${JSON.stringify(column.id)}, department: ${JSON.stringify(dept.id)}, formedAt: "${daysAgo(1)}", disclosure: proactive, _status: published }) { id } }`,
    )
    expect(res.json.errors[0].message).toBe(DIRECT_PUBLISH_REFUSED)
  })
})

describe('Local API without the workflow', () => {
  it('refuses publishing even with overrideAccess', async () => {
    const doc = await newDraft()
    await expect(ctx.payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' }, overrideAccess: true })).rejects.toThrow(DIRECT_PUBLISH_REFUSED)
    await expect(ctx.payload.update({ collection: 'documents', id: doc.id, data: { reviewState: 'published' } })).rejects.toThrow(DIRECT_STATE_REFUSED)
    expect(await isPublic(doc.id)).toBe(false)
  })
})

describe('the approval register', () => {
  let recordId: number | string
  beforeAll(async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '登记台账样例' })
    const { docs } = await ctx.payload.find({ collection: 'approval-records', where: { 'subject.value': { equals: doc.id } }, sort: 'at', depth: 0 })
    recordId = docs[0].id
  })

  it('holds one entry per transition with states, actor and opinion', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    const { docs } = await ctx.payload.find({ collection: 'approval-records', where: { 'subject.value': { equals: doc.id } }, sort: 'at', depth: 0 })
    expect(docs.map((r) => [r.action, r.fromState, r.toState])).toEqual([
      ['submit', 'draft', 'submitted'],
      ['approve', 'submitted', 'first-reviewed'],
      ['approve', 'first-reviewed', 'secrecy-reviewed'],
      ['approve', 'secrecy-reviewed', 'published'],
    ])
    expect(docs.every((r) => r.actorName && r.contentHash && r.at && r.subjectTitle)).toBe(true)
  })

  it.each(ROLES)('refuses %s creating, changing or deleting entries over REST', async (role) => {
    const created = await as[role].post('/api/approval-records', { subject: { relationTo: 'documents', value: 1 }, subjectTitle: 'x', action: 'approve', at: new Date().toISOString() })
    expect(created.status).toBe(403)
    expect((await as[role].patch(`/api/approval-records/${recordId}`, { opinion: '篡改' })).status).toBe(403)
    expect((await as[role].del(`/api/approval-records/${recordId}`)).status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'approval-records', id: recordId })
    expect(stored.opinion).not.toBe('篡改')
  })

  it('refuses changes even through the Local API with overrideAccess', async () => {
    await expect(ctx.payload.update({ collection: 'approval-records', id: recordId, data: { opinion: '篡改' }, overrideAccess: true })).rejects.toThrow(REGISTER_IMMUTABLE)
    await expect(ctx.payload.delete({ collection: 'approval-records', id: recordId, overrideAccess: true })).rejects.toThrow(REGISTER_IMMUTABLE)
    await expect(
      ctx.payload.create({ collection: 'approval-records', data: { subject: { relationTo: 'documents', value: 1 }, subjectTitle: 'x', action: 'approve', at: new Date().toISOString() } }),
    ).rejects.toThrow(REGISTER_IMMUTABLE)
  })

  it('is never visible to anonymous readers', async () => {
    expect((await api(server.url).get('/api/approval-records')).status).toBe(403)
  })

  it('renders the 政府网站信息发布审批表 with every signature', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, title: '审批表<script>样例' })
    const html = await as.admin.get(`/api/documents/${doc.id}/approval-form`)
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(html.text).toContain('政府网站信息发布审批表')
    expect(html.text).toContain('审批表&lt;script&gt;样例')
    expect(html.text).not.toContain('<script>')
    for (const stage of ['初审', '保密审查', '终审']) expect(html.text).toContain(stage)
    const json = await as.admin.get(`/api/documents/${doc.id}/approval-form?format=json`)
    expect(json.json.signatures.map((s: { stage: string }) => s.stage)).toEqual(['first', 'secrecy', 'final'])
    expect(json.json.records).toHaveLength(4)
  })

  it('refuses the approval form to anonymous readers', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    expect((await api(server.url).get(`/api/documents/${doc.id}/approval-form`)).status).toBe(401)
  })
})

describe('pre-check in the workflow', () => {
  const ID = '11010519491231002X'

  it('refuses to submit an item with a resident ID number in its body', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, body: body(`联系人身份证号 ${ID}`) }, { draft: true })
    const res = await as.editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe('预审发现1处禁止发布的内容，请修改后再提交')
  })

  it('needs the secrecy officer to acknowledge a mobile number, then records the note', async () => {
    const crew = await crewFor(ctx.payload, dept.id)
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, body: body('咨询电话：13800138000') }, { draft: true })
    await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })
    await act(ctx.payload, crew.reviewer, { collection: 'documents', id: doc.id, action: 'approve' })
    const refused = act(ctx.payload, crew.secrecy, { collection: 'documents', id: doc.id, action: 'approve' })
    await expect(refused).rejects.toThrow('尚有1处需人工审查的预审结果未确认，请逐条填写确认意见')
    const stored = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    const finding = (stored.precheckFindings as Finding[]).find((f) => f.level === 'review')!
    expect(finding.kind).toBe('mobile-number')
    const { findingKey } = await import('../../domain/precheck')
    await act(ctx.payload, crew.secrecy, { collection: 'documents', id: doc.id, action: 'approve', acknowledgements: [{ key: findingKey(finding), note: '为单位公开咨询电话' }] })
    const after = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    expect(after.reviewState).toBe('secrecy-reviewed')
    expect((after.precheckAcknowledgements as Array<{ note: string }>)[0].note).toBe('为单位公开咨询电话')
  })

  it('reads attachments: a .txt file with a resident ID blocks submission', async () => {
    const media = await ctx.payload.create({
      collection: 'media',
      data: { title: '附件' },
      file: { data: Buffer.from(`申请人身份证号：${ID}`), mimetype: 'text/plain', name: 'applicants.txt', size: 40 },
    })
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, attachments: [media.id] }, { draft: true })
    const res = await as.editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe('预审发现1处禁止发布的内容，请修改后再提交')
  })

  it('does not scan the withheld full text of a partial item, only its public text', async () => {
    const doc = await makeDocument(
      ctx.payload,
      { column: column.id, department: dept.id, disclosure: 'partial', nonDisclosureBasis: 'art15-personal-privacy', nonDisclosureReason: '个人隐私', body: body(`身份证号 ${ID}`), publicBody: body('身份证号已删除') },
      { draft: true },
    )
    expect((await as.editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })).status).toBe(200)
  })

  it('never flags a unified social credit code', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, body: body('统一社会信用代码：91350100M000100Y43') }, { draft: true })
    const res = await as.editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(res.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    expect(stored.precheckFindings).toEqual([])
  })

  it('uses sensitive terms as soon as they are added', async () => {
    await ctx.payload.create({ collection: 'sensitive-terms', data: { term: '绝对机密项目', level: 'block', category: 'classified' } })
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id, body: body('关于绝对机密项目的说明') }, { draft: true })
    const res = await as.editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(res.status).toBe(400)
  })

  it('hides the workflow fields from anonymous readers', async () => {
    const doc = await makeDocument(ctx.payload, { column: column.id, department: dept.id })
    const res = await api(server.url).get(`/api/documents/${doc.id}`)
    for (const field of ['reviewState', 'signatures', 'precheckFindings', 'submittedBy', 'contentHash']) expect(res.json[field]).toBeUndefined()
    const filtered = await api(server.url).get('/api/documents?where[reviewState][equals]=published')
    expect(filtered.status).toBe(400)
  })
})
