/**
 * Section 三 (收到和处理政府信息公开申请情况) laid out as the official table: the columns 自然人 and the five kinds of
 * 法人或其他组织 with 总计, the rows 一 … 四 with 本年度办理结果 in its groups （一）…（七）. The figures come from
 * domain/applications/annualTable.ts; this module only words and orders them.
 */
import { TABLE_COLUMNS, tableImbalances, type AnnualTable, type TableRow } from '../applications/annualTable'
import { APPLICANT_TYPES, APPLICATION_OUTCOMES } from '../applications/vocabulary'

export type LayoutRow = {
  label: string
  /** 0: 一、二、三、四; 1: （一）…（七）; 2: 1. 2. … */
  level: 0 | 1 | 2
  /** The table row it shows; absent for a heading row without figures. */
  code?: TableRow
  /** One figure per column (TABLE_COLUMNS order), when `code` is set. */
  cells?: number[]
}

export type RequestTableLayout = {
  /** The top header: 自然人, 法人或其他组织 (five columns), 总计. */
  groups: Array<{ label: string; span: number }>
  columns: string[]
  rows: LayoutRow[]
  imbalances: string[]
}

export const REQUEST_ROW_LABELS = {
  new: '一、本年新收政府信息公开申请数量',
  'carried-in': '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  total: '（七）总计',
  'carried-out': '四、结转下年度继续办理',
} as const

export const requestTableLayout = (table: AnnualTable): RequestTableLayout => {
  const cells = (code: TableRow) => TABLE_COLUMNS.map((column) => table.rows[code][column])
  const rows: LayoutRow[] = [
    { label: REQUEST_ROW_LABELS.new, level: 0, code: 'new', cells: cells('new') },
    { label: REQUEST_ROW_LABELS['carried-in'], level: 0, code: 'carried-in', cells: cells('carried-in') },
    { label: REQUEST_ROW_LABELS.results, level: 0 },
  ]
  const groups = [...new Set(APPLICATION_OUTCOMES.map((o) => o.group))]
  for (const group of groups) {
    const outcomes = APPLICATION_OUTCOMES.filter((o) => o.group === group)
    // （一）予以公开 and （二）部分公开 are one outcome each: the group's own row holds the figures.
    if (outcomes.length === 1) {
      rows.push({ label: group, level: 1, code: outcomes[0].value, cells: cells(outcomes[0].value) })
      continue
    }
    rows.push({ label: group, level: 1 })
    for (const outcome of outcomes) rows.push({ label: outcome.label, level: 2, code: outcome.value, cells: cells(outcome.value) })
  }
  rows.push({ label: REQUEST_ROW_LABELS.total, level: 1, code: 'total', cells: cells('total') })
  rows.push({ label: REQUEST_ROW_LABELS['carried-out'], level: 0, code: 'carried-out', cells: cells('carried-out') })
  return {
    groups: [
      { label: '自然人', span: 1 },
      { label: '法人或其他组织', span: APPLICANT_TYPES.length - 1 },
      { label: '总计', span: 1 },
    ],
    columns: [...APPLICANT_TYPES.map((t) => t.label), '总计'],
    rows,
    imbalances: tableImbalances(table),
  }
}
