/**
 * The success message of an action, shown in the panel until the document is saved or another action is taken:
 * it always speaks of the state the panel shows. Kept per item outside the component, so a panel re-rendered by
 * the form's refresh still shows it; a full page load starts without one.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

const messages = new Map<string, string>()

export type Flash = { flash: string | null; clearFlash: () => void; keepFlash: (message: string) => void }

export const useFlash = (collectionSlug: string | undefined, id: number | string | undefined, lastUpdateTime: number | undefined): Flash => {
  const flashKey = `${collectionSlug}:${id}`
  const [flash, setFlash] = useState<string | null>(() => messages.get(flashKey) ?? null)

  const clearFlash = useCallback(() => {
    messages.delete(flashKey)
    setFlash(null)
  }, [flashKey])
  const keepFlash = useCallback(
    (message: string) => {
      messages.set(flashKey, message)
      setFlash(message)
    },
    [flashKey],
  )

  // A save (Payload bumps lastUpdateTime) may change the state: the message of the last action no longer holds.
  const seen = useRef(lastUpdateTime)
  useEffect(() => {
    if (seen.current === lastUpdateTime) return
    seen.current = lastUpdateTime
    clearFlash()
  }, [lastUpdateTime, clearFlash])

  return { flash, clearFlash, keepFlash }
}
