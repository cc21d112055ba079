/**
 * Issue 13 §8, on the server: each role reads what its work needs and picks only what it may choose, over REST and
 * GraphQL alike. Editors and first reviewers read no 系统设置, no 敏感词, no one's email but their own, only their
 * department's colleagues and 督办通知; the 发布机构 picker offers an editor their own department and a new item starts
 * with it; the 网站管理员 and the 三员 keep what they need; 新建政策解读 from a policy starts with that policy.
 */
import { createLocalReq, type Field, type FilterOptionsProps, type PayloadRequest } from 'payload'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { OWN_DEPARTMENT_MESSAGE } from '../../hooks/access/ownDepartmentOnly'
import { messageOf } from '../../domain/errors'
import { api, body, daysAgo, login, makeColumn, makeDepartment, makeDocument, makeUser, type Role } from '../helpers/fixtures'
import { createDoc } from '../helpers/localApi'
import type { User } from '../../src/payload-types'

let ctx: TestContext
let server: TestServer
const ids: Record<string, number | string> = {}
const users: Record<string, User> = {}
const clients: Record<string, ReturnType<typeof api>> = {}

const ACCOUNTS: ReadonlyArray<[string, Role[], 'a' | 'b']> = [
  ['editorA', ['editor'], 'a'],
  ['colleagueA', ['editor'], 'a'],
  ['reviewerA', ['reviewer'], 'a'],
  ['editorB', ['editor'], 'b'],
  ['secrecy', ['secrecy'], 'a'],
  ['approver', ['approver'], 'a'],
  ['admin', ['admin'], 'a'],
  ['system-admin', ['system-admin'], 'a'],
  ['security-admin', ['security-admin'], 'a'],
  ['audit-admin', ['audit-admin'], 'a'],
]

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  ids.a = (await makeDepartment(payload, { name: '甲局' })).id
  ids.b = (await makeDepartment(payload, { name: '乙局' })).id
  ids.open = (await makeColumn(payload, { title: '开放栏目' })).id
  ids.closed = (await makeColumn(payload, { title: '关闭栏目', status: 'closed' })).id
  await payload.create({ collection: 'sensitive-terms', data: { term: '内部敏感词', level: 'block', category: 'custom' } })
  for (const [name, department, title] of [['a', ids.a, '甲局通知'], ['b', ids.b, '乙局通知'], ['site', null, '网站通知']] as const) {
    ids[`notice-${name}`] = (
      await payload.create({
        collection: 'audit-notices',
        data: { rule: 'column-stale', severity: 'yellow', subjectType: 'site', subjectId: name, subjectTitle: title, department, status: 'open' },
      })
    ).id
  }
  server = await startServer(ctx)
  for (const [name, roles, dept] of ACCOUNTS) {
    users[name] = (await makeUser(payload, [...roles], ids[dept], { name: `姓名-${name}` })) as User
    clients[name] = api(server.url, await login(server.url, users[name].email))
  }
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

type Row = { id: number | string; name?: string; email?: string }
const names = (docs: Row[]) => docs.map((d) => d.name).sort()

