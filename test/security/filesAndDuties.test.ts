/**
 * Issue 11, findings 1, 7 and 8 over real HTTP: an attachment swap behind a published item, staff reading
 * other departments' files, authors signing their own work, and edit locks taken in someone else's name.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, daysAgo, login, makeColumn, makeDepartment, makeUser, PASSWORD, type Role } from '../helpers/fixtures'
import { ATTACHMENT_MESSAGES } from '../../domain/attachments'
import { REASONS } from '../../domain/workflow/refusals'
import { LOCK_MESSAGES } from '../../plugins/systemGuards/hooks/guardDocumentLocks'
import type { Id } from '../../domain/ids'

type Client = ReturnType<typeof api>

let ctx: TestContext
let server: TestServer
let anon: Client
const people: Record<string, any> = {}
const as: Record<string, Client> = {}
let office: { id: Id }
let finance: { id: Id }
let column: { id: Id }

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A multipart request as the admin's upload form sends it: the file and the other fields as `_payload`. */
const upload = async (client: 'anon' | string, method: 'POST' | 'PATCH', url: string, file: { name: string; text: string }, data: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([file.text], { type: 'text/plain' }), file.name)
  form.append('_payload', JSON.stringify(data))
  const token = client === 'anon' ? undefined : tokens[client]
  const response = await fetch(`${server.url}${url}`, { method, body: form, headers: token ? { authorization: `JWT ${token}` } : {} })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text }
}
const tokens: Record<string, string> = {}

const signIn = async (name: string, roles: Role[], department: Id) => {
  people[name] = await makeUser(ctx.payload, roles, department, { name })
  tokens[name] = await login(server.url, people[name].email, PASSWORD)
  as[name] = api(server.url, tokens[name])
}

const draftOf = (id: Id) => ctx.payload.findByID({ collection: 'documents', id, draft: true, depth: 0 }) as Promise<Record<string, any>>

/** A document written by `author` over HTTP, as a draft of `department`. */
const writeDocument = async (author: string, department: Id, extra: Record<string, unknown> = {}) => {
  const res = await as[author].post('/api/documents?draft=true', {
    title: '关于调整城乡居民基本医疗保险缴费标准的通知',
    column: column.id,
    department,
    formedAt: daysAgo(1),
    disclosure: 'proactive',
    body: body('正文内容'),
    ...extra,
  })
  expect(res.status).toBe(201)
  return res.json.doc as { id: Id }
}

const workflow = (who: string, id: Id, action: string, extra: Record<string, unknown> = {}) =>
  as[who].post(`/api/documents/${id}/workflow`, { action, ...extra })

/** Submit, 初审, 保密审查 and 终审 by the office's crew. */
const publish = async (id: Id) => {
  for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve'], ['approver', 'approve']] as const) {
    const res = await workflow(who, id, action)
    expect(res.status).toBe(200)
  }
}

