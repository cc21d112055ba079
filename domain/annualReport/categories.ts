/**
 * The rows of section 二 (主动公开政府信息情况) of the annual report (国办公开办函〔2021〕30号), by the article of 条例第二十条
 * they report on, and the 年度报告统计类别 a document may carry. The categories are a setting: a county may split a row
 * into several categories (e.g. 县政府规范性文件 and 部门规范性文件, both `normative`), each counted in its row.
 */

export const REPORT_ROWS = [
  { value: 'regulation', label: '规章', article: '第二十条第（一）项', measure: 'documents' },
  { value: 'normative', label: '行政规范性文件', article: '第二十条第（一）项', measure: 'documents' },
  { value: 'license', label: '行政许可', article: '第二十条第（五）项', measure: 'decisions' },
  { value: 'penalty', label: '行政处罚', article: '第二十条第（六）项', measure: 'decisions' },
  { value: 'enforcement', label: '行政强制', article: '第二十条第（六）项', measure: 'decisions' },
  { value: 'fee', label: '行政事业性收费', article: '第二十条第（八）项', measure: 'amount' },
] as const
export type ReportRow = (typeof REPORT_ROWS)[number]['value']
/** Rows counted from documents (本年制发 / 本年废止 / 现行有效); the others are entered. */
export const DOCUMENT_ROWS = ['regulation', 'normative'] as const satisfies readonly ReportRow[]
export type DocumentRow = (typeof DOCUMENT_ROWS)[number]
export const DECISION_ROWS = ['license', 'penalty', 'enforcement'] as const satisfies readonly ReportRow[]
export type DecisionRow = (typeof DECISION_ROWS)[number]

export const isReportRow = (value: unknown): value is ReportRow => REPORT_ROWS.some((r) => r.value === value)
export const rowLabel = (row: ReportRow): string => REPORT_ROWS.find((r) => r.value === row)?.label ?? row

/** One 年度报告统计类别 of the settings: the value stored on a document, its label, the row it counts in. */
export type ReportCategory = { value: string; label: string; row: ReportRow }

/** The official six, one category per row. */
export const DEFAULT_CATEGORIES: readonly ReportCategory[] = REPORT_ROWS.map((r) => ({ value: r.value, label: r.label, row: r.value }))

/** The settings' list, cleaned: entries without a value or with an unknown row are dropped; empty → the defaults. */
export const categoriesFrom = (stored: unknown): ReportCategory[] => {
  const list = Array.isArray(stored) ? stored : []
  const clean = list.flatMap((entry): ReportCategory[] => {
    const e = (entry ?? {}) as Record<string, unknown>
    const value = typeof e.value === 'string' ? e.value.trim() : ''
    if (!value || !isReportRow(e.row)) return []
    return [{ value, label: typeof e.label === 'string' && e.label.trim() ? e.label.trim() : rowLabel(e.row), row: e.row }]
  })
  return clean.length > 0 ? clean : [...DEFAULT_CATEGORIES]
}

/** The row a document's category counts in, or null (no category, or one the settings no longer list). */
export const rowOfCategory = (categories: readonly ReportCategory[], value: unknown): ReportRow | null =>
  typeof value === 'string' ? (categories.find((c) => c.value === value)?.row ?? null) : null
