/**
 * Table 三 of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号): applications received and handled in a year, by
 * applicant type. Rows: 本年新收, 上年结转, each outcome (本年度办理结果), 总计, 结转下年度继续办理. An application
 * counts in the year its handling ended (its outcome's date) and is carried over while it is open at a year's end.
 * The table balances by construction, column by column: 新收 + 结转 = 总计 + 结转下年度 (`tableImbalances` checks it).
 */
import { APPLICANT_TYPES, APPLICATION_OUTCOMES, type ApplicantType, type ApplicationOutcome } from './vocabulary'

export const TABLE_COLUMNS = [...APPLICANT_TYPES.map((t) => t.value), 'total'] as const
export type TableColumn = (typeof TABLE_COLUMNS)[number]
export type TableRow = 'new' | 'carried-in' | ApplicationOutcome | 'total' | 'carried-out'
export const TABLE_ROWS: readonly TableRow[] = ['new', 'carried-in', ...APPLICATION_OUTCOMES.map((o) => o.value), 'total', 'carried-out']

/** What the table needs of an application: dates in Beijing time (`yyyy-MM-dd`). */
export type TableApplication = {
  applicantType: ApplicantType
  receivedAt: string
  /** The day its handling ended (answered, or closed as abandoned), with its outcome; null while open. */
  concludedAt: string | null
  outcome: ApplicationOutcome | null
}

export type AnnualTable = { year: number; columns: readonly TableColumn[]; rows: Record<TableRow, Record<TableColumn, number>> }

const emptyRow = (): Record<TableColumn, number> => Object.fromEntries(TABLE_COLUMNS.map((c) => [c, 0])) as Record<TableColumn, number>

export const annualTable = (year: number, applications: readonly TableApplication[]): AnnualTable => {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const rows = Object.fromEntries(TABLE_ROWS.map((row) => [row, emptyRow()])) as AnnualTable['rows']
  const count = (row: TableRow, type: ApplicantType) => {
    rows[row][type]++
    rows[row].total++
  }
  for (const application of applications) {
    const { applicantType: type, receivedAt, concludedAt, outcome } = application
    if (receivedAt > last) continue
    if (concludedAt !== null && concludedAt < first) continue
    count(receivedAt >= first ? 'new' : 'carried-in', type)
    if (concludedAt !== null && concludedAt <= last && outcome) {
      count(outcome, type)
      count('total', type)
    } else {
      count('carried-out', type)
    }
  }
  return { year, columns: TABLE_COLUMNS, rows }
}

/** The columns where 新收 + 结转 ≠ 总计 + 结转下年度, in Chinese; empty when the table balances. */
export const tableImbalances = (table: AnnualTable): string[] =>
  TABLE_COLUMNS.filter((c) => table.rows.new[c] + table.rows['carried-in'][c] !== table.rows.total[c] + table.rows['carried-out'][c]).map((c) => {
    const label = APPLICANT_TYPES.find((t) => t.value === c)?.label ?? '总计'
    return `“${label}”列不平衡：本年新收 ${table.rows.new[c]} + 上年结转 ${table.rows['carried-in'][c]} ≠ 办理结果总计 ${table.rows.total[c]} + 结转下年度 ${table.rows['carried-out'][c]}`
  })
