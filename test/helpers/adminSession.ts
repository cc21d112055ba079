/**
 * What the admin browser specs share: logging in as a demo account, REST calls with a token, and screenshots kept
 * as test artifacts (one more when a step fails). A spec keeps its own `app`, `context` and `page` (they change in
 * beforeAll) and hands getters for them to `adminSession`.
 */
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { artifactsDir, demoPassword, type AppProcess } from './appProcess'

export type AdminSessionParts = { app: () => AppProcess; context?: () => BrowserContext; page?: () => Page; pageLoad?: number }

/** A JSON object from the REST API; a spec reads whatever fields it asserts on. */
export type Json = Record<string, any>

export const adminSession = ({ app, context, page, pageLoad = 180_000 }: AdminSessionParts) => {
  const password = demoPassword()
  const pageOf = () => {
    if (!page) throw new Error('adminSession: this spec gave no page')
    return page()
  }

  /** Signs in through the login form, from a browser without cookies. */
  const logIn = async (email: string) => {
    await context?.().clearCookies()
    const p = pageOf()
    await p.goto(`${app().url}/admin/login`, { timeout: pageLoad })
    await p.fill('input[name="email"]', email)
    await p.fill('input[name="password"]', password)
    await p.click('button[type="submit"]')
    await p.waitForURL((url) => !url.pathname.includes('/login'), { timeout: pageLoad })
  }

  /** A REST call; a status of 400 or more throws with the answer. */
  const call = async (method: string, url: string, token: string | null, data?: unknown): Promise<Json> => {
    const res = await fetch(`${app().url}${url}`, {
      method,
      headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: data ? JSON.stringify(data) : undefined,
    })
    const json = (await res.json()) as Json
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }

  const tokenOf = async (email: string) => (await call('POST', '/api/users/login', null, { email, password })).token as string

  const shot = (name: string) => pageOf().screenshot({ path: path.join(artifactsDir(), name), fullPage: true })

  /** Keeps a screenshot of the moment a step failed (`<name>-failure.png`). */
  const screenshotOnFailure = (name: string, fn: () => Promise<void>) => async () => {
    try {
      await fn()
    } catch (error) {
      await shot(`${name}-failure.png`).catch(() => undefined)
      throw error
    }
  }

  return { password, logIn, call, tokenOf, shot, screenshotOnFailure }
}
