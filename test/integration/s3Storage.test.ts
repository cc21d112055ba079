/**
 * Issue 17, point 5: 附件 in S3-compatible object storage (a real s3rver on loopback) when S3_BUCKET/S3_ENDPOINT are
 * set, over real HTTP. The media rules stay as they are on the local disk: files are content (the public reads a file
 * only while a public item links it), every read goes through Payload's access check, and a second instance on the
 * same database and bucket serves what the first stored.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { bootPayload, closePayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { body, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { messageOf } from '../../domain/errors'
import type { Id } from '../../domain/ids'

const PREFIX = 'county/media'

let s3: S3TestServer
let ctx: TestContext
let server: TestServer
let second: { payload: Payload; server: TestServer } | null = null
let office: { id: Id }
let column: { id: Id }
const tokens: Record<'editor' | 'admin', string> = { editor: '', admin: '' }

type Upload = { status: number; json: any }

const upload = async (url: string, token: string, file: { name: string; bytes: Buffer; type: string }, data: Record<string, unknown> = {}): Promise<Upload> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${url}/api/media`, { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const download = async (url: string, token?: string) => {
  const response = await fetch(url, { headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) }
}

/** A small PNG with random pixels: binary bytes that a lossy round trip would change. */
const png = async (): Promise<Buffer> =>
  sharp(randomBytes(16 * 16 * 3), { raw: { width: 16, height: 16, channels: 3 } })
    .png()
    .toBuffer()

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

beforeAll(async () => {
  s3 = await startS3Server('gongkai-media', { S3_PREFIX: PREFIX })
  ctx = await bootPayload(s3.env)
  office = await makeDepartment(ctx.payload, { name: '县人民政府办公室' })
  column = await makeColumn(ctx.payload, { kind: 'notice' })
  server = await startServer(ctx)
  const editor = await makeUser(ctx.payload, ['editor'], office.id)
  const admin = await makeUser(ctx.payload, ['admin'], office.id)
  tokens.editor = await login(server.url, editor.email)
  tokens.admin = await login(server.url, admin.email)
})

afterAll(async () => {
  await second?.server.close()
  if (second) await closePayload(second.payload)
  await server?.close()
  await ctx?.close()
  await s3?.close()
})

