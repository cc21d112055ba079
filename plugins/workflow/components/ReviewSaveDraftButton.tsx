'use client'
/**
 * Payload's 保存草稿 button for reviewed collections, with one question first: saving changed content of an item
 * under review (待初审 … 定时发布) ends that review and takes it back to 草稿 (trackContent), so the editor is asked
 * 「保存将作废当前审核并退回草稿，是否继续？」. Cancelling saves nothing. Otherwise it saves as Payload's own button does
 * (`PATCH …?draft=true`, Ctrl/⌘+S included).
 */
import {
  ConfirmationModal,
  FormSubmit,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormFields,
  useFormModified,
  useHotkey,
  useLocale,
  useModal,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useRef } from 'react'
import { REVIEW_ENDING_STATES, VOID_CONFIRMATION } from '../../../domain/workflow/transitions'
import type { ReviewState } from '../../../domain/workflow/states'

export const ReviewSaveDraftButton = () => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { id, collectionSlug, globalSlug, setUnpublishedVersionCount, uploadStatus } = useDocumentInfo()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const ref = useRef<HTMLButtonElement>(null)
  const editDepth = useEditDepth()
  const { t } = useTranslation()
  const { submit } = useForm()
  const operation = useOperation()
  const { openModal } = useModal()
  const reviewState = useFormFields(([fields]) => fields.reviewState?.value) as ReviewState | undefined
  const disabled = (operation === 'update' && !modified) || uploadStatus === 'uploading'
  const endsReview = operation === 'update' && Boolean(id) && reviewState !== undefined && REVIEW_ENDING_STATES.includes(reviewState)
  const modalSlug = `workflow-confirm-void-${collectionSlug ?? globalSlug}-${id ?? 'new'}`

  const saveDraft = useCallback(async () => {
    if (disabled) return
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    const action = collectionSlug
      ? formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` })
      : formatAdminURL({ apiRoute: api, path: `/globals/${globalSlug}${search}` })
    await submit({ action, method: collectionSlug && id ? 'PATCH' : 'POST', overrides: { _status: 'draft' }, skipValidation: true })
    setUnpublishedVersionCount((count) => count + 1)
  }, [api, collectionSlug, disabled, globalSlug, id, locale, setUnpublishedVersionCount, submit])

  const onSave = () => {
    if (disabled) return
    if (endsReview) openModal(modalSlug)
    else void saveDraft()
  }

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    ref.current?.click()
  })

  return (
    <>
      <FormSubmit
        buttonId="action-save-draft"
        buttonStyle="secondary"
        className="save-draft"
        disabled={disabled}
        onClick={onSave}
        ref={ref}
        size="medium"
        type="button"
      >
        {t('version:saveDraft')}
      </FormSubmit>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="退回草稿"
        body={<p data-testid="workflow-void-confirm">{VOID_CONFIRMATION}</p>}
        confirmLabel="保存并退回草稿"
        confirmingLabel="正在保存…"
        cancelLabel="取消"
        onConfirm={saveDraft}
      />
    </>
  )
}
