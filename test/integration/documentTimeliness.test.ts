/**
 * Issue 16 on a real database: the publication deadlines (成文, 变更, 转载) recorded at publication as publishedLate
 * and audited with an injected clock on the 工作日历; refusals at their field (转载 unconfirmed, attachment-only
 * bodies on submit, department codes by scheme); the 发文字号 warning with its correction at review.
 * 2026 国庆: 10-01…10-07 off, Saturday 10-10 a make-up working day.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, body, crewFor, login, makeColumn, makeDepartment, makeDocument, makeUser } from '../helpers/fixtures'
import { beijing, fixClock } from '../helpers/clock'
import { messageOf } from '../../domain/errors'
import { runAudit } from '../../plugins/audit/runAudit'
import type { Id } from '../../domain/ids'

let ctx: TestContext
let server: TestServer
let dept: { id: Id }
let column: { id: Id }

// Every date below is relative to this fixed clock, never to the day the tests run.
fixClock(beijing('2026-09-20', '09:00'))

beforeAll(async () => {
  ctx = await bootPayload()
  server = await startServer(ctx)
  await ctx.payload.updateGlobal({ slug: 'settings', data: { annualReports: { departmentDue: '12-31', governmentDue: '12-31' } } })
  dept = await makeDepartment(ctx.payload)
  column = await makeColumn(ctx.payload, { kind: 'notice', department: dept.id })
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

const draft = (data: Record<string, unknown> = {}) => makeDocument(ctx.payload, { column: column.id, department: dept.id, ...data } as never, { draft: true })

/** Submit and the three reviews, the last signature (the publication) at `publishAt` in Beijing. */
const publishOn = async (id: Id, day: string, time = '10:00') => {
  const crew = await crewFor(ctx.payload, dept.id)
  const now = beijing(day, '09:00')
  await act(ctx.payload, crew.editor, { collection: 'documents', id, action: 'submit', now })
  await act(ctx.payload, crew.reviewer, { collection: 'documents', id, action: 'approve', now })
  await act(ctx.payload, crew.secrecy, { collection: 'documents', id, action: 'approve', now })
  return act(ctx.payload, crew.approver, { collection: 'documents', id, action: 'approve', now: beijing(day, time) })
}

const audit = async (day: string) => (await runAudit(ctx.payload, { now: beijing(day, '08:30'), dryRun: true })).findings
const findingsOf = async (day: string, id: Id, rule: string) => (await audit(day)).filter((f) => f.subjectId === String(id) && f.rule === rule).map((f) => f.severity)

describe('publishedLate: how many working days late, recorded at publication', () => {
  // Formed Monday 09-28: the 20th working day is Friday 10-30.
  it.each([
    ['2026-10-30', 0],
    ['2026-10-31', 1],
    ['2026-11-03', 2],
  ])('formed 2026-09-28 and published %s → %i', async (day, late) => {
    const doc = await draft({ formedAt: beijing('2026-09-28').toISOString() })
    const published = await publishOn(doc.id, day)
    expect(published.publishedLate).toBe(late)
    expect(new Date(published.lastPublishedAt as string).toISOString()).toBe(beijing(day, '10:00').toISOString())
  })

  it('counts from the 变更日期 when the item changed before its first publication', async () => {
    const doc = await draft({ formedAt: beijing('2026-08-03').toISOString(), changedAt: beijing('2026-09-28').toISOString() })
    expect((await publishOn(doc.id, '2026-10-30')).publishedLate).toBe(0)
  })

  it('counts 5 working days from a change of published information, and keeps the count on a republication without a change', async () => {
    const doc = await draft({ formedAt: beijing('2026-09-07').toISOString() })
    expect((await publishOn(doc.id, '2026-09-08')).publishedLate).toBe(0)
    await ctx.payload.update({ collection: 'documents', id: doc.id, draft: true, data: { changedAt: beijing('2026-09-28').toISOString(), body: body('变更后的正文') } as never })
    // 09-29, 09-30, 10-08, 10-09, 10-10 (调休): 10-12 is one working day late.
    expect((await publishOn(doc.id, '2026-10-12')).publishedLate).toBe(1)
    await ctx.payload.update({ collection: 'documents', id: doc.id, draft: true, data: { title: '改正错别字后的标题' } as never })
    expect((await publishOn(doc.id, '2026-11-20')).publishedLate).toBe(1)
  })

  it('counts 1 working day from a 转载 original', async () => {
    const repost = { reposted: true, repostSource: '湖北省人民政府网', repostSourceVerified: true }
    const onTime = await draft({ formedAt: beijing('2026-10-09').toISOString(), repostOriginalDate: beijing('2026-10-09').toISOString(), ...repost })
    expect((await publishOn(onTime.id, '2026-10-10')).publishedLate).toBe(0)
    const late = await draft({ formedAt: beijing('2026-10-09').toISOString(), repostOriginalDate: beijing('2026-10-09').toISOString(), ...repost })
    expect((await publishOn(late.id, '2026-10-12')).publishedLate).toBe(1)
  })
})

