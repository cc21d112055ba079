/** The 通报 as data (domain/inspection/bulletin.ts): title, figures, problems per unit, suggestions, deadline, annexes. */
import { buildBulletin, bulletinParagraphs, bulletinTitle } from '../../../domain/inspection/bulletin'
import { listedUnits, unitProblems } from '../../../domain/inspection/bulletinProblems'
import { bulletinTemplatesFrom, DEFAULT_BULLETIN_TEMPLATES, suggestionField } from '../../../domain/inspection/bulletinTemplates'
import { chineseDate, fillTemplate, percent, quarterName } from '../../../domain/inspection/bulletinFormat'
import { DEFAULT_INSPECTION_SETTINGS } from '../../../domain/inspection/defaults'
import type { DepartmentResult, Figures, QuarterSnapshot } from '../../../domain/inspection/model'

const figures = (over: Partial<Figures> = {}): Figures => ({
  published: { total: 0, dynamic: 0, statutory: 0 },
  policies: { total: 0, interpreted: 0 },
  applications: { received: 0, answered: 0 },
  newMedia: { posts: 0, accounts: 0, qualified: 0, unqualified: 0, closing: 0, passRate: null },
  columns: { guide: 'fresh', organization: 'fresh', leaders: 'fresh', 'annual-report': 'fresh', area: 'fresh' },
  ...over,
})

const dept = (id: number, name: string, over: Partial<DepartmentResult> = {}): DepartmentResult => ({
  id,
  name,
  colour: 'green',
  reasons: [],
  score: 100,
  rank: 1,
  deductions: [],
  figures: figures(),
  ...over,
})

const sanzha = dept(1, '三闸镇', {
  colour: 'red',
  score: 86,
  deductions: [
    { item: 'column-update', findings: 2, points: 4, notices: [11, 12] },
    { item: 'new-media', findings: 1, points: 3, notices: [13] },
  ],
  figures: figures({
    columns: { guide: 'missing', organization: 'fresh', leaders: 'missing', 'annual-report': 'fresh', news: 'stale', area: 'missing' },
    newMedia: { posts: 120, accounts: 2, qualified: 1, unqualified: 1, closing: 0, passRate: 0.5 },
  }),
})
const changan = dept(2, '长安镇', {
  score: 96,
  deductions: [{ item: 'content-quality', findings: 3, points: 3, notices: [] }],
  figures: figures({ policies: { total: 3, interpreted: 1 }, columns: { guide: 'fresh', organization: 'missing', leaders: 'fresh', 'annual-report': 'fresh', area: 'stale' } }),
})
const xijie = dept(3, '西街街道', { figures: figures({ newMedia: { posts: 40, accounts: 1, qualified: 1, unqualified: 0, closing: 0, passRate: 1 } }) })

const snapshot: QuarterSnapshot = {
  quarter: '2021Q1',
  from: '2021-01-01',
  to: '2021-03-31',
  frozen: true,
  frozenAt: '2021-04-01T01:00:00.000Z',
  figures: figures({
    published: { total: 1422, dynamic: 1261, statutory: 161 },
    policies: { total: 12, interpreted: 10 },
    applications: { received: 1, answered: 1 },
    newMedia: { posts: 9815, accounts: 80, qualified: 70, unqualified: 8, closing: 2, passRate: 0.9 },
  }),
  departments: [sanzha, changan, xijie],
}

const bulletin = buildBulletin({ snapshot, settings: DEFAULT_INSPECTION_SETTINGS, templates: DEFAULT_BULLETIN_TEMPLATES, issuedOn: '2021-03-31', deadline: '2021-04-06' })
const texts = bulletinParagraphs(bulletin)

describe('bulletin › format', () => {
  it.each([
    ['2021Q1', '2021年第一季度'],
    ['2026Q4', '2026年第四季度'],
  ] as const)('names %s as %s', (q, name) => expect(quarterName(q)).toBe(name))
  it.each([
    [0.9, '90%'],
    [0.875, '87.5%'],
    [70 / 78, '89.7%'],
    [1, '100%'],
  ])('writes the ratio %s as %s', (ratio, text) => expect(percent(ratio)).toBe(text))
  it('writes dates the Chinese way', () => expect(chineseDate('2021-04-06')).toBe('2021年4月6日'))
  it('fills known placeholders and leaves unknown ones visible', () => expect(fillTemplate('{季度}检查，{未知}', { 季度: '2021年第一季度' })).toBe('2021年第一季度检查，{未知}'))
})

