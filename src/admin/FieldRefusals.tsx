'use client'
/**
 * Shows the server's refusal under its field after a 保存草稿 too. Payload's form adds the errors of a refused save to
 * their fields (`errors[].path`), but a field shows its error only once the form counts as submitted, and after a
 * refused draft save the form un-submits itself when the collection does not validate drafts (ours do not: a draft may
 * lack required fields). So the 六角括号 reason of a 发文字号 never appeared, only the toast. Once a save comes back
 * with field errors, this marks the form submitted again, as after any other refused save; the next successful save
 * clears it (Payload does).
 */
import { useEffect, useRef } from 'react'
import { useForm, useFormFields, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'

export const FieldRefusals = () => {
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const { setSubmitted } = useForm()
  const refused = useFormFields(([fields]) => Object.values(fields).some((field) => field?.valid === false && Boolean(field.errorMessage)))
  const saving = useRef(false)
  useEffect(() => {
    if (processing) {
      saving.current = true
      return
    }
    if (!saving.current) return
    saving.current = false
    if (refused && !submitted) setSubmitted(true)
  }, [processing, refused, submitted, setSubmitted])
  return null
}
