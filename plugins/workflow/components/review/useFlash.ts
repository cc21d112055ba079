/** The success message of an action: kept in sessionStorage across the reload that follows it, shown once. */
import { useCallback, useEffect, useState } from 'react'

const FLASH_PREFIX = 'gongkai-workflow-flash:'

export type Flash = { flash: string | null; clearFlash: () => void; keepFlash: (message: string) => void }

export const useFlash = (collectionSlug: string | undefined, id: number | string | undefined): Flash => {
  const flashKey = `${FLASH_PREFIX}${collectionSlug}:${id}`
  const [flash, setFlash] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    const message = window.sessionStorage.getItem(flashKey)
    if (message) {
      window.sessionStorage.removeItem(flashKey)
      setFlash(message)
    }
  }, [flashKey, id])

  const clearFlash = useCallback(() => setFlash(null), [])
  const keepFlash = useCallback((message: string) => window.sessionStorage.setItem(flashKey, message), [flashKey])
  return { flash, clearFlash, keepFlash }
}