describe('bulletin › title and 基本情况', () => {
  it('titles the 通报 after the quarter', () => expect(bulletinTitle(snapshot)).toBe('关于2021年第一季度全县政务公开工作检查情况的通报'))
  it('states the county figures: 主动公开 split into 动态 and 法定, 政策 and 解读, 依申请, new-media posts', () =>
    expect(texts).toContain(
      '2021年第一季度，全县共主动公开政府信息1422条，其中动态信息1261条，法定主动公开内容161条；发布政策文件12件，已解读10件；受理政府信息依申请公开1件，已答复1件；各政务新媒体账号共发布信息9815条。',
    ))
  it('states the accounts and their 合格率', () => expect(texts).toContain('全县现有80个政务新媒体账号，此次检查合格70个，不合格8个，正在注销2个，合格率90%。'))
  it('opens with the 主送 and the quarter in the opening sentence', () => {
    expect(texts[0]).toBe('各乡镇人民政府，各街道办事处，县政府各部门：')
    expect(texts[1]).toContain('对全县2021年第一季度政务公开工作进行了检查')
  })
})

describe('bulletin › 存在问题', () => {
  it('finds a unit’s problems from its column matrix, figures and deductions, in the order of the problem types', () =>
    expect(unitProblems(sanzha, DEFAULT_INSPECTION_SETTINGS)).toEqual([
      { key: 'column-stale', details: ['工作动态未及时更新'], rules: ['column-stale'], notices: [11, 12] },
      { key: 'column-empty', details: ['未添加政府信息公开指南、领导简介、重点领域'], rules: ['column-empty', 'site-veto', 'annual-report-missing'], notices: [] },
      { key: 'new-media', details: ['1个政务新媒体账号不合格'], rules: ['new-media-stale', 'new-media-closure-unfiled'], notices: [13] },
    ]))
  it('files a hand-entered deduction under 其他问题 with its rubric label and count', () =>
    expect(unitProblems(changan, DEFAULT_INSPECTION_SETTINGS).map((p) => [p.key, p.details])).toEqual([
      ['column-stale', ['重点领域未及时更新']],
      ['column-empty', ['未添加机构概况']],
      ['interpretation', ['2件政策文件未解读']],
      ['other', ['信息发布质量（人工检查）问题3处']],
    ]))
  it('lists only units with problems', () => expect(listedUnits(snapshot.departments, DEFAULT_INSPECTION_SETTINGS).map((u) => u.name)).toEqual(['三闸镇', '长安镇']))
  it('writes one paragraph per problem type naming the units and counting them', () => {
    const section = texts.slice(texts.indexOf('二、存在问题') + 1, texts.indexOf('三、工作建议'))
    expect(section).toEqual([
      '（一）栏目更新不及时。经查，三闸镇（工作动态未及时更新）、长安镇（重点领域未及时更新），共2个单位存在此类问题。',
      '（二）空白栏目较多。经查，三闸镇（未添加政府信息公开指南、领导简介、重点领域）、长安镇（未添加机构概况），共2个单位存在此类问题。',
      '（三）政策解读不到位。经查，长安镇（2件政策文件未解读），共1个单位存在此类问题。',
      '（四）政务新媒体监管不到位。经查，三闸镇（1个政务新媒体账号不合格），共1个单位存在此类问题。',
      '（五）其他问题。经查，长安镇（信息发布质量（人工检查）问题3处），共1个单位存在此类问题。',
    ])
  })
  it('says so when nothing is to be reported, and sets no deadline sentence', () => {
    const clean = buildBulletin({ snapshot: { ...snapshot, departments: [xijie] }, settings: DEFAULT_INSPECTION_SETTINGS, templates: DEFAULT_BULLETIN_TEMPLATES, issuedOn: '2021-03-31', deadline: '2021-04-06' })
    const paragraphs = bulletinParagraphs(clean)
    expect(paragraphs).toContain('本季度检查未发现需要通报的问题。')
    expect(paragraphs.some((p) => p.includes('整改完成'))).toBe(false)
    expect(clean.listed).toEqual([])
  })
})

