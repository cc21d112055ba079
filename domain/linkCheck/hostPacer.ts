/**
 * Robots-friendly pacing of the link checker: at most `perHost` requests in flight to one host and at least
 * `minIntervalMs` between two starts there, under an overall cap. Time comes from an injected clock, so tests run
 * the pacing on a virtual clock without waiting.
 */

export type LinkClock = { now: () => number; sleep: (ms: number) => Promise<void> }

export const realClock: LinkClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }

type HostState = { active: number; nextStart: number; waiting: Array<() => void> }

export type HostPacer = {
  /** Waits for a slot to `host`; call the returned function when the request is over. */
  acquire: (host: string) => Promise<() => void>
}

export const hostPacer = (options: { concurrency: number; perHost: number; minIntervalMs: number }, clock: LinkClock): HostPacer => {
  const hosts = new Map<string, HostState>()
  let active = 0
  const waitingAll: Array<() => void> = []
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host)
    if (!state) hosts.set(host, (state = { active: 0, nextStart: -Infinity, waiting: [] }))
    return state
  }
  const wake = (list: Array<() => void>) => list.splice(0).forEach((resolve) => resolve())
  const acquire = async (host: string): Promise<() => void> => {
    const state = stateOf(host)
    for (;;) {
      if (active >= Math.max(1, options.concurrency)) {
        await new Promise<void>((resolve) => waitingAll.push(resolve))
        continue
      }
      if (state.active >= Math.max(1, options.perHost)) {
        await new Promise<void>((resolve) => state.waiting.push(resolve))
        continue
      }
      const wait = state.nextStart - clock.now()
      if (wait > 0) {
        await clock.sleep(wait)
        continue
      }
      break
    }
    active++
    state.active++
    state.nextStart = clock.now() + options.minIntervalMs
    let released = false
    return () => {
      if (released) return
      released = true
      active--
      state.active--
      wake(state.waiting)
      wake(waitingAll)
    }
  }
  return { acquire }
}
