/**
 * 错链检查 on a real database: published items' links checked against a real loopback server (200, 404, 500, a
 * redirect loop, a redirect to 200, 405 on HEAD, a hang) and in the database, the results turned into 督办通知 for
 * each item's department by the audit, and resolved once the link opens again.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { act, crewFor, makeColumn, makeDepartment, makeDocument } from '../helpers/fixtures'
import { lexicalFromParagraphs } from '../../domain/lexicalText'
import { runLinkCheck } from '../../plugins/linkCheck'
import { runAudit } from '../../plugins/audit/runAudit'
import { startLinkServer, virtualClock, type LinkServer } from '../helpers/linkServers'
import { beijing, fixClock } from '../helpers/clock'
import type { Department, Document } from '../../src/payload-types'

let ctx: TestContext
let server: LinkServer
let first: Department
let second: Department
let linked: Document
let fixable: Document
let withAttachment: Document
const start = beijing('2026-09-07', '07:00').getTime()
fixClock(start)

type Link = { url?: string; internal?: { relationTo: string; value: string | number }; text: string }

/** A body of one paragraph per link, each with words of its own (a body of links only is refused on submit). */
const bodyWith = (...links: Link[]) => {
  const value = lexicalFromParagraphs(links.map(() => '')) as { root: { children: Array<{ children: unknown[] }> } }
  links.forEach((link, i) => {
    value.root.children[i]!.children = [
      { type: 'text', text: `第${i + 1}项参考资料：`, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
      {
        type: 'link',
        version: 3,
        format: '',
        indent: 0,
        direction: 'ltr',
        fields: link.internal ? { linkType: 'internal', doc: link.internal, newTab: false } : { linkType: 'custom', url: link.url, newTab: false },
        children: [{ type: 'text', text: link.text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ]
  })
  return value as unknown as NonNullable<Document['body']>
}

const rows = async (payload: Payload, subjectId?: string | number) =>
  (await payload.find({ collection: 'link-checks', where: subjectId === undefined ? {} : { subjectId: { equals: String(subjectId) } }, pagination: false, depth: 0, sort: 'url' })).docs
const openNotices = async () =>
  (await ctx.payload.find({ collection: 'audit-notices', where: { and: [{ rule: { equals: 'link-broken' } }, { status: { equals: 'open' } }] }, pagination: false, depth: 0, sort: 'subjectId' })).docs

const uploadText = (name: string) =>
  ctx.payload.create({ collection: 'media', data: { title: name }, file: { data: Buffer.from('附件内容'), mimetype: 'text/plain', name, size: 12 }, overrideAccess: true })

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startLinkServer()
  await ctx.payload.updateGlobal({
    slug: 'settings',
    data: {
      // Small numbers so that the hang costs 2 × 200 ms; the loopback server is on the private network, allowed here.
      linkCheck: { timeoutMs: 200, retries: 1, retryBaseMs: 50, retryMaxMs: 100, minHostIntervalMs: 20, perHostConcurrency: 2, concurrency: 4, maxRedirects: 3, allowedPrivateHosts: ['127.0.0.1'], portalOrigins: ['https://www.county.gov.cn'] },
      annualReports: { departmentDue: '12-31', governmentDue: '12-31' },
    },
  })
  first = await makeDepartment(ctx.payload)
  second = await makeDepartment(ctx.payload)
  const column = await makeColumn(ctx.payload, { kind: 'policy', department: first.id })
  const draft = await makeDocument(ctx.payload, { column: column.id, department: first.id }, { draft: true })
  const at = (p: string) => ({ url: `${server.origin}${p}`, text: p })
  linked = await makeDocument(ctx.payload, {
    column: column.id,
    department: first.id,
    formedAt: new Date(start).toISOString(),
    body: bodyWith(at('/ok'), at('/missing'), at('/error'), at('/loop-a'), at('/moved'), at('/no-head'), at('/hang'), { url: 'mailto:office@county.gov.cn', text: '邮箱' }, { internal: { relationTo: 'documents', value: draft.id }, text: '未发布的文件' }),
  })
  const attachment = await uploadText('fujian.txt')
  const lost = await uploadText('lost.txt')
  withAttachment = await makeDocument(ctx.payload, { column: column.id, department: second.id, formedAt: new Date(start).toISOString(), attachments: [attachment.id, lost.id], body: bodyWith({ internal: { relationTo: 'documents', value: 999_999 }, text: '已删除的文件' }) })
  fs.rmSync(path.join(ctx.dir, 'media', 'lost.txt'))
  fixable = await makeDocument(ctx.payload, { column: column.id, department: second.id, formedAt: new Date(start).toISOString(), body: bodyWith(at('/fixable'), at('/ok')) })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

describe('a link check run', () => {
  it('judges each link of a published item, HEAD first, and stores one row per link', async () => {
    const summary = await runLinkCheck(ctx.payload, { clock: virtualClock(start) })
    expect(summary).toMatchObject({ items: 3, broken: 8, ok: 5, unknown: 0, skipped: 0, removed: 0 })
    const verdicts = (await rows(ctx.payload, linked.id)).map((r) => [r.url.replace(server.origin, ''), r.verdict, r.reason, r.httpStatus ?? null])
    expect(verdicts).toEqual([
      ['/api/documents/' + (await ctx.payload.find({ collection: 'documents', where: { _status: { equals: 'draft' } }, draft: true, depth: 0, limit: 1 })).docs[0]!.id, 'broken', 'not-public', null],
      ['/error', 'broken', 'server-error', 500],
      ['/hang', 'broken', 'timeout', null],
      ['/loop-a', 'broken', 'redirect-loop', 302],
      ['/missing', 'broken', 'not-found', 404],
      ['/moved', 'ok', 'ok', 200],
      ['/no-head', 'ok', 'ok', 200],
      ['/ok', 'ok', 'ok', 200],
    ])
    // /ok is linked by two items and asked once; a 500 is asked again after the backoff; 405 on HEAD is asked by GET.
    expect(server.hitsOf('/ok').filter((h) => h.method === 'HEAD')).toHaveLength(2) // once directly, once after /moved
    expect(server.hitsOf('/error').map((h) => h.method)).toEqual(['HEAD', 'HEAD'])
    expect(server.hitsOf('/no-head').map((h) => h.method)).toEqual(['HEAD', 'GET'])
    expect(server.hits.every((h) => h.userAgent === 'Gongkai-LinkCheck/1.0 (government information disclosure portal; link check) (+https://www.county.gov.cn)')).toBe(true)
    const attachments = (await rows(ctx.payload, withAttachment.id)).map((r) => [r.field, r.url, r.verdict, r.reason])
    expect(attachments).toEqual([
      ['body', '/api/documents/999999', 'broken', 'missing'],
      ['附件', '/api/media/file/fujian.txt', 'ok', 'ok'],
      ['附件', '/api/media/file/lost.txt', 'broken', 'missing'],
    ])
  })

  it('the audit turns broken links into one 督办通知 per item, to the item’s department', async () => {
    await runAudit(ctx.payload, { now: new Date(start + 3_600_000) })
    const notices = await openNotices()
    expect(notices.map((n) => [n.subjectType, n.subjectId, n.department, n.severity])).toEqual(
      [
        ['documents', String(linked.id), first.id, 'yellow'],
        ['documents', String(withAttachment.id), second.id, 'yellow'],
        ['documents', String(fixable.id), second.id, 'yellow'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    )
    const forFixable = notices.find((n) => n.subjectId === String(fixable.id))!
    expect(forFixable.message).toBe(`有 1 个链接无法正常打开：${server.origin}/fixable（页面不存在（404）），请修改或删除`)
    expect(notices.find((n) => n.subjectId === String(linked.id))!.message).toMatch(/^有 5 个链接无法正常打开：.*（站内内容未公开或已撤回）；.*\/error（服务器错误，500）；.*\/hang（超时无响应） 等，请修改或删除$/)
  })

  it('a link that opens again resolves its notice at the next audit; the others stay open', async () => {
    server.fix('/fixable')
    await runLinkCheck(ctx.payload, { clock: virtualClock(start + 86_400_000) })
    expect((await rows(ctx.payload, fixable.id)).map((r) => r.verdict)).toEqual(['ok', 'ok'])
    await runAudit(ctx.payload, { now: new Date(start + 86_400_000 + 3_600_000) })
    expect((await openNotices()).map((n) => n.subjectId).sort()).toEqual([String(linked.id), String(withAttachment.id)].sort())
    const resolved = await ctx.payload.find({ collection: 'audit-notices', where: { and: [{ subjectId: { equals: String(fixable.id) } }, { rule: { equals: 'link-broken' } }] }, depth: 0 })
    expect(resolved.docs[0]).toMatchObject({ status: 'resolved' })
  })

  it('a withdrawn item’s links leave the list, and its notice is resolved', async () => {
    const crew = await crewFor(ctx.payload, second.id)
    await act(ctx.payload, crew.approver, { collection: 'documents', id: withAttachment.id, action: 'withdraw', reason: '测试撤回' })
    const summary = await runLinkCheck(ctx.payload, { clock: virtualClock(start + 2 * 86_400_000) })
    expect(summary.removed).toBe(3)
    expect(await rows(ctx.payload, withAttachment.id)).toHaveLength(0)
    await runAudit(ctx.payload, { now: new Date(start + 2 * 86_400_000 + 3_600_000) })
    expect((await openNotices()).map((n) => n.subjectId)).toEqual([String(linked.id)])
  })
})