beforeAll(async () => {
  ctx = await bootPayload()
  office = await makeDepartment(ctx.payload, { name: '县人民政府办公室' })
  finance = await makeDepartment(ctx.payload, { name: '县财政局' })
  column = await makeColumn(ctx.payload, { kind: 'notice' })
  server = await startServer(ctx)
  anon = api(server.url)
  await signIn('admin', ['admin'], office.id)
  await signIn('editor', ['editor'], office.id)
  await signIn('reviewer', ['reviewer'], office.id)
  await signIn('reviewer2', ['reviewer'], office.id)
  await signIn('secrecy', ['secrecy'], office.id)
  await signIn('approver', ['approver'], office.id)
  await signIn('editor2', ['editor'], finance.id)
  await signIn('writerLeader', ['editor', 'approver'], office.id)
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('files are content (finding 1)', () => {
  let media: Record<string, any>
  let published: { id: Id }

  beforeAll(async () => {
    const res = await upload('editor', 'POST', '/api/media', { name: 'notice.txt', text: '缴费标准调整说明' }, { title: '缴费标准说明' })
    expect(res.status).toBe(201)
    media = res.json.doc
    published = await writeDocument('editor', office.id, { attachments: [media.id] })
    await publish(published.id)
  })

  const publicFile = async () => (await anon.get(`/api/media/file/${media.filename}`)).text

  it('records the uploader’s department and the SHA-256 of the uploaded bytes', async () => {
    const stored = await ctx.payload.findByID({ collection: 'media', id: media.id, depth: 0 })
    expect(stored.department).toBe(office.id)
    expect(stored.sha256).toBe(sha256('缴费标准调整说明'))
  })

  it('refuses editor2 (县财政局) replacing the file of another department’s published attachment; the public keeps the reviewed file', async () => {
    const res = await upload('editor2', 'PATCH', `/api/media/${media.id}`, { name: 'swap.txt', text: '机密★1年 内部资料 不得外传。' })
    expect([403, 404]).toContain(res.status)
    expect(await publicFile()).toBe('缴费标准调整说明')
  })

  it('refuses the department’s own editor replacing a published attachment, naming the item', async () => {
    const res = await upload('editor', 'PATCH', `/api/media/${media.id}`, { name: 'swap.txt', text: '机密★1年 内部资料 不得外传。' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toBe(ATTACHMENT_MESSAGES.locked('documents', '关于调整城乡居民基本医疗保险缴费标准的通知'))
    expect(await publicFile()).toBe('缴费标准调整说明')
    expect((await ctx.payload.findByID({ collection: 'media', id: media.id })).sha256).toBe(sha256('缴费标准调整说明'))
  })

  it('refuses an admin too: a replacement is a new media item', async () => {
    const res = await upload('admin', 'PATCH', `/api/media/${media.id}`, { name: 'swap.txt', text: '替换内容' })
    expect(res.status).toBe(400)
    expect(await publicFile()).toBe('缴费标准调整说明')
    const replacement = await upload('admin', 'POST', '/api/media', { name: 'notice-v2.txt', text: '替换内容' })
    expect(replacement.status).toBe(201)
  })

  it('refuses the same replacement as a bulk update', async () => {
    const res = await upload('editor', 'PATCH', `/api/media?where[id][equals]=${media.id}`, { name: 'swap.txt', text: '机密★1年' })
    expect(res.status).toBe(400)
    expect(await publicFile()).toBe('缴费标准调整说明')
  })

  it('refuses renaming a published attachment', async () => {
    const res = await as.editor.patch(`/api/media/${media.id}`, { title: '另一个名称' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toBe(ATTACHMENT_MESSAGES.locked('documents', '关于调整城乡居民基本医疗保险缴费标准的通知'))
  })

  it('keeps a file frozen while the item is only in review', async () => {
    const file = (await upload('editor', 'POST', '/api/media', { name: 'review.txt', text: '审核中的附件' })).json.doc
    const doc = await writeDocument('editor', office.id, { title: '审核中的通知', attachments: [file.id] })
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    const res = await upload('editor', 'PATCH', `/api/media/${file.id}`, { name: 'swap.txt', text: '换掉的内容' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].message).toBe(ATTACHMENT_MESSAGES.locked('documents', '审核中的通知'))
  })

  it('lets the owner replace a file that only drafts link, with a new SHA-256', async () => {
    const file = (await upload('editor', 'POST', '/api/media', { name: 'draft.txt', text: '草稿附件' })).json.doc
    await writeDocument('editor', office.id, { title: '草稿', attachments: [file.id] })
    const res = await upload('editor', 'PATCH', `/api/media/${file.id}`, { name: 'draft.txt', text: '修改后的草稿附件' })
    expect(res.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'media', id: file.id })).sha256).toBe(sha256('修改后的草稿附件'))
  })

  /** An item that links a file, taken through the given review steps; then its bytes change under the same id. */
  const swapAfter = async (steps: Array<readonly [string, string]>) => {
    const file = (await upload('editor', 'POST', '/api/media', { name: 'bytes.txt', text: '原始附件内容' })).json.doc
    const doc = await writeDocument('editor', office.id, { title: '附件被替换的通知', attachments: [file.id] })
    for (const [who, action] of steps) expect((await workflow(who, doc.id, action)).status).toBe(200)
    // A swap around the API (in the storage itself): the bytes and their hash change, the id stays.
    const swapped = '机密★1年 内部资料 不得外传。'
    fs.writeFileSync(path.join(ctx.dir, 'media', file.filename), swapped)
    await ctx.payload.db.updateOne({ collection: 'media', id: file.id, data: { sha256: sha256(swapped) } })
    return doc
  }

  it('binds signatures to the file’s bytes: a file changed under the same id voids them', async () => {
    const doc = await swapAfter([['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve']])
    const res = await workflow('approver', doc.id, 'approve')
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe('缺少初审、保密审查签名，不能终审')
  })

  it('runs the pre-check on the changed bytes at the next review', async () => {
    const doc = await swapAfter([['editor', 'submit'], ['reviewer', 'approve']])
    const res = await workflow('secrecy', doc.id, 'approve')
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toBe('预审发现3处禁止发布的内容，保密审查不能通过')
  })

  it.each([
    ['percent-encoded (RFC 5987)', `filename*=UTF-8''a%00b.txt`, ATTACHMENT_MESSAGES.badFilename],
    ['raw', 'filename="a\u0000b.txt"', ATTACHMENT_MESSAGES.malformedUpload],
  ])('answers a Chinese 400 to a file name with a null byte, %s', async (_, disposition, message) => {
    const boundary = '----gongkai'
    const multipart = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: text/plain\r\n\r\n`),
      Buffer.from('内容'),
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--${boundary}--\r\n`),
    ])
    const response = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      body: multipart,
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    })
    const json = await response.json()
    expect(response.status).toBe(400)
    expect(json.errors[0].data?.errors[0].message ?? json.errors[0].message).toBe(message)
  })
})

