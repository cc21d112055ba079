/**
 * A hook's refusal, answered in the admin's form state too. A beforeChange hook refuses the save (drafts skip field
 * validation, so the hooks are what refuse a 保存草稿), and the refusal reaches the form as the save's field errors;
 * but the form then asks the server for its state again and marks valid every field whose `validate` finds nothing,
 * so the reason under 发文字号 showed for a blink and was gone (src/admin/FieldRefusals.tsx). A field given
 * `refusedInFormState(check, fallback)` answers that request (validation event 'onChange', run once the form counts
 * as submitted) with the same reason as the hook. Saves are unchanged: on 'submit' only `fallback` (Payload's own
 * validation of the field type) runs, and the hook stays the one place that refuses.
 */
import type { PayloadRequest } from 'payload'

export type FormStateCheck = (value: unknown, args: { data: Record<string, unknown>; siblingData: Record<string, unknown>; req: PayloadRequest; previousValue: unknown }) => string | null | undefined | Promise<string | null | undefined>

/** The options Payload passes a field's `validate` that this reads. */
type ValidateArgs = { event?: 'onChange' | 'submit'; data?: unknown; siblingData?: unknown; req: PayloadRequest; previousValue?: unknown }

export const refusedInFormState =
  <V, O extends ValidateArgs>(check: FormStateCheck, fallback: (value: V, options: O) => string | true | Promise<string | true>) =>
  async (value: V, options: O): Promise<string | true> => {
    if (options.event === 'onChange') {
      const message = await check(value, {
        data: (options.data ?? {}) as Record<string, unknown>,
        siblingData: (options.siblingData ?? {}) as Record<string, unknown>,
        req: options.req,
        // The stored value the form started from.
        previousValue: options.previousValue,
      })
      if (message) return message
    }
    return fallback(value, options)
  }

/** The check of one path among a domain rule's field errors over the whole form (as `rejectInvalid` runs the rule). */
export const ruleAt =
  (rule: (merged: Record<string, unknown>) => ReadonlyArray<{ path: string; message: string }>, path: string): FormStateCheck =>
  (_value, { data }) =>
    rule(data).find((error) => error.path === path)?.message
