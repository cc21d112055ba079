/**
 * The access-leak suite: an anonymous HTTP client tries every route to what is not public — withheld and
 * on-request items, drafts, the full text of a 部分公开 item, review fields — and must find nothing.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeInterpretation, makeUser } from '../helpers/fixtures'

/** Text that exists only in non-public places: none of it may ever reach an anonymous client. */
const SECRETS = ['SECRETBODY', 'ONREQTITLE', 'WITHHELDTITLE', 'DRAFTONLYTITLE', 'NEWDRAFTTITLE', 'DRAFTBODY', 'REASONTEXT', 'HIDDENINTERP', '13912345678', 'notice-secret@', 'private-contact@']

let ctx: TestContext
let server: TestServer
let anon: ReturnType<typeof api>
let admin: ReturnType<typeof api>
const ids: Record<string, number | string> = {}
let hiddenFile = ''
let publicFile = ''

const expectNoSecrets = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret)
}

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  const dept = await makeDepartment(payload, { noticeEmails: [{ email: 'notice-secret@test.gov.cn' }] })
  const column = await makeColumn(payload, { kind: 'policy' })
  const closedColumn = await makeColumn(payload, { status: 'closed', title: 'CLOSEDCOLUMN' })
  ids.closedColumn = closedColumn.id
  const hiddenMedia = await payload.create({ collection: 'media', data: { title: 'hidden' }, file: { data: Buffer.from('WITHHELD attachment'), mimetype: 'text/plain', name: 'withheld-attachment.txt', size: 19 } })
  const publicMedia = await payload.create({ collection: 'media', data: { title: 'public' }, file: { data: Buffer.from('public attachment'), mimetype: 'text/plain', name: 'public-attachment.txt', size: 17 } })
  hiddenFile = hiddenMedia.filename as string
  publicFile = publicMedia.filename as string
  ids.hiddenMedia = hiddenMedia.id
  ids.publicMedia = publicMedia.id
  const base = { column: column.id, department: dept.id, kind: 'policy' as const }
  ids.proactive = (await makeDocument(payload, { ...base, title: '公开的政策', body: body('公开正文'), attachments: [publicMedia.id] })).id
  ids.partial = (
    await makeDocument(payload, {
      ...base,
      title: '部分公开的决定',
      disclosure: 'partial',
      nonDisclosureBasis: 'art15-personal-privacy',
      nonDisclosureReason: 'REASONTEXT 涉及个人隐私',
      body: body('全文 SECRETBODY 联系电话 13912345678'),
      publicBody: body('删减后的公开文本'),
    })
  ).id
  ids.onRequest = (await makeDocument(payload, { ...base, title: 'ONREQTITLE', disclosure: 'on-request', onRequestReason: 'outside-proactive-scope', nonDisclosureReason: 'REASONTEXT', body: body('SECRETBODY') })).id
  ids.withheld = (
    await makeDocument(payload, {
      ...base,
      title: 'WITHHELDTITLE',
      disclosure: 'withheld',
      nonDisclosureBasis: 'art14-state-secret',
      nonDisclosureReason: 'REASONTEXT',
      body: body('SECRETBODY'),
      attachments: [hiddenMedia.id],
    })
  ).id
  ids.draftOnly = (await makeDocument(payload, { ...base, title: 'DRAFTONLYTITLE', body: body('DRAFTBODY') }, { draft: true })).id
  const republished = await makeDocument(payload, { ...base, title: '已发布版本' })
  ids.withDraft = republished.id
  await payload.update({ collection: 'documents', id: republished.id, draft: true, data: { title: 'NEWDRAFTTITLE', body: body('DRAFTBODY') } })
  ids.interpretation = (await makeInterpretation(payload, { title: '公开的解读', policy: ids.proactive, department: dept.id })).id
  // An interpretation published with its policy, whose policy was then withdrawn: it must leave with it.
  const withdrawnPolicy = await makeDocument(payload, { ...base, title: 'WITHDRAWNPOLICY 已撤回的政策' })
  ids.hiddenInterpretation = (await makeInterpretation(payload, { title: 'HIDDENINTERP 已撤回政策的解读', policy: withdrawnPolicy.id, department: dept.id })).id
  await act(payload, (await crewFor(payload, dept.id)).approver, { collection: 'documents', id: withdrawnPolicy.id, action: 'withdraw', reason: '政策废止' })
  ids.draftInterpretation = (await makeInterpretation(payload, { title: 'HIDDENINTERP 草稿解读', policy: ids.proactive, department: dept.id }, { draft: true })).id
  await payload.create({ collection: 'new-media-accounts', data: { name: '临江发布', platform: 'wechat', department: dept.id, status: 'active', contactPhone: '13912345678', contactEmail: 'private-contact@test.gov.cn' } })
  await payload.create({ collection: 'new-media-accounts', data: { name: 'HIDDENINTERP 已注销账号', platform: 'weibo', department: dept.id, status: 'closed', closedAt: '2026-01-01T00:00:00.000Z' } })
  await payload.create({ collection: 'sensitive-terms', data: { term: 'SECRETBODY', level: 'block', category: 'custom' } })
  // Staff-only records with a marker the anonymous reader must never see.
  await payload.create({ collection: 'calendar-days', data: { date: '2027-01-01', kind: 'holiday', note: 'AUDITSUBJECT 元旦' } })
  await payload.create({
    collection: 'audit-notices',
    data: {
      rule: 'column-stale', severity: 'red', subjectType: 'columns', subjectId: '1', subjectTitle: 'AUDITSUBJECT 栏目', department: dept.id,
      message: 'AUDITSUBJECT 未更新', detectedAt: new Date().toISOString(), lastSeenAt: new Date().toISOString(), status: 'open',
    },
  })
  server = await startServer(ctx)
  anon = api(server.url)
  const adminUser = await makeUser(payload, ['admin'], dept.id)
  admin = api(server.url, await login(server.url, adminUser.email))
})

afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('anonymous lists and counts', () => {
  it('lists only the proactive and partial published documents', async () => {
    const res = await anon.get('/api/documents?limit=100&depth=2')
    expect(res.status).toBe(200)
    expect(res.json.docs.map((d: { id: unknown }) => d.id).sort()).toEqual([ids.proactive, ids.partial, ids.withDraft].sort())
    expectNoSecrets(res.text)
  })

  it('counts only public documents', async () => {
    const res = await anon.get('/api/documents/count')
    expect(res.json.totalDocs).toBe(3)
  })

  it.each(['withheld', 'on-request'])('counts zero documents when filtering on disclosure %s', async (value) => {
    const res = await anon.get(`/api/documents/count?where[disclosure][equals]=${value}`)
    expect(res.json.totalDocs).toBe(0)
  })

  it('finds no draft through where[_status][equals]=draft', async () => {
    const res = await anon.get('/api/documents?where[_status][equals]=draft')
    expect(res.json.totalDocs ?? 0).toBe(0)
    expectNoSecrets(res.text)
  })

  it('serves the published version, not the pending draft, even with draft=true', async () => {
    const list = await anon.get('/api/documents?draft=true&limit=100')
    expectNoSecrets(list.text)
    const one = await anon.get(`/api/documents/${ids.withDraft}?draft=true`)
    expect(one.status).toBe(200)
    expect(one.json.title).toBe('已发布版本')
    expectNoSecrets(one.text)
  })

  it('gives the public text of a partial item and never its body or reason', async () => {
    const res = await anon.get(`/api/documents/${ids.partial}?depth=2`)
    expect(res.status).toBe(200)
    expect(res.json.body).toBeUndefined()
    expect(res.json.nonDisclosureReason).toBeUndefined()
    expect(JSON.stringify(res.json.publicBody)).toContain('删减后的公开文本')
    expectNoSecrets(res.text)
  })

  it('does not hand out a partial body through select', async () => {
    const res = await anon.get(`/api/documents/${ids.partial}?select[body]=true&select[nonDisclosureReason]=true`)
    expectNoSecrets(res.text)
  })
})

describe('anonymous reads by id', () => {
  it.each(['onRequest', 'withheld', 'draftOnly'])('refuses the %s document by id, with or without draft=true', async (key) => {
    for (const suffix of ['', '?draft=true', '?depth=3']) {
      const res = await anon.get(`/api/documents/${ids[key]}${suffix}`)
      expect([403, 404]).toContain(res.status)
      expectNoSecrets(res.text)
    }
  })
})

