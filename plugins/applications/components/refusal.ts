/**
 * The server's refusal of a step (Payload's error shape, `{errors: [{message, field?, data?}]}`) and the form field
 * it concerns, so the panel shows it next to that field. A coded error names its field in the answer
 * (hooks/codedErrorField.ts); the clock's refusals (clock.ts, sent as one message) are matched by what they speak of.
 * Anything else goes under the form.
 */
import type { StepField } from './steps'

export type Refusal = { field: StepField | null; message: string }

const FIELDS: readonly StepField[] = ['reason', 'date', 'days', 'outcome', 'department', 'until', 'method', 'pages']
const isField = (value: unknown): value is StepField => typeof value === 'string' && (FIELDS as readonly string[]).includes(value)

/** The clock's refusals (domain/applications/clock.ts) by the input they concern. */
const CLOCK: ReadonlyArray<{ pattern: RegExp; field: StepField }> = [
  { pattern: /延长的期限应为|补正期限应为/, field: 'days' },
  { pattern: /延迟答复的日期/, field: 'until' },
  { pattern: /日期不能早于前一步/, field: 'date' },
]

export const fieldOf = (message: string, fields: readonly StepField[]): StepField | null => {
  const found = CLOCK.find((candidate) => fields.includes(candidate.field) && candidate.pattern.test(message))
  return found?.field ?? null
}

/** The refusal in an answer of the actions endpoint. */
export const refusalOf = (json: unknown, status: number, fields: readonly StepField[]): Refusal => {
  const first = (json as { errors?: Array<{ message?: unknown; field?: unknown; data?: { errors?: Array<{ path?: unknown; message?: unknown }> } }> } | null)?.errors?.[0]
  const detail = first?.data?.errors?.[0]
  const message = String(detail?.message ?? first?.message ?? `操作失败（HTTP ${status}）`)
  const named = detail?.path ?? first?.field
  return { field: isField(named) && fields.includes(named) ? named : fieldOf(message, fields), message }
}
