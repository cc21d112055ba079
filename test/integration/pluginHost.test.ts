/**
 * A foreign host: a Payload app of its own — a `posts` collection with other field names, staff in `members` whose
 * duty is one select value and whose office is a text code, none of Gongkai's collections — installs the plugins by
 * package name, as a user's project would, and runs 三审, scheduled publishing, the change feed and an audit with a
 * rule of its own, over real HTTP, on SQLite or PostgreSQL (TEST_DB).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { randomBytes } from 'node:crypto'
import cron from 'node-cron'
import pg from 'pg'
import { buildConfig, getPayload, handleEndpoints, type CollectionConfig, type Payload, type SanitizedConfig } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { workflowPlugin } from 'gongkai/plugins/workflow'
import { calendarPlugin } from 'gongkai/plugins/calendar'
import { schedulerPlugin, stopScheduler } from 'gongkai/plugins/scheduler'
import { auditPlugin } from 'gongkai/plugins/audit'
import { contentApiPlugin } from 'gongkai/plugins/contentApi'
import type { Role } from 'gongkai/domain/vocabulary'
import { lexicalFromParagraphs } from 'gongkai/domain/lexicalText'
import { closePayload, testDialect } from '../helpers/testPayload'
import { otherApp } from '../helpers/localApi'

const PASSWORD = 'Host@2026-pass'

/** The host's own words for the duties Gongkai's workflow knows. */
const DUTIES: Record<string, Role[]> = {
  writer: ['editor'],
  checker: ['reviewer'],
  censor: ['secrecy'],
  chief: ['approver'],
  webmaster: ['admin'],
}

const Members: CollectionConfig = {
  slug: 'members',
  auth: true,
  admin: { useAsTitle: 'displayName' },
  fields: [
    { name: 'displayName', type: 'text' },
    { name: 'duty', type: 'select', options: Object.keys(DUTIES) },
    { name: 'office', type: 'text' },
  ],
}

const Posts: CollectionConfig = {
  slug: 'posts',
  versions: { drafts: true },
  access: {
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
    create: ({ req }) => Boolean(req.user),
    update: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'office', type: 'text', required: true },
    { name: 'story', type: 'richText' },
  ],
}

type Host = { payload: Payload; config: SanitizedConfig; url: string; close: () => Promise<void> }

const freshDatabase = async (dir: string) => {
  if (testDialect() === 'sqlite') {
    return { adapter: sqliteAdapter({ client: { url: `file:${path.join(dir, 'host.db')}` } }), drop: async () => undefined }
  }
  const admin = process.env.TEST_DATABASE_URI
  if (!admin) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URI')
  const name = `host_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    adapter: postgresAdapter({ pool: { connectionString: url.toString() } }),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: admin })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}

/** The host's own tiny HTTP server in front of Payload's REST handlers. */
const serve = async (config: SanitizedConfig): Promise<{ url: string; server: Server }> => {
  const server = http.createServer(async (req, res) => {
    const url = `http://${req.headers.host}${req.url}`
    const hasBody = !['GET', 'HEAD'].includes(req.method ?? 'GET')
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'connection') headers.set(name, value)
    const init: RequestInit & { duplex?: 'half' } = {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream) : undefined,
      duplex: hasBody ? 'half' : undefined,
    }
    const response = await handleEndpoints({ config, path: new URL(url).pathname, request: new Request(url, init), payloadInstanceCacheKey: 'host' })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.keepAliveTimeout = 0
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/** The change feed of the host: posts are public once published. */
const HOST_CONTENT_API = {
  collections: { posts: { label: '文章', public: { _status: { equals: 'published' } } } },
  feed: false as const,
  users: { slug: 'members' },
}

/** The host's own audit rule: a post without a story is reported to the web office. */
const emptyStories = {
  id: 'host-empty-story',
  title: '文章缺少正文',
  collect: async ({ payload }: { payload: Payload }) => {
    const { docs } = await otherApp(payload).find({ collection: 'posts', where: { story: { exists: false } }, depth: 0, limit: 100, overrideAccess: true })
    return docs.map((post) => ({ severity: 'yellow' as const, subject: `posts:${post.id}`, message: `《${String(post.headline)}》缺少正文` }))
  },
}