describe('filters and sorting as oracles', () => {
  it.each([
    ['body', 'SECRETBODY'],
    ['nonDisclosureReason', 'REASONTEXT'],
    ['nonDisclosureBasis', 'art15-personal-privacy'],
    ['onRequestReason', 'outside-proactive-scope'],
    ['publishedLate', '0'],
    ['publicBody', '删减'],
    ['interpretations.title', 'HIDDENINTERP'],
    ['column.status', 'closed'],
    ['department.code', '11'],
  ])('refuses where[%s] alike for a matching and a non-matching value', async (field, value) => {
    const hit = await anon.get(`/api/documents?where[${field}][like]=${encodeURIComponent(value)}`)
    const miss = await anon.get(`/api/documents?where[${field}][like]=ZZZNOTHINGZZZ`)
    expect(hit.status).toBe(400)
    expect(hit.status).toBe(miss.status)
    expect(hit.json.errors[0].message).toMatch(/不允许按以下字段查询或排序|cannot be queried/)
    expectNoSecrets(hit.text)
  })

  it('refuses hidden fields nested in or/and groups', async () => {
    const res = await anon.get('/api/documents?where[or][0][title][like]=公开&where[or][1][and][0][body][like]=SECRETBODY')
    expect(res.status).toBe(400)
  })

  it.each(['body', '-nonDisclosureReason', 'nonDisclosureBasis', 'onRequestReason', '-publishedLate'])('refuses sort=%s', async (sort) => {
    const res = await anon.get(`/api/documents?sort=${sort}`)
    expect(res.status).toBe(400)
  })

  it('returns nothing for a title filter that only matches hidden items', async () => {
    for (const title of ['WITHHELDTITLE', 'ONREQTITLE', 'DRAFTONLYTITLE', 'NEWDRAFTTITLE']) {
      const res = await anon.get(`/api/documents?where[title][like]=${title}`)
      expect(res.status).toBe(200)
      expect(res.json.totalDocs).toBe(0)
    }
  })

  it('refuses join filters on interpretations', async () => {
    const res = await anon.get(`/api/documents/${ids.proactive}?joins[interpretations][where][title][like]=HIDDENINTERP`)
    expect(res.status).toBe(400)
  })
})

describe('versions', () => {
  it.each([
    '/api/documents/versions',
    '/api/documents/versions?where[version.title][like]=WITHHELDTITLE',
    '/api/interpretations/versions',
  ])('refuses %s', async (path) => {
    const res = await anon.get(path)
    expect([400, 401, 403]).toContain(res.status)
    expectNoSecrets(res.text)
  })

  it('refuses a version by id', async () => {
    const { docs } = await ctx.payload.findVersions({ collection: 'documents', where: { parent: { equals: ids.withheld } } })
    expect(docs.length).toBeGreaterThan(0)
    const res = await anon.get(`/api/documents/versions/${docs[0].id}`)
    expect([401, 403, 404]).toContain(res.status)
    expectNoSecrets(res.text)
  })
})

