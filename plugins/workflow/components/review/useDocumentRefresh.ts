/**
 * After a workflow action, brings the edit view up to date in place, as Payload's own 还原 does: the form is reset
 * to the stored latest version (so its read-only workflow fields are the new ones and a later save sends no stale
 * state), the document info learns whether a published version exists and whether drafts stand above it (the
 * header's status), and the panel reads its status again. No page reload, no server render of the whole view.
 */
import { useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { useCallback } from 'react'
import type { ActionAnswer } from './useActionForm'

export const useDocumentRefresh = (base: string | null, reloadStatus: () => Promise<void>) => {
  const { reset } = useForm()
  const { setData, setHasPublishedDoc, setUnpublishedVersionCount, incrementVersionCount, setMostRecentVersionIsAutosaved } = useDocumentInfo()
  const { code: locale } = useLocale()

  return useCallback(
    async (answer: ActionAnswer) => {
      if (!base) return
      const panel = reloadStatus()
      const res = await fetch(`${base}?draft=true&depth=0&fallback-locale=null${locale ? `&locale=${locale}` : ''}`, {
        credentials: 'include',
        cache: 'no-store',
      })
      if (res.ok) {
        const doc = (await res.json()) as Record<string, unknown>
        await reset(doc)
        setData(doc)
      }
      if (answer._status === 'published') {
        // Published now, or back to the published version (撤销修改): no draft stands above it.
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else if (answer.reviewState === 'withdrawn') {
        setHasPublishedDoc(false)
        setUnpublishedVersionCount(0)
      } else {
        setUnpublishedVersionCount((count) => count + 1)
      }
      incrementVersionCount()
      setMostRecentVersionIsAutosaved(false)
      await panel
    },
    [base, incrementVersionCount, locale, reloadStatus, reset, setData, setHasPublishedDoc, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount],
  )
}
