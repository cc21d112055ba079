/** Checks one http(s) URL: requests paced per host, each answer handed to the domain's `decide` until a verdict. */
import { decide, startState, type Step } from '../../domain/linkCheck/linkOutcome'
import type { LinkClock, HostPacer } from '../../domain/linkCheck/hostPacer'
import type { LinkCheckSettings } from '../../domain/linkCheck/linkCheckSettings'
import { probe } from './httpProbe'

export type UrlVerdict = Extract<Step, { next: 'done' }>

export type UrlCheckContext = {
  settings: LinkCheckSettings
  userAgent: string
  pacer: HostPacer
  clock: LinkClock
  /** The portal's own origins: requests there may reach the private network (the web office configured them). */
  portalOrigins: readonly string[]
}

export const checkUrl = async (url: string, ctx: UrlCheckContext): Promise<UrlVerdict> => {
  let state = startState(url)
  for (;;) {
    const target = new URL(state.url)
    const release = await ctx.pacer.acquire(target.host)
    let answer
    try {
      answer = await probe(state.url, state.method, {
        timeoutMs: ctx.settings.timeoutMs,
        userAgent: ctx.userAgent,
        // Each hop is judged on its own: an outside page redirecting inward is refused like a direct link.
        allowPrivate: ctx.portalOrigins.includes(target.origin) ? true : ctx.settings.allowedPrivateHosts,
      })
    } finally {
      release()
    }
    const step = decide(state, answer, ctx.settings)
    if (step.next === 'done') return step
    if (step.delayMs > 0) await ctx.clock.sleep(step.delayMs)
    state = step.state
  }
}