describe('accounts: names for the work, email addresses for their owners', () => {
  it('gives an editor herself and her department’s colleagues, with no one’s email but her own (REST)', async () => {
    const res = await clients.editorA.get('/api/users?limit=100')
    expect(res.status).toBe(200)
    const docs = res.json.docs as Row[]
    expect(names(docs)).toEqual(['姓名-admin', '姓名-approver', '姓名-audit-admin', '姓名-colleagueA', '姓名-editorA', '姓名-reviewerA', '姓名-secrecy', '姓名-security-admin', '姓名-system-admin'])
    expect(docs.filter((d) => d.email !== undefined)).toEqual([expect.objectContaining({ id: users.editorA.id, email: users.editorA.email })])
  })

  it('gives the same over GraphQL', async () => {
    const res = await clients.editorA.graphql('{ Users(limit: 100) { docs { id name email } } }')
    const docs = res.json.data.Users.docs as Row[]
    expect(docs.map((d) => d.name)).not.toContain('姓名-editorB')
    expect(docs.filter((d) => d.email).map((d) => d.email)).toEqual([users.editorA.email])
  })

  it('refuses an editor a search by someone’s email address', async () => {
    const res = await clients.editorA.get(`/api/users?where[email][equals]=${encodeURIComponent(users.admin.email)}`)
    expect(res.status).not.toBe(200)
    const gql = await clients.editorA.graphql(`{ Users(where: { email: { equals: ${JSON.stringify(users.admin.email)} } }) { totalDocs } }`)
    expect(gql.json.data?.Users ?? null).toBeNull()
  })

  it('lets an editor read and keep her own account', async () => {
    const me = await clients.editorA.get('/api/users/me')
    expect(me.json.user.email).toBe(users.editorA.email)
    const own = await clients.editorA.get(`/api/users/${users.editorA.id}`)
    expect(own.json.email).toBe(users.editorA.email)
    expect((await clients.editorA.patch(`/api/users/${users.editorA.id}`, { name: '姓名-editorA' })).status).toBe(200)
  })

  it('lets the 保密审查员 and the 终审领导 read every department’s names, but not their email addresses', async () => {
    for (const who of ['secrecy', 'approver']) {
      const docs = (await clients[who].get('/api/users?limit=100')).json.docs as Row[]
      expect(names(docs)).toContain('姓名-editorB')
      expect(docs.filter((d) => d.email).map((d) => d.email)).toEqual([users[who].email])
    }
  })

  it.each(['admin', 'system-admin', 'security-admin', 'audit-admin'])('lets the %s read every account with its email', async (who) => {
    const docs = (await clients[who].get('/api/users?limit=100')).json.docs as Row[]
    expect(docs).toHaveLength(ACCOUNTS.length)
    expect(docs.every((d) => typeof d.email === 'string' && d.email.includes('@'))).toBe(true)
  })

  it('hides the account list from the admin nav of everyone but those who see every account', () => {
    const hidden = ctx.config.collections.find((c) => c.slug === 'users')!.admin.hidden as (args: { user: unknown }) => boolean
    const hides = Object.fromEntries(ACCOUNTS.map(([name]) => [name, hidden({ user: users[name] })]))
    expect(hides).toEqual({
      editorA: true, colleagueA: true, reviewerA: true, editorB: true, secrecy: true, approver: true,
      admin: false, 'system-admin': false, 'security-admin': false, 'audit-admin': false,
    })
  })

  it('still names the submitter on the 审批表 the 终审领导 prints for another department’s item', async () => {
    const doc = await createDoc(ctx.payload, 'documents', { title: '乙局草稿', column: ids.open, department: ids.b, formedAt: daysAgo(1), disclosure: 'proactive', body: body('乙局草稿的正文'), _status: 'draft' }, { draft: true })
    const submit = await clients.editorB.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(submit.status).toBe(200)
    const form = await clients.approver.get(`/api/documents/${doc.id}/approval-form?format=json`)
    expect(form.json.submitter).toBe('姓名-editorB')
  })
})

describe('系统设置', () => {
  it.each(['editorA', 'reviewerA', 'secrecy', 'approver'])('is refused to the %s over REST and GraphQL', async (who) => {
    expect((await clients[who].get('/api/globals/settings')).status).toBe(403)
    const gql = await clients[who].graphql('{ Settings { reassessmentDays } }')
    expect(gql.json.data?.Settings ?? null).toBeNull()
    expect(gql.json.errors?.length).toBeGreaterThan(0)
  })

  it.each(['admin', 'system-admin', 'security-admin', 'audit-admin'])('is read by the %s', async (who) => {
    const res = await clients[who].get('/api/globals/settings')
    expect(res.status).toBe(200)
    expect(typeof res.json.reassessmentDays).toBe('number')
  })

  it('is changed by the 系统管理员 only among the 三员', async () => {
    expect((await clients['system-admin'].post('/api/globals/settings', { reassessmentDays: 365 })).status).toBe(200)
    expect((await clients['audit-admin'].post('/api/globals/settings', { reassessmentDays: 1 })).status).toBe(403)
  })

  it('is hidden from the nav of those who cannot read it', () => {
    const hidden = ctx.config.globals.find((g) => g.slug === 'settings')!.admin.hidden as (args: { user: unknown }) => boolean
    expect(['editorA', 'reviewerA', 'secrecy', 'approver'].map((who) => hidden({ user: users[who] }))).toEqual([true, true, true, true])
    expect(['admin', 'system-admin', 'security-admin', 'audit-admin'].map((who) => hidden({ user: users[who] }))).toEqual([false, false, false, false])
  })
})

