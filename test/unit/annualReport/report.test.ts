import { annualTable, type TableApplication } from '../../../domain/applications/annualTable'
import { processingFees } from '../../../domain/annualReport/processingFees'
import { blockingProblems, buildReport, reportTitle, type ReportInput } from '../../../domain/annualReport/report'
import { lexicalFromBlocks, reportBlocks } from '../../../domain/annualReport/reportBody'
import { REQUEST_ROW_LABELS, requestTableLayout } from '../../../domain/annualReport/requestTable'
import { reviewCells, reviewProblems } from '../../../domain/annualReport/reviews'
import { requestGrid, reviewGrid } from '../../../domain/annualReport/tables'
import { lexicalPlainText } from '../../../domain/lexicalText'

const apps: TableApplication[] = [
  { applicantType: 'person', receivedAt: '2025-12-31', concludedAt: '2026-01-04', outcome: 'granted' },
  { applicantType: 'company', receivedAt: '2026-01-01', concludedAt: '2026-01-20', outcome: 'refused:state-secret' },
  { applicantType: 'person', receivedAt: '2026-12-31', concludedAt: null, outcome: null },
]

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  year: 2026,
  issuer: '临江县民政局',
  texts: { overview: '本年度……', improvements: '存在问题……', other: '' },
  documents: [],
  figures: { license: { value: 1 }, penalty: { value: 0 }, enforcement: { value: 0 }, fee: { value: 0 } },
  requests: annualTable(2026, apps),
  reviews: { reconsideration: { upheld: 1, corrected: 1, total: 2 } },
  fees: { notices: 0, billed: 0, paid: 0, received: 0 },
  ...over,
})

describe('section 三 › the official layout', () => {
  it('words the rows as the format does and carries the figures per column', () => {
    const layout = requestTableLayout(annualTable(2026, apps))
    expect(layout.columns).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'])
    const byLabel = Object.fromEntries(layout.rows.map((r) => [r.label, r.cells]))
    expect(byLabel[REQUEST_ROW_LABELS.new]).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(byLabel[REQUEST_ROW_LABELS['carried-in']]).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(byLabel['（一）予以公开']).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(byLabel['1.属于国家秘密']).toEqual([0, 1, 0, 0, 0, 0, 1])
    expect(byLabel['（七）总计']).toEqual([1, 1, 0, 0, 0, 0, 2])
    expect(byLabel[REQUEST_ROW_LABELS['carried-out']]).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(layout.rows.map((r) => r.label)).toContain('（三）不予公开')
    expect(layout.imbalances).toEqual([])
  })
  it('reports an unbalanced table as a blocking problem naming the column', () => {
    const table = annualTable(2026, apps)
    table.rows.new.research = 3
    table.rows.new.total += 3
    const report = buildReport(input({ requests: table }))
    expect(blockingProblems(report)).toEqual([
      '“科研机构”列不平衡：本年新收 3 + 上年结转 0 ≠ 办理结果总计 0 + 结转下年度 0',
      '“总计”列不平衡：本年新收 5 + 上年结转 1 ≠ 办理结果总计 2 + 结转下年度 1',
    ])
  })
})

describe('section 四 › 总计 is the sum', () => {
  it('accepts empty cells as 0 and a right total', () => {
    expect(reviewProblems(reviewCells({ reconsideration: { upheld: 1, corrected: 2, other: 0, pending: 1, total: 4 } }))).toEqual([])
    expect(reviewProblems(reviewCells(null))).toEqual([])
  })
  it('refuses a wrong total in Chinese, naming the group', () => {
    expect(reviewProblems(reviewCells({ litigationDirect: { upheld: 1, pending: 1, total: 3 } }))).toEqual(['行政诉讼（未经复议直接起诉）的“总计”3 不等于结果维持、结果纠正、其他结果、尚未审结之和 2'])
  })
  it('refuses a figure that is not a count', () => {
    expect(reviewProblems(reviewCells({ reconsideration: { upheld: -1, total: -1 } }))[0]).toBe('行政复议的“结果维持”应为非负整数（填写为 -1）')
  })
})

describe('section 六 › 信息处理费 from the register', () => {
  it('counts notices and payments dated in the year, defensively', () => {
    const fees = processingFees(2026, [
      [{ type: 'received', date: '2026-01-02' }, { type: 'fee-notice', date: '2026-12-31', amount: 100 }, { type: 'fee-paid', date: '2027-01-01', amount: 100 }],
      [{ type: 'fee-notice', date: '2025-12-31', amount: 50 }, { type: 'fee-notice', date: '2026-01-01', amount: '0.1' }, { type: 'fee-notice', date: '2026-02-01', amount: 'abc' }],
      null,
      [{ type: 'fee-paid', at: '2026-03-01T02:00:00Z', amount: 0.2 }],
    ])
    expect(fees).toEqual({ notices: 3, billed: 100.1, paid: 1, received: 0.2 })
    expect(processingFees(2026, [])).toEqual({ notices: 0, billed: 0, paid: 0, received: 0 })
  })
})

describe('the whole report', () => {
  it('has the title of the format and lists what is still missing, without blocking on it', () => {
    const report = buildReport(input({ texts: {}, figures: {} }))
    expect(report.title).toBe('临江县民政局2026年政府信息公开工作年度报告')
    expect(reportTitle('XX县人民政府', 2027)).toBe('XX县人民政府2027年政府信息公开工作年度报告')
    expect(report.problems.map((p) => p.message)).toEqual([
      '“一、总体情况”尚未填写',
      '“行政许可”的本年处理决定数量尚未填写（没有请填 0）',
      '“行政处罚”的本年处理决定数量尚未填写（没有请填 0）',
      '“行政强制”的本年处理决定数量尚未填写（没有请填 0）',
      '“行政事业性收费”的本年收费金额尚未填写（没有收费请填 0）',
      '“五、存在的主要问题及改进情况”尚未填写',
    ])
    expect(blockingProblems(report)).toEqual([])
  })
  it('writes the body with the six headings and the tables as sentences', () => {
    const report = buildReport(input())
    const text = lexicalPlainText(lexicalFromBlocks(reportBlocks(report)))
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('一、本年新收政府信息公开申请数量：自然人 1，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 2')
    expect(text).toContain('行政复议：结果维持 1，结果纠正 1，其他结果 0，尚未审结 0，总计 2')
    expect(text).toContain('行政许可：由工作人员填报。')
  })
  it('lays out the grids of 三 and 四 with the official headings', () => {
    const report = buildReport(input())
    const three = requestGrid(report)
    expect(three[0][1].text).toBe('申请人情况')
    expect(three[1].map((c) => c.text)).toEqual(['自然人', '法人或其他组织', '总计'])
    const four = reviewGrid(report)
    expect(four[0].map((c) => c.text)).toEqual(['行政复议', '行政诉讼'])
    expect(four[3].map((c) => c.text).slice(0, 5)).toEqual(['1', '1', '0', '0', '2'])
    expect(four[3]).toHaveLength(15)
  })
})
