/**
 * The report's tables as plain grids (the .docx draws them; tests read them back): section 二's four tables by article
 * of 条例第二十条, section 三's table and section 四's, with the official row and column headings of 国办公开办函〔2021〕30号.
 * A cell may span columns and rows; a row lists only the cells that start in it.
 */
import type { Cell } from './activeDisclosure'
import type { AnnualReportModel } from './report'
import { REVIEW_GROUPS, REVIEW_RESULTS } from './reviews'

export type GridCell = { text: string; colSpan?: number; rowSpan?: number; header?: boolean }
export type Grid = GridCell[][]

const h = (text: string, more: Partial<GridCell> = {}): GridCell => ({ text, header: true, ...more })
const c = (text: string | number): GridCell => ({ text: String(text) })

export const cellText = (cell: Cell): string => (cell.value === null ? '（未填写）' : String(cell.value))

export const activeDisclosureGrids = (report: AnnualReportModel): Grid[] => {
  const s = report.activeDisclosure
  const decisions = (article: string, rows: Array<[string, Cell]>, measure = '本年处理决定数量'): Grid => [
    [h(article, { colSpan: 2 })],
    [h('信息内容'), h(measure)],
    ...rows.map(([label, cell]) => [c(label), c(cellText(cell))]),
  ]
  return [
    [
      [h('第二十条第（一）项', { colSpan: 4 })],
      [h('信息内容'), h('本年制发件数'), h('本年废止件数'), h('现行有效件数')],
      ...(
        [
          ['规章', s.documents.regulation],
          ['行政规范性文件', s.documents.normative],
        ] as const
      ).map(([label, row]) => [c(label), c(cellText(row.issued)), c(cellText(row.repealed)), c(cellText(row.inForce))]),
    ],
    decisions('第二十条第（五）项', [['行政许可', s.decisions.license]]),
    decisions('第二十条第（六）项', [
      ['行政处罚', s.decisions.penalty],
      ['行政强制', s.decisions.enforcement],
    ]),
    decisions('第二十条第（八）项', [['行政事业性收费', s.fee]], '本年收费金额（单位：万元）'),
  ]
}

/** Where the figures of section 二 come from, one sentence each, printed under its tables. */
export const activeDisclosureSources = (report: AnnualReportModel): string[] => {
  const s = report.activeDisclosure
  const sentences: string[] = []
  for (const [label, row] of [['规章', s.documents.regulation], ['行政规范性文件', s.documents.normative]] as const) {
    const source = row.issued.source
    if (source.kind === 'computed') sentences.push(`${label}：由系统根据本机关已发布的 ${source.documents} 件${label}（年度报告统计类别）按成文日期、施行日期、有效期和有效性统计。`)
  }
  for (const [label, cell] of [['行政许可', s.decisions.license], ['行政处罚', s.decisions.penalty], ['行政强制', s.decisions.enforcement], ['行政事业性收费', s.fee]] as const) {
    const source = cell.source
    sentences.push(source.kind === 'entered' ? `${label}：由${source.by ?? '工作人员'}填报${source.at ? `（${source.at.slice(0, 10)}）` : ''}。` : `${label}：尚未填报。`)
  }
  return sentences
}

export const requestGrid = (report: AnnualReportModel): Grid => {
  const r = report.requests
  const width = r.columns.length
  return [
    [h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colSpan: 2, rowSpan: 3 }), h('申请人情况', { colSpan: width })],
    [h(r.columns[0], { rowSpan: 2 }), h('法人或其他组织', { colSpan: width - 2 }), h(r.columns[width - 1], { rowSpan: 2 })],
    r.columns.slice(1, width - 1).map((label) => h(label)),
    ...r.rows.map((row) => [
      { text: row.label, colSpan: 2 },
      ...(row.cells ? row.cells.map((n) => c(n)) : Array.from({ length: width }, () => c(''))),
    ]),
  ]
}

export const reviewGrid = (report: AnnualReportModel): Grid => {
  const cells = report.reviews.cells
  const results = REVIEW_RESULTS.map((r) => r.label)
  return [
    [h('行政复议', { colSpan: 5 }), h('行政诉讼', { colSpan: 10 })],
    [...results.map((label) => h(label, { rowSpan: 2 })), h('未经复议直接起诉', { colSpan: 5 }), h('复议后起诉', { colSpan: 5 })],
    [...results.map((label) => h(label)), ...results.map((label) => h(label))],
    REVIEW_GROUPS.flatMap((g) => REVIEW_RESULTS.map((r) => c(cells[g.value][r.value]))),
  ]
}
