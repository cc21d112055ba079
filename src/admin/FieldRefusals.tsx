'use client'
/**
 * Keeps the server's refusal under its field after a 保存草稿, until the editor changes that field.
 *
 * Payload's form adds the errors of a refused save to their fields (`errors[].path`), and then loses them twice over:
 * - a field shows its error only once the form counts as submitted, and after a refused draft save the form
 *   un-submits itself when the collection does not validate drafts (ours do not: a draft may lack required fields);
 * - the form asks the server for its state again after every change (the added errors are one), and merges the answer
 *   as "valid" for every field whose `validate` finds nothing. A refusal raised by a hook was gone a moment later, and
 *   an answer to a request sent before the save (typing) could land after it and wipe it too.
 *
 * So once a save comes back with field errors, this marks the form submitted again (the server then validates, and
 * the fields given `refusedInFormState` in hooks/validation/formStateRefusal.ts answer with the same reason), and
 * remembers each refused field's value and reason: if an answer wipes the reason while the value is unchanged, the
 * reason is put back once. The next successful save clears it (Payload does); a changed value is the server's to judge.
 */
import { useEffect, useRef } from 'react'
import { useAllFormFields, useForm, useFormModified, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'

type Refusal = { message: string; value: string; restored: boolean }

const valueKey = (value: unknown): string => JSON.stringify(value ?? null)

export const FieldRefusals = () => {
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const modified = useFormModified()
  const { setSubmitted, dispatchFields } = useForm()
  const [fields] = useAllFormFields()
  // Armed by a save and disarmed by a successful one (the form is then unmodified). The field errors of a refused
  // save may reach this component a render after `processing` turned false (two contexts), so it stays armed until
  // they do rather than looking only once.
  const armed = useRef(false)
  const refusals = useRef(new Map<string, Refusal>())

  useEffect(() => {
    if (processing) {
      armed.current = true
      return
    }
    const refused = Object.entries(fields).filter(([, field]) => field?.valid === false && Boolean(field.errorMessage))
    if (armed.current) {
      if (refused.length > 0) {
        armed.current = false
        refusals.current = new Map(refused.map(([path, field]) => [path, { message: String(field.errorMessage), value: valueKey(field.value), restored: false }]))
        if (!submitted) setSubmitted(true)
        return
      }
      if (!modified) {
        armed.current = false
        refusals.current.clear()
      }
      return
    }
    const wiped: Array<{ path: string; message: string }> = []
    for (const [path, refusal] of refusals.current) {
      const field = fields[path]
      if (!field || valueKey(field.value) !== refusal.value) {
        refusals.current.delete(path)
        continue
      }
      if (field.valid !== false && !refusal.restored) {
        refusal.restored = true
        wiped.push({ path, message: refusal.message })
      }
    }
    if (wiped.length > 0) dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: wiped })
  }, [processing, fields, submitted, modified, setSubmitted, dispatchFields])
  return null
}
