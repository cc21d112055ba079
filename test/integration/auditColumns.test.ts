/**
 * The column audit on a real database with a fixed clock: cycles follow the settings unless a column overrides them,
 * yearly columns go stale, a column is charged to the department that answers for it (its own, its ancestor's, the
 * county office's), vetoes hold per top-level column and per department's sub-site, and a 政策解读 column counts its
 * own department's interpretations only.
 */
import type { Where } from 'payload'
import { bootPayload, type TestContext } from '../helpers/testPayload'
import { makeColumn, makeDepartment, makeDocument, makeInterpretation } from '../helpers/fixtures'
import type { Column, Department } from '../../src/payload-types'
import { runAudit } from '../../plugins/audit/runAudit'
import { beijing, fixClock } from '../helpers/clock'

/** Everything is published on Monday 2026-03-02 in Beijing; the audits run on the days they name, 08:30. */
fixClock(beijing('2026-03-02', '10:00'))
const on = (day: string) => beijing(day, '08:30')

let ctx: TestContext
let office: Department
let education: Department
let health: Department
let site: Column
let news: Column
let leaders: Column
let eduInterpretations: Column
let healthInterpretations: Column

const findings = async (day: string, where: (f: { rule: string; subjectId: string }) => boolean = () => true) =>
  (await runAudit(ctx.payload, { now: on(day), dryRun: true })).findings.filter(where)
const about = (column: Column) => (f: { subjectId: string; subjectType: string }) => f.subjectType === 'columns' && f.subjectId === String(column.id)

beforeAll(async () => {
  ctx = await bootPayload()
  await ctx.payload.updateGlobal({ slug: 'settings', data: { annualReports: { departmentDue: '12-31', governmentDue: '12-31' }, site: { emptyColumnsVeto: 2, staleKeyColumnsVeto: 5, staleColumnsVeto: 10 } } })
  office = await makeDepartment(ctx.payload, { name: '县政府办公室', kind: 'office' })
  education = await makeDepartment(ctx.payload, { name: '县教育局' })
  health = await makeDepartment(ctx.payload, { name: '县卫生健康局' })
  // 部门信息公开 (no 保障单位) → 县教育局 (its site) → 工作动态 (none of its own): the 动态 column is the bureau's.
  const portal = await makeColumn(ctx.payload, { title: '部门信息公开', kind: 'topic' })
  site = await makeColumn(ctx.payload, { title: '县教育局', kind: 'organization', parent: portal.id, department: education.id })
  news = await makeColumn(ctx.payload, { title: '教育动态', kind: 'news', parent: site.id })
  leaders = await makeColumn(ctx.payload, { title: '领导信息', kind: 'leaders', parent: site.id })
  eduInterpretations = await makeColumn(ctx.payload, { title: '教育政策解读', kind: 'interpretation', parent: site.id })
  healthInterpretations = await makeColumn(ctx.payload, { title: '卫健政策解读', kind: 'interpretation', department: health.id })
  const policyColumn = await makeColumn(ctx.payload, { title: '教育政策文件', kind: 'policy', parent: site.id })
  for (const column of [portal, site, news, leaders]) await makeDocument(ctx.payload, { column: column.id, department: education.id })
  const policy = await makeDocument(ctx.payload, { column: policyColumn.id, department: education.id, kind: 'policy', requiresInterpretation: false })
  await makeInterpretation(ctx.payload, { policy: policy.id, department: education.id })
})
afterAll(async () => {
  await ctx?.close()
})

