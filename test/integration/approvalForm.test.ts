/** GET /api/{collection}/:id/approval-form prints what was signed: no opinion nobody wrote, the item's own 信息类别. */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { act, api, crewFor, login, makeColumn, makeDepartment, makeDocument, makeInterpretation, type Crew } from '../helpers/fixtures'
import type { Department } from '../../src/payload-types'
import type { Id } from '../../domain/ids'

let ctx: TestContext
let server: TestServer
let department: Department
let crew: Crew
let asApprover: ReturnType<typeof api>

beforeAll(async () => {
  ctx = await bootPayload()
  department = await makeDepartment(ctx.payload, { name: '县人民政府办公室' })
  crew = await crewFor(ctx.payload, department.id)
  server = await startServer(ctx)
  asApprover = api(server.url, await login(server.url, crew.approver.email))
})
afterAll(async () => {
  await server?.close()
  await ctx?.close()
})

/** 初审 with an opinion, 保密审查 with none, 终审 with an opinion. */
const reviewWithSilentSecrecy = async (collection: 'documents' | 'interpretations', id: Id) => {
  await act(ctx.payload, crew.editor, { collection, id, action: 'submit' })
  await act(ctx.payload, crew.reviewer, { collection, id, action: 'approve', opinion: '内容准确，同意报送' })
  await act(ctx.payload, crew.secrecy, { collection, id, action: 'approve' })
  await act(ctx.payload, crew.approver, { collection, id, action: 'approve', opinion: '同意发布' })
}

const stageRow = (html: string, stage: string) => html.match(new RegExp(`<tr><th>${stage}</th>(.*?)</tr>`))?.[1] ?? ''

describe('approval form', () => {
  let policyId: Id

  beforeAll(async () => {
    const column = await makeColumn(ctx.payload, { kind: 'policy' })
    policyId = (await makeDocument(ctx.payload, { column: column.id, department: department.id }, { draft: true })).id
    await reviewWithSilentSecrecy('documents', policyId)
  })

  it('prints 「（未填写意见）」 where the 保密审查员 wrote no opinion, never 同意', async () => {
    const res = await asApprover.get(`/api/documents/${policyId}/approval-form`)
    expect(res.status).toBe(200)
    expect(stageRow(res.text, '保密审查')).toContain('<td class="empty">（未填写意见）</td>')
    expect(stageRow(res.text, '保密审查')).not.toContain('同意')
  })

  it('prints the opinions that were written, word for word', async () => {
    const res = await asApprover.get(`/api/documents/${policyId}/approval-form`)
    expect(stageRow(res.text, '初审')).toContain('<td>内容准确，同意报送</td>')
    expect(stageRow(res.text, '终审')).toContain('<td>同意发布</td>')
  })

  it('names a 政策文件 as 政策文件 under 信息类别', async () => {
    const res = await asApprover.get(`/api/documents/${policyId}/approval-form`)
    expect(res.text).toContain('<tr><th>信息类别</th><td>政策文件</td>')
  })

  it('gives the same in its JSON form: the category, and the empty opinion as stored', async () => {
    const res = await asApprover.get(`/api/documents/${policyId}/approval-form?format=json`)
    expect(res.json.category).toBe('政策文件')
    expect(res.json.collectionLabel).toBe('政府信息')
    const secrecy = (res.json.signatures as Array<{ stage: string; opinion?: string | null }>).find((s) => s.stage === 'secrecy')
    expect(secrecy?.opinion ?? '').toBe('')
  })

  it('names a 政策解读, whose collection has no kind, by the collection', async () => {
    const interpretation = await makeInterpretation(ctx.payload, { policy: policyId, department: department.id }, { draft: true })
    await reviewWithSilentSecrecy('interpretations', interpretation.id)
    const res = await asApprover.get(`/api/interpretations/${interpretation.id}/approval-form`)
    expect(res.text).toContain('<tr><th>信息类别</th><td>政策解读</td>')
    expect(stageRow(res.text, '保密审查')).toContain('（未填写意见）')
  })
})
