/**
 * Counts the browser's bounded idle callbacks (asked for with a `timeout`): the work a page deferred to a quiet
 * moment but promised to do soon. Payload's rich-text field hands what was typed to the form that way
 * (`useRunDeprioritized`: requestIdleCallback with a 500 ms timeout, the previous one cancelled at each change), so a
 * save asked for before it ran sent the body without the last keys. src/admin/KeepTypedText.tsx waits on this first.
 *
 * Callbacks without a timeout (route prefetching and the like) may wait for idle time indefinitely on a busy page;
 * they are not counted.
 */
export type IdleWindow = {
  requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) => number
  cancelIdleCallback: (handle: number) => void
}

export type BoundedIdleWork = {
  /** Bounded idle callbacks asked for and neither run nor cancelled. */
  pending: () => number
  /** Resolves once none is pending (at once when none is). */
  settled: () => Promise<void>
  /** Puts the window's own functions back (only where nothing replaced these since). */
  restore: () => void
}

export const trackBoundedIdleWork = (win: IdleWindow): BoundedIdleWork => {
  const originalRequest = win.requestIdleCallback
  const originalCancel = win.cancelIdleCallback
  const pending = new Set<number>()
  let waiters: Array<() => void> = []
  const wake = () => {
    if (pending.size > 0) return
    const woken = waiters
    waiters = []
    for (const resolve of woken) resolve()
  }

  const request: IdleWindow['requestIdleCallback'] = (callback, options) => {
    if (!options?.timeout) return originalRequest.call(win, callback, options)
    const handle: number = originalRequest.call(
      win,
      (deadline) => {
        pending.delete(handle)
        try {
          callback(deadline)
        } finally {
          wake()
        }
      },
      options,
    )
    pending.add(handle)
    return handle
  }
  const cancel: IdleWindow['cancelIdleCallback'] = (handle) => {
    originalCancel.call(win, handle)
    if (pending.delete(handle)) wake()
  }
  win.requestIdleCallback = request
  win.cancelIdleCallback = cancel

  return {
    pending: () => pending.size,
    settled: async () => {
      // A waiter woken by a cancel resumes after the code that cancelled: the editor cancels and asks again in one go.
      while (pending.size > 0) await new Promise<void>((resolve) => waiters.push(resolve))
    },
    restore: () => {
      if (win.requestIdleCallback === request) win.requestIdleCallback = originalRequest
      if (win.cancelIdleCallback === cancel) win.cancelIdleCallback = originalCancel
    },
  }
}
