/** The structured deadline of a 事项, parsed from its 公开时限 text on every save (domain/catalogue/timeLimit.ts). */
import type { CollectionBeforeChangeHook } from 'payload'
import { parseTimeLimit } from '../../../domain/catalogue/timeLimit'

export const parseDeadline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const text = data.timeLimit ?? originalDoc?.timeLimit
  const parsed = parseTimeLimit(typeof text === 'string' ? text : '')
  data.deadline = { kind: parsed.kind, days: parsed.days, annualDate: parsed.annualDate }
  return data
}