const bootHost = async (): Promise<Host> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-host-'))
  const database = await freshDatabase(dir)
  const users = {
    slug: 'members',
    rolesOf: (user: Record<string, unknown> | null | undefined) => DUTIES[String(user?.duty ?? '')] ?? [],
    departmentOf: (user: Record<string, unknown> | null | undefined) => (typeof user?.office === 'string' ? user.office : null),
  }
  const config = await buildConfig({
    secret: 'host-secret',
    admin: { user: 'members' },
    collections: [Members, Posts],
    editor: lexicalEditor(),
    db: database.adapter,
    telemetry: false,
    logger: { options: { level: 'fatal' } },
    plugins: [
      calendarPlugin({ users }),
      schedulerPlugin({ users, instance: 'host' }),
      workflowPlugin({
        users,
        departments: false,
        uploads: false,
        sensitiveTerms: false,
        robotUser: { email: 'robot@host.invalid', name: '定时发布', data: { duty: 'writer' } },
        schedule: { cron: '* * * * * *' },
        collections: {
          posts: {
            contentFields: ['headline', 'story'],
            titleField: 'headline',
            departmentField: 'office',
            requiredToSubmit: ['headline', 'story'],
            precheck: { fullTextFields: ['story'] },
            label: '文章',
          },
        },
      }),
      contentApiPlugin(HOST_CONTENT_API),
      auditPlugin({ users, rules: [emptyStories], schedule: false }),
    ],
  })
  const payload = await getPayload({ config, key: 'host' })
  const { url, server } = await serve(config)
  return {
    payload,
    config,
    url,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      // The host's shutdown: the tasks its scheduler started in onInit stop (and finish a slot in progress) first.
      await stopScheduler(payload)
      await closePayload(payload)
      await database.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

let host: Host
const tokens: Record<string, string> = {}
const offices = { a: 'OFFICE-A', b: 'OFFICE-B' }

type Reply = { status: number; json: Record<string, unknown> & { errors?: Array<{ message: string }> } }

const call = async (method: string, route: string, options: { as?: string; body?: unknown } = {}): Promise<Reply> => {
  const headers: Record<string, string> = {}
  if (options.as) headers.authorization = `JWT ${tokens[options.as]}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(`${host.url}${route}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const text = await response.text()
  return { status: response.status, json: text.startsWith('{') ? JSON.parse(text) : { text } }
}

const member = async (key: string, duty: keyof typeof DUTIES, office: string) => {
  await otherApp(host.payload).create({ collection: 'members', data: { email: `${key}@host.test`, password: PASSWORD, displayName: key, duty, office } })
  const login = await call('POST', '/api/members/login', { body: { email: `${key}@host.test`, password: PASSWORD } })
  expect(login.status).toBe(200)
  tokens[key] = String(login.json.token)
}

const draftPost = async (as: string, headline: string, story: string | null = '正文第一段。') => {
  const created = await call('POST', '/api/posts?draft=true', {
    as,
    body: { headline, office: offices.a, ...(story === null ? {} : { story: lexicalFromParagraphs([story]) }), _status: 'draft' },
  })
  expect(created.status).toBe(201)
  return (created.json.doc as { id: number | string }).id
}

const act = (as: string, id: number | string, body: Record<string, unknown>) => call('POST', `/api/posts/${id}/workflow`, { as, body })

const register = async (id: number | string) =>
  (
    await otherApp(host.payload).find({ collection: 'approval-records', where: { 'subject.value': { equals: id } }, sort: 'at', depth: 0, overrideAccess: true })
  ).docs

beforeAll(async () => {
  host = await bootHost()
  await member('writer', 'writer', offices.a)
  await member('checker', 'checker', offices.a)
  await member('censor', 'censor', offices.a)
  await member('chief', 'chief', offices.a)
  await member('stranger', 'checker', offices.b)
  await member('webmaster', 'webmaster', offices.a)
})
afterAll(async () => {
  await host?.close()
})

describe('a foreign host installs the plugins', () => {
  it('adds the register and the runs collection, and none of Gongkai’s own collections', () => {
    const slugs = host.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['members', 'posts', 'approval-records', 'scheduler-runs']))
    for (const gongkai of ['documents', 'interpretations', 'users', 'departments', 'media', 'columns']) expect(slugs).not.toContain(gongkai)
    const register = host.config.collections.find((collection) => collection.slug === 'approval-records')!
    const subject = register.fields.find((field) => 'name' in field && field.name === 'subject') as { relationTo: string[] }
    expect(subject.relationTo).toEqual(['posts'])
  })

  it('runs 三审 on posts: submit, 初审, 保密审查, 终审, each signature in the register', async () => {
    const id = await draftPost('writer', '社区通知')
    expect(await call('GET', `/api/posts/${id}`)).toMatchObject({ status: 404 })
    expect((await act('writer', id, { action: 'submit' })).json).toMatchObject({ reviewState: 'submitted' })
    // Roles come from the host's `duty`, departments from its `office` text: a checker of another office may not sign.
    const foreign = await act('stranger', id, { action: 'approve', opinion: '同意' })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect((await act('checker', id, { action: 'approve', opinion: '同意' })).json).toMatchObject({ reviewState: 'first-reviewed' })
    // The author never signs: the writer may not approve its own item at any stage.
    expect((await act('writer', id, { action: 'approve', opinion: '同意' })).status).toBe(403)
    expect((await act('censor', id, { action: 'approve', opinion: '无涉密内容' })).json).toMatchObject({ reviewState: 'secrecy-reviewed' })
    expect((await act('chief', id, { action: 'approve', opinion: '同意发布' })).json).toMatchObject({ reviewState: 'published', _status: 'published' })
    const open = await call('GET', `/api/posts/${id}`)
    expect(open.status).toBe(200)
    expect(open.json.headline).toBe('社区通知')
    expect((await register(id)).map((entry) => [entry.action, entry.toState, entry.actorName, entry.subjectTitle])).toEqual([
      ['submit', 'submitted', 'writer', '社区通知'],
      ['approve', 'first-reviewed', 'checker', '社区通知'],
      ['approve', 'secrecy-reviewed', 'censor', '社区通知'],
      ['approve', 'published', 'chief', '社区通知'],
    ])
  })

  it('refuses direct publishing and submitting without the host’s required fields', async () => {
    const id = await draftPost('writer', '无正文的文章', null)
    const refused = await act('writer', id, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.json.errors?.[0].message).toMatch(/^请先填写必填项：/)
    const direct = await call('PATCH', `/api/posts/${id}`, { as: 'writer', body: { _status: 'published' } })
    expect(direct.status).toBe(403)
  })

  it('publishes a scheduled post from the scheduler the plugins started in onInit', async () => {
    const id = await draftPost('writer', '定时发布的文章')
    for (const [as, action] of [['writer', 'submit'], ['checker', 'approve'], ['censor', 'approve']] as const) {
      expect((await act(as, id, { action, opinion: '同意' })).status).toBe(200)
    }
    const publishAt = new Date(Date.now() + 1500).toISOString()
    expect((await act('chief', id, { action: 'approve', opinion: '同意', publishAt })).json).toMatchObject({ reviewState: 'scheduled' })
    const task = [...cron.getTasks().values()].find((candidate) => candidate.name === 'publish-scheduled')
    expect(task).toBeDefined()
    // Each per-second slot of the real cron ends with an event; wait for slots (never a sleep) until the post is out.
    let state = ''
    for (let slot = 0; slot < 30 && state !== 'published'; slot++) {
      await new Promise((resolve) => {
        task!.once('execution:finished', resolve)
        task!.once('execution:skipped', resolve)
        task!.once('execution:failed', resolve)
      })
      state = String((await otherApp(host.payload).findByID({ collection: 'posts', id, depth: 0, overrideAccess: true })).reviewState)
    }
    expect(state).toBe('published')
    expect((await register(id)).at(-1)).toMatchObject({ action: 'publish-scheduled', toState: 'published', actorName: '定时发布' })
  })
})