describe('files belong to their department (finding 8)', () => {
  let file: Record<string, any>

  beforeAll(async () => {
    file = (await upload('editor', 'POST', '/api/media', { name: 'internal.txt', text: '内部草稿附件' }, { title: '内部附件' })).json.doc
  })

  it('hides another department’s non-public file from editor2: record, list and download', async () => {
    expect([403, 404]).toContain((await as.editor2.get(`/api/media/${file.id}`)).status)
    expect((await as.editor2.get('/api/media?limit=100')).json.docs.map((m: { id: Id }) => m.id)).not.toContain(file.id)
    const download = await as.editor2.get(`/api/media/file/${file.filename}`)
    expect([403, 404]).toContain(download.status)
    expect(download.text).not.toContain('内部草稿附件')
  })

  it('shows it to its department, the admin and the county-wide reviewers', async () => {
    for (const who of ['editor', 'reviewer', 'admin', 'secrecy', 'approver']) {
      expect((await as[who].get(`/api/media/${file.id}`)).status).toBe(200)
    }
  })

  it('refuses editor2 linking another department’s internal file into their own item (publishing it would make the file public)', async () => {
    const res = await as.editor2.post('/api/documents?draft=true', { title: '引用', column: column.id, department: finance.id, formedAt: daysAgo(1), disclosure: 'proactive', attachments: [file.id] })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors).toEqual([{ path: 'attachments', label: '附件', message: ATTACHMENT_MESSAGES.notLinkable }])
    const own = (await upload('editor2', 'POST', '/api/media', { name: 'own.txt', text: '本部门附件' })).json.doc
    expect((await as.editor2.post('/api/documents?draft=true', { title: '引用本部门附件', column: column.id, department: finance.id, formedAt: daysAgo(1), disclosure: 'proactive', attachments: [own.id] })).status).toBe(201)
  })

  it('files an upload under the uploader’s department whatever the request says', async () => {
    const res = await upload('editor2', 'POST', '/api/media', { name: 'finance.txt', text: '财政附件' }, { department: office.id })
    expect(res.status).toBe(201)
    expect((await ctx.payload.findByID({ collection: 'media', id: res.json.doc.id, depth: 0 })).department).toBe(finance.id)
  })
})

describe('anonymous readers get the files of public items only', () => {
  it('withdraws a file from the public when the next reviewed version no longer links it', async () => {
    const kept = (await upload('editor', 'POST', '/api/media', { name: 'kept.txt', text: '保留的附件' })).json.doc
    const removed = (await upload('editor', 'POST', '/api/media', { name: 'removed.txt', text: '发布后发现含个人信息的附件' })).json.doc
    const doc = await writeDocument('editor', office.id, { title: '附件调整的通知', attachments: [kept.id, removed.id] })
    await publish(doc.id)
    expect((await anon.get(`/api/media/file/${removed.filename}`)).status).toBe(200)
    expect((await as.editor.patch(`/api/documents/${doc.id}?draft=true`, { attachments: [kept.id] })).status).toBe(200)
    // While the next version is in review, the published one (with both files) stays public.
    expect((await anon.get(`/api/media/file/${removed.filename}`)).status).toBe(200)
    await publish(doc.id)
    expect([403, 404]).toContain((await anon.get(`/api/media/file/${removed.filename}`)).status)
    expect((await anon.get(`/api/media/file/${kept.filename}`)).status).toBe(200)
  })
})

