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
import { useForm, useFormFields, useFormModified, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'

export const FieldRefusals = () => {
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const modified = useFormModified()
  const { setSubmitted } = useForm()
  const refused = useFormFields(([fields]) => Object.values(fields).some((field) => field?.valid === false && Boolean(field.errorMessage)))
  // Armed by a save and disarmed by a successful one (the form is then unmodified). The field errors of a refused
  // save may reach this component a render after `processing` turned false (two contexts), so it stays armed until
  // they do rather than looking only once.
  const armed = useRef(false)
  useEffect(() => {
    if (processing) {
      armed.current = true
      return
    }
    if (!armed.current) return
    if (!modified && !refused) {
      armed.current = false
      return
    }
    if (refused) {
      armed.current = false
      if (!submitted) setSubmitted(true)
    }
  }, [processing, refused, submitted, modified, setSubmitted])
  return null
}