describe('the audit of the deadlines, with an injected clock', () => {
  it('flags an unpublished 转载 the day after its one working day', async () => {
    const doc = await draft({ formedAt: beijing('2026-10-09').toISOString(), reposted: true, repostSource: '湖北省人民政府网', repostOriginalDate: beijing('2026-10-09').toISOString(), repostSourceVerified: true })
    expect(await findingsOf('2026-10-10', doc.id, 'publish-overdue')).toEqual(['yellow'])
    expect(await findingsOf('2026-10-11', doc.id, 'publish-overdue')).toEqual(['red'])
  })

  it('counts an unpublished item from its 变更日期', async () => {
    const doc = await draft({ formedAt: beijing('2026-08-03').toISOString(), changedAt: beijing('2026-09-28').toISOString() })
    expect(await findingsOf('2026-10-30', doc.id, 'publish-overdue')).toEqual(['yellow'])
    expect(await findingsOf('2026-10-31', doc.id, 'publish-overdue')).toEqual(['red'])
  })

  it('flags a change of published information: yellow after 5 working days, red after 15 days', async () => {
    const doc = await draft({ formedAt: beijing('2026-09-07').toISOString() })
    await publishOn(doc.id, '2026-09-08')
    await ctx.payload.update({ collection: 'documents', id: doc.id, draft: true, data: { changedAt: beijing('2026-09-28').toISOString(), body: body('变更后的内容') } as never })
    expect(await findingsOf('2026-10-10', doc.id, 'change-overdue')).toEqual([])
    expect(await findingsOf('2026-10-11', doc.id, 'change-overdue')).toEqual(['yellow'])
    expect(await findingsOf('2026-10-13', doc.id, 'change-overdue')).toEqual(['yellow'])
    expect(await findingsOf('2026-10-14', doc.id, 'change-overdue')).toEqual(['red'])
    await publishOn(doc.id, '2026-10-14')
    expect(await findingsOf('2026-10-15', doc.id, 'change-overdue')).toEqual([])
    // Published 3 working days after the 10-10 deadline (10-12, 10-13, 10-14): reported for 90 days.
    const late = (await audit('2026-10-15')).find((f) => f.subjectId === String(doc.id) && f.rule === 'publish-late')
    expect(late).toMatchObject({ severity: 'yellow', message: `“${doc.title}”于 2026-10-14 公开，超过公开时限 3 个工作日` })
    expect(await findingsOf('2027-01-12', doc.id, 'publish-late')).toEqual(['yellow'])
    expect(await findingsOf('2027-01-13', doc.id, 'publish-late')).toEqual([])
  })
})