describe('敏感词', () => {
  it.each(['editorA', 'reviewerA', 'approver', 'system-admin'])('is refused to the %s over REST and GraphQL', async (who) => {
    expect((await clients[who].get('/api/sensitive-terms')).status).toBe(403)
    const gql = await clients[who].graphql('{ SensitiveTerms { docs { term } } }')
    expect(gql.json.data?.SensitiveTerms ?? null).toBeNull()
  })

  it.each(['admin', 'secrecy'])('is read by the %s', async (who) => {
    const res = await clients[who].get('/api/sensitive-terms')
    expect(res.json.docs.map((d: { term: string }) => d.term)).toContain('内部敏感词')
  })

  it('still blocks an editor’s submission that contains a term (the pre-check reads the list on the server)', async () => {
    const created = await clients.editorA.post('/api/documents?draft=true', {
      title: '含有内部敏感词的通知', column: ids.open, formedAt: daysAgo(1), disclosure: 'proactive', _status: 'draft',
    })
    expect(created.status).toBe(201)
    const submit = await clients.editorA.post(`/api/documents/${created.json.doc.id}/workflow`, { action: 'submit' })
    expect(submit.status).toBe(400)
    expect(submit.json.errors[0].message).toContain('预审发现1处禁止发布的内容')
  })
})

describe('督办通知', () => {
  const titles = (docs: Array<{ subjectTitle: string }>) => docs.map((d) => d.subjectTitle).sort()

  it.each([
    ['editorA', ['甲局通知']],
    ['reviewerA', ['甲局通知']],
    ['editorB', ['乙局通知']],
    ['admin', ['乙局通知', '甲局通知', '网站通知']],
  ])('gives the %s the notices %j (REST and GraphQL)', async (who, expected) => {
    expect(titles((await clients[who].get('/api/audit-notices?limit=100')).json.docs)).toEqual(expected)
    expect(titles((await clients[who].graphql('{ AuditNotices(limit: 100) { docs { subjectTitle } } }')).json.data.AuditNotices.docs)).toEqual(expected)
  })

  it('refuses an editor another department’s notice by id', async () => {
    expect([403, 404]).toContain((await clients.editorA.get(`/api/audit-notices/${ids['notice-b']}`)).status)
  })
})