describe('separation of duties counts authorship (finding 7)', () => {
  it('refuses 终审 by the leader who wrote the document, though someone else submitted it', async () => {
    const doc = await writeDocument('writerLeader', office.id, { title: '由领导起草的通知' })
    for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve']] as const) expect((await workflow(who, doc.id, action)).status).toBe(200)
    const res = await workflow('writerLeader', doc.id, 'approve')
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(REASONS.authorSigns)
    expect(REASONS.authorSigns).toBe('编写或修改过本稿件的人员不能审核本稿件')
    expect((await draftOf(doc.id)).reviewState).toBe('secrecy-reviewed')
  })

  it('refuses 初审 by a reviewer who edited the draft’s body', async () => {
    const doc = await writeDocument('editor', office.id, { title: '初审人修改过的稿件' })
    expect((await as.reviewer.patch(`/api/documents/${doc.id}?draft=true`, { body: body('初审人改写的正文') })).status).toBe(200)
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    const res = await workflow('reviewer', doc.id, 'approve')
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(REASONS.authorSigns)
  })

  it('remembers an edit across a return: the content written before it is still in the version', async () => {
    const doc = await writeDocument('editor', office.id, { title: '退回后再次提交的稿件' })
    expect((await as.reviewer.patch(`/api/documents/${doc.id}?draft=true`, { body: body('初审人改写的正文') })).status).toBe(200)
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    expect((await workflow('reviewer2', doc.id, 'return', { opinion: '请补充依据' })).status).toBe(200)
    expect((await as.editor.patch(`/api/documents/${doc.id}?draft=true`, { title: '退回后再次提交的稿件（修改）' })).status).toBe(200)
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    expect((await workflow('reviewer', doc.id, 'approve')).json.errors[0].message).toBe(REASONS.authorSigns)
  })

  it('lets a reviewer who edited an earlier, fully reviewed version sign the next one', async () => {
    const doc = await writeDocument('editor', office.id, { title: '已发布后修订的稿件' })
    expect((await as.reviewer.patch(`/api/documents/${doc.id}?draft=true`, { body: body('初审人改写的正文') })).status).toBe(200)
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    expect((await workflow('reviewer2', doc.id, 'approve')).status).toBe(200)
    expect((await workflow('secrecy', doc.id, 'approve')).status).toBe(200)
    expect((await workflow('approver', doc.id, 'approve')).status).toBe(200)
    expect((await as.editor.patch(`/api/documents/${doc.id}?draft=true`, { body: body('第二版正文') })).status).toBe(200)
    expect((await workflow('editor', doc.id, 'submit')).status).toBe(200)
    expect((await workflow('reviewer', doc.id, 'approve')).status).toBe(200)
  })

  it('does not hide the approve action from the panel for anyone else', async () => {
    const doc = await writeDocument('writerLeader', office.id, { title: '面板' })
    for (const [who, action] of [['editor', 'submit'], ['reviewer', 'approve'], ['secrecy', 'approve']] as const) expect((await workflow(who, doc.id, action)).status).toBe(200)
    expect((await as.approver.get(`/api/documents/${doc.id}/workflow`)).json.actions).toContain('approve')
    expect((await as.writerLeader.get(`/api/documents/${doc.id}/workflow`)).json.actions).not.toContain('approve')
  })
})

describe('edit locks (finding 8)', () => {
  let doc: { id: Id }
  const lock = (who: string, user: string, target: Id = doc.id) =>
    as[who].post('/api/payload-locked-documents', { document: { relationTo: 'documents', value: target }, user: { relationTo: 'users', value: people[user].id } })

  beforeAll(async () => {
    doc = await writeDocument('editor', office.id, { title: '被锁定的稿件' })
  })

  it('refuses editor2 locking another department’s item in the admin’s name; the owner can still save', async () => {
    const res = await lock('editor2', 'admin')
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(LOCK_MESSAGES.notYourself)
    const save = await as.editor.patch(`/api/documents/${doc.id}?draft=true`, { title: '被锁定的稿件（修改）' })
    expect(save.status).toBe(200)
  })

  it('refuses editor2 locking another department’s item in their own name', async () => {
    const res = await lock('editor2', 'editor2')
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(LOCK_MESSAGES.notEditable)
  })

  it('refuses moving a lock to someone else, and releasing someone else’s lock', async () => {
    const own = await lock('editor', 'editor')
    expect(own.status).toBe(201)
    const moved = await as.editor.patch(`/api/payload-locked-documents/${own.json.doc.id}`, { user: { relationTo: 'users', value: people.admin.id } })
    expect(moved.status).toBe(403)
    expect([403, 404]).toContain((await as.editor2.del(`/api/payload-locked-documents/${own.json.doc.id}`)).status)
    expect((await as.editor.del(`/api/payload-locked-documents/${own.json.doc.id}`)).status).toBe(200)
  })

  it('refuses a lock dated into the future (a lock that never expires)', async () => {
    const res = await as.editor.post('/api/payload-locked-documents', {
      document: { relationTo: 'documents', value: doc.id },
      user: { relationTo: 'users', value: people.editor.id },
      updatedAt: '2999-01-01T00:00:00.000Z',
    })
    expect(res.status).toBe(201)
    expect(new Date(res.json.doc.updatedAt).getFullYear()).toBeLessThan(2999)
    await as.editor.del(`/api/payload-locked-documents/${res.json.doc.id}`)
  })

  it('never lets anonymous readers see or take locks', async () => {
    expect([401, 403]).toContain((await anon.get('/api/payload-locked-documents')).status)
    expect([401, 403]).toContain((await anon.post('/api/payload-locked-documents', { document: { relationTo: 'documents', value: doc.id } })).status)
  })
})