describe('bulletin › 工作建议 and 整改期限', () => {
  it('starts with the general template, then the template of each problem type listed', () => {
    const section = texts.slice(texts.indexOf('三、工作建议') + 1)
    expect(section.slice(0, 6).map((t) => t.slice(0, 12))).toEqual([
      `（一）${DEFAULT_BULLETIN_TEMPLATES.general.slice(0, 9)}`,
      `（二）${DEFAULT_BULLETIN_TEMPLATES.suggestions['column-stale'].slice(0, 9)}`,
      `（三）${DEFAULT_BULLETIN_TEMPLATES.suggestions['column-empty'].slice(0, 9)}`,
      `（四）${DEFAULT_BULLETIN_TEMPLATES.suggestions.interpretation.slice(0, 9)}`,
      `（五）${DEFAULT_BULLETIN_TEMPLATES.suggestions['new-media'].slice(0, 9)}`,
      `（六）${DEFAULT_BULLETIN_TEMPLATES.suggestions.other.slice(0, 9)}`,
    ])
  })
  it('states the deadline as a date', () => expect(texts).toContain('此次通报存在的问题，请各相关单位于2021年4月6日前整改完成。'))
  it('takes edited templates and keeps the default for an emptied one', () => {
    const templates = bulletinTemplatesFrom({ general: '  ', [suggestionField('new-media')]: '新媒体要{季度}内整改。', issuer: '甘州区政务公开工作领导小组办公室' })
    expect(templates.general).toBe(DEFAULT_BULLETIN_TEMPLATES.general)
    expect(templates.suggestions['new-media']).toBe('新媒体要{季度}内整改。')
    const edited = bulletinParagraphs(buildBulletin({ snapshot, settings: DEFAULT_INSPECTION_SETTINGS, templates, issuedOn: '2021-03-31', deadline: '2021-04-06' }))
    expect(edited).toContain('（五）新媒体要2021年第一季度内整改。')
    expect(edited.slice(-2)).toEqual(['甘州区政务公开工作领导小组办公室', '2021年3月31日'])
  })
  it('lists the three annexes before the 落款', () =>
    expect(texts.slice(-5, -2)).toEqual(['附件：1.2021年第一季度政务公开主要栏目添加情况汇总表', '　　　2.2021年第一季度基层政务公开专栏信息添加情况', '　　　3.2021年第一季度政务新媒体检查情况汇总表']))
})

describe('bulletin › annexes', () => {
  const [main, grassroots, newMedia] = bulletin.annexes
  it('annex 1: units × 指南/机构概况/领导简介/年报, with the count of units lacking each', () => {
    expect(main!.header).toEqual(['序号', '单位', '政府信息公开指南', '机构概况', '领导简介', '政府信息公开年报'])
    expect(main!.rows).toEqual([
      [1, '三闸镇', '未添加', '已添加', '未添加', '已添加'],
      [2, '长安镇', '已添加', '未添加', '已添加', '已添加'],
      [3, '西街街道', '已添加', '已添加', '已添加', '已添加'],
      ['', '未添加单位数', 1, 1, 1, 0],
      ['', '未更新单位数', 0, 0, 0, 0],
    ])
  })
  it('annex 2: the other columns as 较好 / 数量不足 / 未更新, a dash where a unit has no such column', () => {
    expect(grassroots!.header).toEqual(['序号', '单位', '工作动态', '重点领域'])
    expect(grassroots!.rows).toEqual([
      [1, '三闸镇', '未更新', '数量不足'],
      [2, '长安镇', '—', '未更新'],
      [3, '西街街道', '—', '较好'],
      ['', '较好单位数', 0, 1],
      ['', '数量不足单位数', 0, 1],
      ['', '未更新单位数', 1, 1],
    ])
  })
  it('annex 3: accounts, 合格, 不合格, 注销中, 合格率 per unit with accounts, and the county total', () => {
    expect(newMedia!.header).toEqual(['序号', '单位', '账号数', '合格', '不合格', '注销中', '合格率', '本季度发布信息（条）'])
    expect(newMedia!.rows).toEqual([
      [1, '三闸镇', 2, 1, 1, 0, '50%', 120],
      [2, '西街街道', 1, 1, 0, 0, '100%', 40],
      ['', '合计', 80, 70, 8, 2, '90%', 9815],
    ])
  })
})
