/** The new-media post log (发文台账): the checks of one row, and the CSV import of a platform's monthly export. */
import type { ErrorCode } from '../errors'

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

export const postEntryProblem = ({ month, count }: { month: unknown; count: unknown }): ErrorCode | null => {
  if (typeof month !== 'string' || !MONTH_PATTERN.test(month)) return 'inspection.post-month'
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return 'inspection.post-count'
  return null
}