describe('pickers', () => {
  const fieldOf = (collection: string, name: string): Field => {
    const find = (fields: readonly Field[]): Field | undefined => {
      for (const field of fields) {
        if ('name' in field && field.name === name) return field
        if (field.type === 'row' || field.type === 'collapsible') {
          const inner = find(field.fields)
          if (inner) return inner
        }
      }
      return undefined
    }
    return find(ctx.config.collections.find((c) => c.slug === collection)!.fields)!
  }
  const reqAs = (who: string, query: Record<string, string> = {}) =>
    createLocalReq({ user: { ...users[who], collection: 'users' } as never, req: { query } as Partial<PayloadRequest> }, ctx.payload)
  const optionsFor = async (collection: string, name: string, who: string, id?: number | string) => {
    const field = fieldOf(collection, name) as { filterOptions: (args: FilterOptionsProps) => unknown }
    const req = await reqAs(who)
    return field.filterOptions({ id: id as never, req, user: req.user, data: {}, siblingData: {}, blockData: undefined, relationTo: 'departments' } as never)
  }

  it.each([
    ['documents', 'department'],
    ['interpretations', 'department'],
    ['new-media-accounts', 'department'],
  ])('offers an editor and a first reviewer only their own department in %s.%s, an admin every one', async (collection, name) => {
    expect(await optionsFor(collection, name, 'editorA')).toEqual({ id: { equals: ids.a } })
    expect(await optionsFor(collection, name, 'reviewerA')).toEqual({ id: { equals: ids.a } })
    expect(await optionsFor(collection, name, 'editorB')).toEqual({ id: { equals: ids.b } })
    expect(await optionsFor(collection, name, 'admin')).toBe(true)
  })

  it('starts an editor’s new item under her own department', async () => {
    const res = await clients.editorB.post('/api/documents?draft=true', { title: '未选发布机构', column: ids.open, formedAt: daysAgo(1), disclosure: 'proactive', _status: 'draft' })
    expect(res.status).toBe(201)
    expect(res.json.doc.department.id ?? res.json.doc.department).toBe(ids.b)
  })

  it('still refuses another department with the hook’s message', async () => {
    const res = await clients.editorA.post('/api/documents?draft=true', { title: '越权', column: ids.open, department: ids.b, formedAt: daysAgo(1), disclosure: 'proactive' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toBe(OWN_DEPARTMENT_MESSAGE)
  })

  it('offers an editor open columns only, and refuses filing a new item in a closed one', async () => {
    expect(await optionsFor('documents', 'column', 'editorA')).toEqual({ status: { equals: 'open' } })
    expect(await optionsFor('documents', 'column', 'admin')).toBe(true)
    const res = await clients.editorA.post('/api/documents?draft=true', { title: '关闭栏目新稿', column: ids.closed, department: ids.a, formedAt: daysAgo(1), disclosure: 'proactive' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'column', message: messageOf('app.column-closed') })])
    const moved = await clients.editorA.post('/api/documents?draft=true', { title: '开放栏目新稿', column: ids.open, department: ids.a, formedAt: daysAgo(1), disclosure: 'proactive' })
    expect((await clients.editorA.patch(`/api/documents/${moved.json.doc.id}?draft=true`, { column: ids.closed })).status).toBe(400)
    expect((await clients.admin.patch(`/api/documents/${moved.json.doc.id}?draft=true`, { column: ids.closed })).status).toBe(200)
  })

  it('lets an item already in a closed column keep it', async () => {
    const doc = await makeDocument(ctx.payload, { column: ids.closed, department: ids.a, title: '旧栏目稿件' }, { draft: true })
    expect(await optionsFor('documents', 'column', 'editorA', doc.id)).toEqual({ or: [{ status: { equals: 'open' } }, { id: { equals: ids.closed } }] })
    const res = await clients.editorA.patch(`/api/documents/${doc.id}?draft=true`, { title: '旧栏目稿件（修改）' })
    expect(res.status).toBe(200)
  })
})

describe('新建政策解读 from a policy', () => {
  const defaultOf = async (name: string, req: PayloadRequest) => {
    const field = ctx.config.collections.find((c) => c.slug === 'interpretations')!.flattenedFields.find((f) => f.name === name) as { defaultValue: (args: object) => unknown }
    return field.defaultValue({ req, user: req.user, locale: undefined })
  }
  let policy: number | string

  beforeAll(async () => {
    policy = (await makeDocument(ctx.payload, { column: (await makeColumn(ctx.payload, { kind: 'policy', title: '政策文件' })).id, department: ids.b, title: '乙局政策' })).id
  })

  it('starts the create view with the policy and its department', async () => {
    const req = await createLocalReq({ user: { ...users.admin, collection: 'users' } as never, req: { query: { policy: String(policy) } } as Partial<PayloadRequest> }, ctx.payload)
    expect(await defaultOf('policy', req)).toBe(policy)
    expect(await defaultOf('department', req)).toBe(ids.b)
  })

  it('fills in nothing the user cannot read, and only their own department', async () => {
    const req = await createLocalReq({ user: { ...users.editorA, collection: 'users' } as never, req: { query: { policy: String(policy) } } as Partial<PayloadRequest> }, ctx.payload)
    expect(await defaultOf('policy', req)).toBeUndefined()
    expect(await defaultOf('department', req)).toBe(ids.a)
  })

  it('ignores the address for a REST caller, who says what it creates', async () => {
    const res = await clients.editorB.post(`/api/interpretations?draft=true&policy=${policy}`, { title: '无政策的解读', form: 'text', _status: 'draft' })
    expect(res.json.doc?.policy ?? null).toBeNull()
  })
})