describe('附件 in S3-compatible object storage', () => {
  let bytes: Buffer
  let media: { id: Id; filename: string; url: string }

  beforeAll(async () => {
    bytes = await png()
    const res = await upload(server.url, tokens.editor, { name: 'notice-map.png', bytes, type: 'image/png' }, { title: '示意图' })
    expect(res.status).toBe(201)
    media = res.json.doc
  })

  it('stores an editor’s upload as an object in the bucket under S3_PREFIX, not on the local disk', async () => {
    expect(await s3.keys()).toContain(`${PREFIX}/${media.filename}`)
    expect((await s3.object(`${PREFIX}/${media.filename}`)).equals(bytes)).toBe(true)
    expect(fs.existsSync(path.join(ctx.dir, 'media', media.filename))).toBe(false)
  })

  it('records the SHA-256 of the stored bytes, read back from the bucket', async () => {
    const stored = await ctx.payload.findByID({ collection: 'media', id: media.id, depth: 0 })
    expect(stored.sha256).toBe(sha256(bytes))
  })

  it('gives the file an address on the portal’s own file route, never the bucket’s', async () => {
    const url = new URL(media.url, server.url)
    expect(url.pathname).toBe(`/api/media/file/${media.filename}`)
    expect(media.url).not.toContain(s3.endpoint)
    expect(media.url).not.toContain(s3.bucket)
    const read = await fetch(`${server.url}/api/media/${media.id}`, { headers: { authorization: `JWT ${tokens.editor}` } })
    expect(JSON.stringify(await read.json())).not.toContain(s3.endpoint)
  })

  it('serves the file back byte-identical to the staff through /api/media/file/<name>', async () => {
    for (const address of [`${server.url}/api/media/file/${media.filename}`, new URL(media.url, server.url).toString()]) {
      const res = await download(address, tokens.editor)
      expect(res.status).toBe(200)
      expect(res.type).toBe('image/png')
      expect(res.bytes.equals(bytes)).toBe(true)
    }
  })

  it('refuses anonymous readers the file until a public item links it, then serves them the bytes', async () => {
    const before = await download(`${server.url}/api/media/file/${media.filename}`)
    expect([403, 404]).toContain(before.status)
    expect(before.bytes.includes(bytes.subarray(0, 64))).toBe(false)
    await makeDocument(ctx.payload, { title: '关于发布城区示意图的通知', column: column.id, department: office.id, attachments: [media.id] })
    const after = await download(`${server.url}/api/media/file/${media.filename}`)
    expect(after.status).toBe(200)
    expect(after.bytes.equals(bytes)).toBe(true)
  })

  it('keeps a file where the storage put it whatever `prefix` or `_objectKey` an update sends (Payload strips them)', async () => {
    const res = await fetch(`${server.url}/api/media/${media.id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prefix: 'elsewhere', _objectKey: 'other' }),
    })
    expect(res.status).toBe(200)
    const stored = (await ctx.payload.findByID({ collection: 'media', id: media.id, depth: 0 })) as { prefix?: string; _objectKey?: string | null }
    expect(stored.prefix).toBe(PREFIX)
    expect(stored._objectKey ?? null).toBeNull()
    expect((await download(`${server.url}/api/media/file/${media.filename}`)).bytes.equals(bytes)).toBe(true)
  })

  it('has a second instance on the same database and bucket serve the file the first stored', async () => {
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config: ctx.config, key: 'second-instance' })
    second = { payload, server: await startServer({ ...ctx, payload }) }
    const staff = await download(`${second.server.url}/api/media/file/${media.filename}`, tokens.editor)
    expect(staff.status).toBe(200)
    expect(staff.bytes.equals(bytes)).toBe(true)
    const anonymous = await download(`${second.server.url}/api/media/file/${media.filename}`)
    expect(anonymous.bytes.equals(bytes)).toBe(true)
  })

  it('inlines a logo kept in the bucket on the admin’s login page (系统设置 → 标志图片)', async () => {
    const { readBranding } = await import('../../src/admin/branding')
    await ctx.payload.updateGlobal({ slug: 'settings', data: { branding: { logo: media.id } } as never })
    expect((await readBranding(ctx.payload)).logo).toBe(`data:image/png;base64,${bytes.toString('base64')}`)
  })

  it('runs the pre-check on an attachment kept in the bucket: a blocked term in the file stops the submission', async () => {
    await ctx.payload.create({ collection: 'sensitive-terms', data: { term: '内部敏感词', level: 'block', category: 'custom' } })
    const res = await upload(server.url, tokens.editor, { name: 'annex.txt', bytes: Buffer.from('附件正文：内部敏感词，不得外传。'), type: 'text/plain' })
    expect(res.status).toBe(201)
    const created = await fetch(`${server.url}/api/documents?draft=true`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: '关于附件预审的通知', column: column.id, department: office.id, formedAt: new Date().toISOString(), disclosure: 'proactive', body: body('正文内容'), attachments: [res.json.doc.id] }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: Id } }
    const submit = await fetch(`${server.url}/api/documents/${doc.id}/workflow`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'submit' }),
    })
    expect(submit.status).toBe(400)
    expect(((await submit.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/^预审发现\d+处禁止发布的内容/)
  })

  it('deletes the object with the media record', async () => {
    const spare = await upload(server.url, tokens.editor, { name: 'draft-scan.png', bytes: await png(), type: 'image/png' })
    expect(spare.status).toBe(201)
    const key = `${PREFIX}/${spare.json.doc.filename}`
    expect(await s3.keys()).toContain(key)
    const res = await fetch(`${server.url}/api/media/${spare.json.doc.id}`, { method: 'DELETE', headers: { authorization: `JWT ${tokens.admin}` } })
    expect(res.status).toBe(200)
    expect(await s3.keys()).not.toContain(key)
  })
})

describe('object storage faults', () => {
  afterEach(() => s3.start())

  it('refuses an upload while the storage does not answer with a Chinese 503, and keeps no record or object', async () => {
    const records = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const objects = await s3.keys()
    await s3.stop()
    const res = await upload(server.url, tokens.editor, { name: 'outage.png', bytes: await png(), type: 'image/png' }, { title: '存储中断时上传' })
    expect(res.status).toBe(503)
    expect(res.json.errors[0].message).toBe(messageOf('app.storage-unavailable'))
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(records)
    expect((await ctx.payload.count({ collection: 'media', where: { title: { equals: '存储中断时上传' } } })).totalDocs).toBe(0)
    await s3.start()
    expect(await s3.keys()).toEqual(objects)
    // The storage back, the same upload goes through.
    const retry = await upload(server.url, tokens.editor, { name: 'outage.png', bytes: await png(), type: 'image/png' }, { title: '存储中断时上传' })
    expect(retry.status).toBe(201)
  })
})