describe('update cycles', () => {
  it('a 领导信息 column is yearly by default: nothing on day 334, yellow on 335, red on day 365 (2027-03-02)', async () => {
    expect(await findings('2027-01-30', about(leaders) as never)).toEqual([])
    expect((await findings('2027-01-31', about(leaders) as never)).map((f) => f.severity)).toEqual(['yellow'])
    expect((await findings('2027-03-01', about(leaders) as never)).map((f) => f.severity)).toEqual(['yellow'])
    expect((await findings('2027-03-02', about(leaders) as never)).map((f) => [f.rule, f.severity])).toEqual([['column-stale', 'red']])
  })

  it('a later change of the setting reaches a column that has no cycle of its own; an override keeps its own', async () => {
    await ctx.payload.updateGlobal({ slug: 'settings', data: { columns: { leaders: 400 } } })
    expect(await findings('2027-03-02', about(leaders) as never)).toEqual([])
    await ctx.payload.update({ collection: 'columns', id: leaders.id, data: { updateCycleDays: 365 } })
    expect((await findings('2027-03-02', about(leaders) as never)).map((f) => f.severity)).toEqual(['red'])
    await ctx.payload.update({ collection: 'columns', id: leaders.id, data: { updateCycleDays: null } })
    await ctx.payload.updateGlobal({ slug: 'settings', data: { columns: { leaders: 365 } } })
  })
})

describe('who is charged', () => {
  it('a department’s 动态 column without a 保障单位 of its own is charged to the department whose site it is in, red on day 14', async () => {
    expect((await findings('2026-03-15', about(news) as never)).map((f) => f.severity)).toEqual(['yellow'])
    const [stale] = await findings('2026-03-16', about(news) as never)
    expect([stale.rule, stale.severity, String(stale.department)]).toEqual(['column-stale', 'red', String(education.id)])
  })

  it('a top-level column no one names is the county office’s', async () => {
    const lonely = await makeColumn(ctx.payload, { title: '无人认领的栏目', kind: 'notice' })
    const [empty] = await findings('2026-03-03', about(lonely) as never)
    expect([empty.rule, String(empty.department)]).toEqual(['column-empty', String(office.id)])
    await ctx.payload.update({ collection: 'columns', id: lonely.id, data: { status: 'closed' } })
  })
})

describe('政策解读 columns', () => {
  it('count their own department’s interpretations: the bureau’s column is not empty, the health bureau’s is', async () => {
    const rules = await findings('2026-03-03', (f) => [String(eduInterpretations.id), String(healthInterpretations.id)].includes(f.subjectId))
    expect(rules.map((f) => [f.rule, f.subjectId, String(f.department)])).toEqual([['column-empty', String(healthInterpretations.id), String(health.id)]])
  })
})

describe('单项否决 per sub-site and per top-level column', () => {
  it('with the veto at 2 empty columns: one empty column of the bureau → no veto of its site; two → its site, its top-level column and the portal', async () => {
    const vetoes = async () =>
      (await findings('2026-03-03', (f) => f.rule === 'site-veto')).map((f) => [f.subjectId, f.department === null ? null : String(f.department), f.severity]).sort()
    const first = await makeColumn(ctx.payload, { title: '空栏目一', kind: 'notice', parent: site.id })
    // The health bureau's empty 政策解读 column and this one: the portal has two.
    expect(await vetoes()).toEqual([['empty-columns', null, 'red']])
    await makeColumn(ctx.payload, { title: '空栏目二', kind: 'notice', parent: site.id })
    const portalId = String((await ctx.payload.findByID({ collection: 'columns', id: site.id, depth: 0 })).parent)
    expect(await vetoes()).toEqual(
      [
        ['empty-columns', null, 'red'],
        [`column-${portalId}:empty-columns`, String(office.id), 'red'],
        [`department-${education.id}:empty-columns`, String(education.id), 'red'],
      ].sort(),
    )
    const result = await runAudit(ctx.payload, { now: on('2026-03-03') })
    const where: Where = { and: [{ rule: { equals: 'site-veto' } }, { department: { equals: education.id } }, { status: { equals: 'open' } }] }
    const [notice] = (await ctx.payload.find({ collection: 'audit-notices', where, depth: 0 })).docs
    expect(result.errors).toEqual([])
    expect([notice.severity, notice.subjectTitle, notice.message]).toEqual(['red', '县教育局子站空白栏目数量', '县教育局子站空白栏目共 2 个，达到单项否决标准（2 个）'])
    await ctx.payload.update({ collection: 'columns', id: first.id, data: { status: 'closed' } })
  })
})
