/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况): entered by the office, three groups of five cells — 行政复议,
 * 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉 — each 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计, where 总计 must be
 * the sum of the other four.
 */

export const REVIEW_GROUPS = [
  { value: 'reconsideration', label: '行政复议', parent: null },
  { value: 'litigationDirect', label: '未经复议直接起诉', parent: '行政诉讼' },
  { value: 'litigationAfterReconsideration', label: '复议后起诉', parent: '行政诉讼' },
] as const
export type ReviewGroup = (typeof REVIEW_GROUPS)[number]['value']

export const REVIEW_RESULTS = [
  { value: 'upheld', label: '结果维持' },
  { value: 'corrected', label: '结果纠正' },
  { value: 'other', label: '其他结果' },
  { value: 'pending', label: '尚未审结' },
  { value: 'total', label: '总计' },
] as const
export type ReviewResult = (typeof REVIEW_RESULTS)[number]['value']
const PARTS = ['upheld', 'corrected', 'other', 'pending'] as const

export type ReviewCells = Record<ReviewGroup, Record<ReviewResult, number>>
/** As the draft stores them: any cell may be empty (counted as 0). */
export type StoredReviewCells = Partial<Record<ReviewGroup, Partial<Record<ReviewResult, unknown>> | null>> | null | undefined

/** The group's name in a sentence: 行政复议, 行政诉讼（未经复议直接起诉）… */
export const reviewGroupName = (group: ReviewGroup): string => {
  const g = REVIEW_GROUPS.find((x) => x.value === group)!
  return g.parent ? `${g.parent}（${g.label}）` : g.label
}

const count = (value: unknown): number => (value === null || value === undefined || value === '' ? 0 : Number(value))

export const reviewCells = (stored: StoredReviewCells): ReviewCells =>
  Object.fromEntries(
    REVIEW_GROUPS.map((g) => [g.value, Object.fromEntries(REVIEW_RESULTS.map((r) => [r.value, count(stored?.[g.value]?.[r.value])]))]),
  ) as ReviewCells

/** Why the cells cannot be reported, in Chinese: a figure that is not a count, or a 总计 that is not the sum. */
export const reviewProblems = (cells: ReviewCells): string[] =>
  REVIEW_GROUPS.flatMap((g) => {
    const row = cells[g.value]
    const bad = REVIEW_RESULTS.filter((r) => !Number.isInteger(row[r.value]) || row[r.value] < 0)
    if (bad.length > 0) return bad.map((r) => `${reviewGroupName(g.value)}的“${r.label}”应为非负整数（填写为 ${row[r.value]}）`)
    const sum = PARTS.reduce((s, p) => s + row[p], 0)
    return row.total === sum ? [] : [`${reviewGroupName(g.value)}的“总计”${row.total} 不等于结果维持、结果纠正、其他结果、尚未审结之和 ${sum}`]
  })