describe('GraphQL', () => {
  it('lists only public documents and no hidden fields', async () => {
    const res = await anon.graphql('{ Documents(limit: 100, draft: true) { totalDocs docs { id title publicBody } } }')
    expect(res.json.data.Documents.totalDocs).toBe(3)
    expectNoSecrets(res.text)
  })

  it('does not return the body of a partial item', async () => {
    const res = await anon.graphql(`{ Document(id: ${JSON.stringify(ids.partial)}) { title body nonDisclosureReason } }`)
    expect(res.json.data?.Document?.body ?? null).toBeNull()
    expectNoSecrets(res.text)
  })

  it.each(['withheld', 'onRequest', 'draftOnly'])('refuses the %s document by id', async (key) => {
    const res = await anon.graphql(`{ Document(id: ${JSON.stringify(ids[key])}, draft: true) { id title } }`)
    expect(res.json.data?.Document ?? null).toBeNull()
    expectNoSecrets(res.text)
  })

  it('refuses filtering on a hidden field', async () => {
    const res = await anon.graphql('{ Documents(where: { nonDisclosureReason: { like: "REASONTEXT" } }) { totalDocs } }')
    expect(res.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(res.json.data?.Documents ?? null).toBeNull()
  })

  it('refuses versions and staff-only collections', async () => {
    const res = await anon.graphql('{ versionsDocuments { docs { id version { title } } } Users { docs { email } } SensitiveTerms { docs { term } } Settings { indexNumberFormat } }')
    expect(res.json.errors?.length ?? 0).toBeGreaterThan(0)
    expectNoSecrets(res.text)
  })

  it.each([
    '{ AuditNotices { docs { subjectTitle message } } }',
    '{ countAuditNotices { totalDocs } }',
    '{ AuditDigests { docs { id } } }',
    '{ CalendarDays { docs { date note } } }',
    '{ ApprovalRecords { docs { subjectTitle } } }',
  ])('refuses the staff-only query %s', async (query) => {
    // The query is valid: an admin gets an answer without errors…
    const staff = await admin.graphql(query)
    expect(staff.json.errors).toBeUndefined()
    expect(Object.values(staff.json.data).every((v) => v !== null)).toBe(true)
    // …and the anonymous reader gets nothing.
    const res = await anon.graphql(query)
    expect(res.json.errors?.length ?? 0).toBeGreaterThan(0)
    expect(Object.values(res.json.data ?? {}).filter((v) => v !== null)).toEqual([])
    expectNoSecrets(res.text)
    expect(res.text).not.toContain('AUDITSUBJECT')
  })

  it.each(['WebhookDeliveries', 'PublicChanges'])('keeps %s out of the GraphQL schema altogether', async (name) => {
    for (const client of [anon, admin]) {
      const res = await client.graphql(`{ ${name} { docs { id } } }`)
      expect(res.json.errors[0].message).toBe(`Cannot query field "${name}" on type "Query".`)
    }
  })

  it('shows through the join only the public interpretations of a policy', async () => {
    const res = await anon.graphql(`{ Document(id: ${JSON.stringify(ids.proactive)}) { interpretations { docs { id title } } } }`)
    expect(res.json.data.Document.interpretations.docs.map((d: { id: unknown }) => d.id)).toEqual([ids.interpretation])
    expectNoSecrets(res.text)
  })
})

describe('other collections', () => {
  it('lists only published interpretations of public policies', async () => {
    const res = await anon.get('/api/interpretations?depth=2&draft=true')
    expect(res.json.docs.map((d: { id: unknown }) => d.id)).toEqual([ids.interpretation])
    expectNoSecrets(res.text)
  })

  it('joins only public interpretations onto a public policy', async () => {
    const res = await anon.get(`/api/documents/${ids.proactive}`)
    expect(res.json.interpretations.docs.map((d: { id: unknown } | number) => (typeof d === 'object' ? d.id : d))).toEqual([ids.interpretation])
  })

  it('shows open columns only', async () => {
    const res = await anon.get('/api/columns?limit=100')
    expect(res.text).not.toContain('CLOSEDCOLUMN')
    const closed = await anon.get(`/api/columns/${ids.closedColumn}`)
    expect([403, 404]).toContain(closed.status)
  })

  it('shows departments by name and kind only', async () => {
    const res = await anon.get('/api/departments')
    expect(res.json.docs[0].name).toBeTruthy()
    expect(res.json.docs[0].code).toBeUndefined()
    expectNoSecrets(res.text)
    const byCode = await anon.get('/api/departments?where[code][like]=11')
    expect(byCode.status).toBe(400)
  })

  it('shows active new-media accounts without contact phone and email', async () => {
    const res = await anon.get('/api/new-media-accounts')
    expect(res.json.docs).toHaveLength(1)
    expect(res.json.docs[0].contactPhone).toBeUndefined()
    expectNoSecrets(res.text)
  })

  it.each([
    '/api/users',
    '/api/sensitive-terms',
    '/api/globals/settings',
    '/api/users/count',
    '/api/sensitive-terms/count',
    '/api/approval-records',
    '/api/calendar-days',
    '/api/calendar-days/count',
    '/api/audit-notices',
    '/api/audit-notices/count',
    '/api/audit-notices?where[subjectTitle][like]=AUDITSUBJECT',
    '/api/audit-digests',
    '/api/webhook-deliveries',
    '/api/public-changes',
    '/api/scheduler-runs',
  ])(
    'refuses %s',
    async (path) => {
      const res = await anon.get(path)
      expect([401, 403]).toContain(res.status)
      expectNoSecrets(res.text)
    },
  )

  it('tells an anonymous /api/users/me nothing', async () => {
    const res = await anon.get('/api/users/me')
    expect(res.json.user).toBeNull()
  })
})

describe('attachments', () => {
  it('serves the attachment of a public document', async () => {
    const meta = await anon.get(`/api/media/${ids.publicMedia}`)
    expect(meta.status).toBe(200)
    const file = await anon.get(`/api/media/file/${publicFile}`)
    expect(file.status).toBe(200)
    expect(file.text).toBe('public attachment')
  })

  it('refuses the attachment of a withheld document, by id and by file name', async () => {
    const meta = await anon.get(`/api/media/${ids.hiddenMedia}`)
    expect([403, 404]).toContain(meta.status)
    const file = await anon.get(`/api/media/file/${hiddenFile}`)
    expect([403, 404]).toContain(file.status)
    expect(file.text).not.toContain('WITHHELD attachment')
    const list = await anon.get('/api/media')
    expect(list.text).not.toContain(hiddenFile)
  })
})
