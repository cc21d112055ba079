'use client'
/**
 * Keeps the last words typed into a rich-text field when a save follows at once.
 *
 * Payload's rich-text (Lexical) field hands its content to the form in an idle callback, at the latest 500 ms after
 * the last change. A 保存草稿 / 保存 click or a Ctrl+S (⌘S) before that callback ran saved the body without the last
 * keys: on a slow office computer, or a busy one, the editor's words were lost without a word said. While such a
 * handover is pending (src/admin/boundedIdleWork.ts), this holds the save back, lets the handover and the form's render
 * of it happen, and then replays the same click or key. Nothing is held when nothing is pending.
 */
import { useEffect } from 'react'
import { trackBoundedIdleWork } from './boundedIdleWork'

/** The controls that save the form: the document controls' buttons (保存草稿, 保存, 发布 …) wherever they are. */
export const SAVE_CONTROLS = '.doc-controls button, [id^="action-save"]'

/** A handover never takes longer than its 500 ms timeout and a busy task; past this the save goes ahead regardless. */
const HOLD_AT_MOST_MS = 10_000

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

export const KeepTypedText = () => {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return
    const idleWork = trackBoundedIdleWork(window)
    let replaying = false

    const holdThen = async (replay: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([idleWork.settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, HOLD_AT_MOST_MS)))])
      clearTimeout(timer)
      // The form renders the handed-over value; its submit reads the rendered state.
      await nextFrame()
      await nextFrame()
      replaying = true
      try {
        replay()
      } finally {
        replaying = false
      }
    }

    const onClick = (event: MouseEvent) => {
      if (replaying || idleWork.pending() === 0 || !(event.target instanceof Element)) return
      const control = event.target.closest(SAVE_CONTROLS)
      if (!(control instanceof HTMLElement)) return
      event.preventDefault()
      event.stopImmediatePropagation()
      void holdThen(() => control.click())
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (replaying || idleWork.pending() === 0) return
      if (!(event.ctrlKey || event.metaKey) || event.code !== 'KeyS') return
      event.preventDefault()
      event.stopImmediatePropagation()
      const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event
      // Payload's hotkeys listen on the document and take a replayed key as `bypassKeyDown`, whose detail is the key
      // event (they call its preventDefault); the keyup lets them forget the key again.
      void holdThen(() => {
        const replayed = new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, shiftKey, altKey, cancelable: true })
        document.dispatchEvent(new CustomEvent('bypassKeyDown', { detail: replayed }))
        document.dispatchEvent(new KeyboardEvent('keyup', { key, code }))
      })
    }

    window.addEventListener('click', onClick, true)
    window.addEventListener('keydown', onKeyDown, true)
    return () => {
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('keydown', onKeyDown, true)
      idleWork.restore()
    }
  }, [])
  return null
}