describe('the change feed and the audit in the host', () => {
  it('lists published posts in the public change feed, and nothing of drafts', async () => {
    const draft = await draftPost('writer', '尚在起草的文章')
    const id = await draftPost('writer', '进入变更记录的文章')
    for (const [as, action] of [['writer', 'submit'], ['checker', 'approve'], ['censor', 'approve'], ['chief', 'approve']] as const) {
      expect((await act(as, id, { action, opinion: '同意' })).status).toBe(200)
    }
    const feed = await call('GET', '/api/public/changes?limit=100')
    expect(feed.status).toBe(200)
    const items = feed.json.items as Array<{ collection: string; id: number | string; op: string }>
    expect(items).toEqual(expect.arrayContaining([expect.objectContaining({ collection: 'posts', id, op: 'upsert' })]))
    expect(items.map((item) => String(item.id))).not.toContain(String(draft))
    expect(items.every((item) => item.collection === 'posts')).toBe(true)
  })

  it('runs an audit with the host’s own rule and keeps its finding as a notice', async () => {
    const bare = await draftPost('writer', '没有正文的草稿', null)
    expect((await call('POST', '/api/audits/run', { as: 'writer', body: {} })).status).toBe(403)
    const run = await call('POST', '/api/audits/run', { as: 'webmaster', body: {} })
    expect(run.status).toBe(200)
    const notices = await otherApp(host.payload).find({ collection: 'audit-notices', where: { rule: { equals: 'host-empty-story' } }, depth: 0, overrideAccess: true })
    // Exactly the posts without a story (this one, and any an earlier test left), never a post with one.
    const bareIds = (await otherApp(host.payload).find({ collection: 'posts', where: { story: { exists: false } }, depth: 0, overrideAccess: true })).docs.map((post) => String(post.id))
    expect(bareIds).toContain(String(bare))
    expect(notices.docs.map((notice) => String(notice.subjectId)).sort()).toEqual(bareIds.sort())
    expect(notices.docs).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'host-empty-story', severity: 'yellow', subjectType: 'posts', subjectId: String(bare), message: '《没有正文的草稿》缺少正文' })]),
    )
  })
})