describe('refusals at their field', () => {
  let editor: ReturnType<typeof api>
  let sysadmin: ReturnType<typeof api>
  beforeAll(async () => {
    const crew = await crewFor(ctx.payload, dept.id)
    editor = api(server.url, await login(server.url, crew.editor.email))
    sysadmin = api(server.url, await login(server.url, (await makeUser(ctx.payload, ['system-admin'], dept.id)).email))
  })
  const errorsOf = (json: any) => (json.errors?.[0]?.data?.errors ?? []).map((e: { path: string; message: string }) => [e.path, e.message])

  it('refuses a 转载 whose source is not confirmed, at 来源已核实', async () => {
    const res = await editor.post('/api/documents?draft=true', {
      title: '转载：国务院关于某事项的通知', column: column.id, department: dept.id, formedAt: beijing('2026-08-31').toISOString(), disclosure: 'proactive', body: body('正文'),
      reposted: true, repostSource: '某公众号', repostOriginalDate: beijing('2026-08-31').toISOString(),
    })
    expect(res.status).toBe(400)
    expect(errorsOf(res.json)).toEqual([['repostSourceVerified', messageOf('app.repost-unverified')]])
  })

  const linkOnly = {
    root: {
      type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
      children: [{
        type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '',
        children: [
          { type: 'text', version: 1, text: '详见附件：', format: 0, style: '', mode: 'normal', detail: 0 },
          {
            type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: { linkType: 'custom', url: 'https://www.example.gov.cn/files/tongzhi.pdf', newTab: false },
            children: [{ type: 'text', version: 1, text: '关于做好防汛工作的通知.pdf', format: 0, style: '', mode: 'normal', detail: 0 }],
          },
        ],
      }],
    },
  }

  it.each([
    ['an empty body', body('  ')],
    ['a body that only links its attachment', linkOnly],
  ])('refuses to submit %s, at 正文', async (_name, value) => {
    const crew = await crewFor(ctx.payload, dept.id)
    const doc = await draft({ body: value })
    await expect(act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })).rejects.toMatchObject({
      data: { errors: [{ path: 'body', message: messageOf('app.attachment-only') }] },
    })
    const res = await editor.post(`/api/documents/${doc.id}/workflow`, { action: 'submit' })
    expect(res.status).toBe(400)
    expect(errorsOf(res.json)).toEqual([['body', messageOf('app.attachment-only')]])
    const stored = await ctx.payload.findByID({ collection: 'documents', id: doc.id, draft: true })
    expect(stored.reviewState).toBe('draft')
  })

  it('lets a column kind named in the settings publish an attachment alone (a scanned 公报)', async () => {
    const crew = await crewFor(ctx.payload, dept.id)
    const bulletins = await makeColumn(ctx.payload, { kind: 'topic', department: dept.id })
    const doc = await draft({ column: bulletins.id, body: linkOnly })
    await expect(act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })).rejects.toMatchObject({ data: { errors: [{ path: 'body' }] } })
    await ctx.payload.updateGlobal({ slug: 'settings', data: { content: { attachmentOnlyColumnKinds: ['topic'] } } as never })
    try {
      expect((await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })).reviewState).toBe('submitted')
    } finally {
      await ctx.payload.updateGlobal({ slug: 'settings', data: { content: { attachmentOnlyColumnKinds: [] } } as never })
    }
  })

  it('submits a body with words of its own next to the attachment link', async () => {
    const crew = await crewFor(ctx.payload, dept.id)
    const doc = await draft({ body: body('请各乡镇于9月30日前完成汛后检查，详见附件。') })
    expect((await act(ctx.payload, crew.editor, { collection: 'documents', id: doc.id, action: 'submit' })).reviewState).toBe('submitted')
  })

  it('accepts 甘州’s local code 620702074 under the 地方编码 scheme and numbers its items 620702074/year-serial', async () => {
    const res = await sysadmin.post('/api/departments', { name: '甘州区政务服务管理局', code: '620702074', codeScheme: 'local', kind: 'department' })
    expect(res.status).toBe(201)
    const doc = await makeDocument(ctx.payload, { column: column.id, department: res.json.doc.id } as never, { draft: true })
    expect(doc.indexNumber).toBe('620702074/2026-00001')
  })

  it('refuses 620702074 as an organisation code (GB 11714 check character), at 机构代码', async () => {
    const res = await sysadmin.post('/api/departments', { name: '甘州区某局', code: '620702074', codeScheme: 'organization-code', kind: 'department' })
    expect(res.status).toBe(400)
    expect(errorsOf(res.json)).toEqual([['code', expect.stringMatching(/^组织机构代码校验位错误，应为/)]])
  })

  it('refuses a local code that does not match the configured pattern, and follows the setting', async () => {
    const res = await sysadmin.post('/api/departments', { name: '某乡镇', code: '62070207', codeScheme: 'local', kind: 'township' })
    expect(res.status).toBe(400)
    expect(errorsOf(res.json)).toEqual([['code', messageOf('app.department-code-local', '^[1-9]\\d{5}\\d{3}$')]])
    await ctx.payload.updateGlobal({ slug: 'settings', data: { localCodePattern: '^\\d{8}$' } as never })
    try {
      expect((await sysadmin.post('/api/departments', { name: '某乡镇', code: '62070207', codeScheme: 'local', kind: 'township' })).status).toBe(201)
    } finally {
      await ctx.payload.updateGlobal({ slug: 'settings', data: { localCodePattern: '^[1-9]\\d{5}\\d{3}$' } as never })
    }
  })

  it('records the scheme a code implies when none is chosen (9 → organisation code, 18 → USCC)', async () => {
    const uscc = await makeDepartment(ctx.payload)
    expect(uscc.codeScheme).toBe('uscc')
    const org = await makeDepartment(ctx.payload, { code: '011217651' })
    expect(org.codeScheme).toBe('organization-code')
  })
})

describe('发文字号 at review: a warning with its correction, never a refusal', () => {
  it('saves 鄂州政办函[2015]024号 and shows the review panel the warning with 鄂州政办函〔2015〕24号', async () => {
    const crew = await crewFor(ctx.payload, dept.id)
    const editor = api(server.url, await login(server.url, crew.editor.email))
    const created = await editor.post('/api/documents?draft=true', {
      title: '关于做好全市政府网站信息内容建设工作的通知', column: column.id, department: dept.id, formedAt: beijing('2026-08-31').toISOString(), disclosure: 'proactive', body: body('正文'), docNumber: '鄂州政办函[2015]024号',
    })
    expect(created.status).toBe(201)
    await act(ctx.payload, crew.editor, { collection: 'documents', id: created.json.doc.id, action: 'submit' })
    const reviewer = api(server.url, await login(server.url, crew.reviewer.email))
    const status = await reviewer.get(`/api/documents/${created.json.doc.id}/workflow`)
    expect(status.status).toBe(200)
    const warning = status.json.findings.find((f: { kind: string }) => f.kind === 'doc-number-format')
    expect(warning).toMatchObject({ level: 'warn', field: 'docNumber', suggestion: '鄂州政办函〔2015〕24号' })
    expect(warning.message).toBe('发文字号格式不规范：发文字号年份应使用六角括号〔〕，例如：鄂州政办函〔2015〕24号；建议改为“鄂州政办函〔2015〕24号”')
  })
})
