/**
 * The link checker's decisions, one step at a time (pure): given what a request answered, follow a redirect, fall
 * back from HEAD to GET, retry after a backoff, or conclude ok / broken / unknown. The plugin's HTTP client only
 * carries them out, so every decision is unit-tested without a network.
 */

export type Method = 'HEAD' | 'GET'

/** What one request gave: a status (with its Location and Retry-After), or a failure. */
export type Answer =
  | { status: number; location?: string | null; retryAfterSeconds?: number | null }
  | { failure: 'timeout' | 'network' | 'blocked' }

/** ok: opens; broken: 错链; unknown: no verdict this time (kept as it was); skipped: not checked by policy. */
export type Verdict = 'ok' | 'broken' | 'unknown' | 'skipped'

export type Reason =
  | 'ok'
  | 'not-found'
  | 'gone'
  | 'client-error'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'restricted'
  | 'rate-limited'
  | 'blocked'
  | 'missing'
  | 'not-public'

/** Where a check stands: the URL asked now, with which method, retries used at this URL, URLs visited so far. */
export type CheckState = { url: string; method: Method; retries: number; visited: readonly string[] }

export type Step =
  | { next: 'request'; state: CheckState; delayMs: number }
  | { next: 'done'; verdict: Verdict; reason: Reason; status: number | null; finalUrl: string }

export type DecisionSettings = { retries: number; retryBaseMs: number; retryMaxMs: number; maxRedirects: number }

/** The Chinese words for a reason, in notices and the link list. */
export const REASON_LABELS: Readonly<Record<Reason, string>> = {
  ok: '正常',
  'not-found': '页面不存在（404）',
  gone: '页面已删除（410）',
  'client-error': '请求被拒绝',
  'server-error': '服务器错误',
  timeout: '超时无响应',
  network: '无法连接',
  'redirect-loop': '重定向循环',
  'too-many-redirects': '重定向次数过多',
  'bad-redirect': '重定向地址无效',
  restricted: '需要登录或禁止访问',
  'rate-limited': '对方限制访问频率',
  blocked: '内网地址，未检查',
  missing: '站内内容不存在',
  'not-public': '站内内容未公开或已撤回',
}

export const startState = (url: string): CheckState => ({ url, method: 'HEAD', retries: 0, visited: [url] })

/** Exponential backoff: base, 2×base, 4×base … capped; a Retry-After the server sent is honoured up to the cap. */
export const backoffMs = (retry: number, settings: Pick<DecisionSettings, 'retryBaseMs' | 'retryMaxMs'>, retryAfterSeconds?: number | null): number => {
  const exponential = settings.retryBaseMs * 2 ** retry
  const asked = retryAfterSeconds && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0
  return Math.min(settings.retryMaxMs, Math.max(exponential, asked))
}

const done = (state: CheckState, verdict: Verdict, reason: Reason, status: number | null = null): Step => ({ next: 'done', verdict, reason, status, finalUrl: state.url })

const retryOr = (state: CheckState, settings: DecisionSettings, verdict: Verdict, reason: Reason, status: number | null, retryAfter?: number | null): Step =>
  state.retries < settings.retries
    ? { next: 'request', state: { ...state, retries: state.retries + 1 }, delayMs: backoffMs(state.retries, settings, retryAfter) }
    : done(state, verdict, reason, status)

const asGet = (state: CheckState): Step => ({ next: 'request', state: { ...state, method: 'GET' }, delayMs: 0 })

const redirect = (state: CheckState, settings: DecisionSettings, status: number, location: string | null | undefined): Step => {
  if (!location) return done(state, 'broken', 'bad-redirect', status)
  let target: URL
  try {
    target = new URL(location, state.url)
  } catch {
    return done(state, 'broken', 'bad-redirect', status)
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return done(state, 'broken', 'bad-redirect', status)
  target.hash = ''
  const url = target.href
  if (state.visited.includes(url)) return done(state, 'broken', 'redirect-loop', status)
  if (state.visited.length > settings.maxRedirects) return done(state, 'broken', 'too-many-redirects', status)
  return { next: 'request', state: { url, method: state.method, retries: 0, visited: [...state.visited, url] }, delayMs: 0 }
}

/**
 * The next step after `answer` to a request made in `state`. HEAD falls back to GET when the server refuses the method
 * (405, 501), answers 401/403 or another 4xx but 404/410 (some servers treat HEAD badly), or fails to connect; 404 and
 * 410 are final; 5xx, timeouts and failed connections are retried with backoff, then broken; 429 is retried and
 * then left unknown, as is a page behind a login (an outside site's rule, not a 错链).
 */
export const decide = (state: CheckState, answer: Answer, settings: DecisionSettings): Step => {
  if ('failure' in answer) {
    if (answer.failure === 'blocked') return done(state, 'skipped', 'blocked')
    if (answer.failure === 'network' && state.method === 'HEAD') return asGet(state)
    return retryOr(state, settings, 'broken', answer.failure, null)
  }
  const { status } = answer
  if (status >= 200 && status < 300) return done(state, 'ok', 'ok', status)
  if (status === 304) return done(state, 'ok', 'ok', status)
  if (status >= 300 && status < 400) return redirect(state, settings, status, answer.location)
  if (status === 404) return done(state, 'broken', 'not-found', status)
  if (status === 410) return done(state, 'broken', 'gone', status)
  if (status === 429) return retryOr(state, settings, 'unknown', 'rate-limited', status, answer.retryAfterSeconds)
  if (state.method === 'HEAD' && (status === 405 || status === 501 || (status >= 400 && status < 500))) return asGet(state)
  if (status === 401 || status === 403) return done(state, 'unknown', 'restricted', status)
  if (status >= 500) return retryOr(state, settings, 'broken', 'server-error', status, answer.retryAfterSeconds)
  if (status >= 400) return done(state, 'broken', 'client-error', status)
  return done(state, 'unknown', 'network', status)
}
