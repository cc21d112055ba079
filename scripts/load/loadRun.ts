/**
 * The load run (`npm run test:load`, issue 17): anonymous readers and editor/reviewer crews hit one server (or a
 * proxy in front of several) over HTTP at once, for a bounded time; then the run checks what the load may have broken.
 * It speaks HTTP only, so it runs against anything that serves the API: one process, or three behind a proxy.
 *
 * Checks afterwards: no 5xx; every acknowledged write is there; every item the workflow acknowledged as published is
 * public; no non-public text was ever returned to an anonymous reader; the register holds exactly one entry per
 * acknowledged transition; the 索引号 serials of each department are gap-free.
 */
import { performance } from 'node:perf_hooks'
import { computeOrganizationCodeCheck, computeUsccCheck } from '../../domain/organizationCode'
import { lexicalFromParagraphs } from '../../domain/lexicalText'

export type LoadOptions = {
  url: string
  /** How long readers and crews run. */
  seconds: number
  readers: number
  /** Each crew is an editor, a 初审 reviewer, a 保密审查员 and a 终审 leader of one department. */
  crews: number
  /** Departments the crews are spread over (crews share a department's 索引号 counter). */
  departments?: number
  /** Where the run reports progress. */
  log?: (line: string) => void
  /** Makes the unique tokens distinct between runs on one database. */
  runId?: string
  /** The web office's admin account when the database already has one (else the run registers the first account). */
  admin?: { email: string; password: string }
}

type Sample = { route: string; status: number; ms: number }
export type RouteFigures = { route: string; requests: number; perSecond: number; p50Ms: number; p99Ms: number; status5xx: number; status4xx: number }
export type LoadResult = {
  seconds: number
  readers: number
  crews: number
  routes: RouteFigures[]
  items: { created: number; published: number; returned: number; onRequest: number; inReview: number; editedAfterPublication: number }
  transitions: number
  violations: string[]
}

/** Where a token may be seen by an anonymous reader: never (`NP-`), or from its item's publication (`PUB-`). */
const NON_PUBLIC = /NP-[a-z0-9]+-\d+/g
const PUBLIC_TOKEN = /PUB-[a-z0-9]+-\d+/g

const PASSWORD = 'Load@2026-pass!'
const OWN_PASSWORD = 'Crew#2026-own-pass'

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0)

/** A valid 18-character USCC for a government organ, distinct per `n`. */
const uscc = (n: number): string => {
  const body8 = String(10_000_000 + n * 7919 + Math.floor(Math.random() * 1000) * 104_729).slice(-8)
  const org = body8 + computeOrganizationCodeCheck(body8)
  const body17 = `11421123${org}`
  return body17 + computeUsccCheck(body17)
}

type Answer = { status: number; json: any; text: string }

export const runLoad = async (options: LoadOptions): Promise<LoadResult> => {
  const { url, seconds, readers, crews } = options
  const departmentCount = Math.max(1, Math.min(options.departments ?? Math.ceil(crews / 2), crews))
  const log = options.log ?? (() => undefined)
  const run = options.runId ?? Math.random().toString(36).slice(2, 8)
  const samples: Sample[] = []
  const violations: string[] = []
  let measuring = false

  const call = async (route: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer> => {
    const started = performance.now()
    let status = 0
    let text = ''
    try {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      // No answer at all (connection refused or reset) counts as a server failure.
      status = 599
      text = String(error)
    }
    if (measuring) samples.push({ route, status, ms: performance.now() - started })
    if (status >= 500) violations.push(`${method} ${path} → ${status}: ${text.slice(0, 200)}`)
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    return { status, json, text }
  }
  const expectOk = (answer: Answer, what: string) => {
    if (answer.status < 200 || answer.status >= 300) throw new Error(`${what}: ${answer.status} ${answer.text.slice(0, 300)}`)
    return answer.json
  }

  // --- Set-up: the first account (the web office's admin), departments, columns and the crews' accounts.
  const loginAs = async (email: string, password = PASSWORD) => expectOk(await call('setup', 'POST', '/api/users/login', undefined, { email, password }), `login ${email}`).token as string
  let admin: string
  if (options.admin) admin = await loginAs(options.admin.email, options.admin.password)
  else {
    const adminEmail = `load-admin-${run}@test.gov.cn`
    const first = await call('setup', 'POST', '/api/users/first-register', undefined, { name: '压测管理员', email: adminEmail, password: PASSWORD, confirmPassword: PASSWORD })
    expectOk(first, 'first-register (the load run needs an empty database, or options.admin)')
    admin = await loginAs(adminEmail)
  }
  const departments: Array<{ id: string | number; column: string | number; slug: string }> = []
  for (let d = 0; d < departmentCount; d++) {
    const dept = expectOk(await call('setup', 'POST', '/api/departments', admin, { name: `压测部门${run}${d}`, code: uscc(d + 1), kind: 'department' }), 'department').doc
    const slug = `load-${run}-${d}`
    const column = expectOk(await call('setup', 'POST', '/api/columns', admin, { title: `压测栏目${d}`, slug, kind: 'news', status: 'open', department: dept.id }), 'column').doc
    departments.push({ id: dept.id, column: column.id, slug })
  }
  type Crew = { department: (typeof departments)[number]; editor: string; reviewer: string; secrecy: string; approver: string }
  const crewList: Crew[] = []
  for (let c = 0; c < crews; c++) {
    const department = departments[c % departments.length]
    const tokens: Record<string, string> = {}
    for (const role of ['editor', 'reviewer', 'secrecy', 'approver'] as const) {
      const email = `load-${run}-${c}-${role}@test.gov.cn`
      const user = expectOk(await call('setup', 'POST', '/api/users', admin, { name: `压测${role}${c}`, email, password: PASSWORD, roles: [role], department: department.id }), `user ${role}`).doc
      // An account the admin made must change its initial password before it may write (plugins/security).
      const initial = await loginAs(email)
      expectOk(await call('setup', 'PATCH', `/api/users/${user.id}`, initial, { password: OWN_PASSWORD }), `password change ${role}`)
      tokens[role] = await loginAs(email, OWN_PASSWORD)
    }
    crewList.push({ department, editor: tokens.editor, reviewer: tokens.reviewer, secrecy: tokens.secrecy, approver: tokens.approver })
  }
  log(`set up ${departments.length} departments and ${crewList.length} crews`)

  // --- The ledger: what the server acknowledged.
  type Item = { id: string | number; department: string | number; kind: 'publish' | 'return' | 'on-request' | 'in-review'; token: string; transitions: number; state: string; publishSentAt?: number; edited: boolean }
  const items: Item[] = []
  /** The first moment a reader's request that returned a PUB token started, per token. */
  const firstSeen = new Map<string, number>()
  const seenNonPublic = new Set<string>()
  const publishedIds: Array<string | number> = []
  const hiddenIds: Array<string | number> = []

  let stop = false
  let serial = 0
  const crewLoop = async (crew: Crew, index: number) => {
    let round = 0
    while (!stop) {
      const n = ++serial
      const kind = (['publish', 'publish', 'return', 'publish', 'on-request', 'in-review'] as const)[(round + index) % 6]
      round++
      const token = kind === 'publish' ? `PUB-${run}-${n}` : `NP-${run}-${n}`
      const data: Record<string, unknown> = {
        title: `压测信息 ${token}`,
        column: crew.department.column,
        department: crew.department.id,
        formedAt: new Date(Date.now() - 86_400_000).toISOString(),
        disclosure: kind === 'on-request' ? 'on-request' : 'proactive',
        body: lexicalFromParagraphs([`正文 ${token}：全县统筹推进各项重点工作，持续优化营商环境。`]),
        _status: 'draft',
      }
      if (kind === 'on-request') Object.assign(data, { onRequestReason: 'outside-proactive-scope', nonDisclosureReason: '仅供申请人使用' })
      const created = await call('POST /api/documents', 'POST', '/api/documents?draft=true', crew.editor, data)
      if (created.status !== 201 && created.status !== 200) {
        if (created.status < 500) violations.push(`create refused: ${created.status} ${created.text.slice(0, 200)}`)
        continue
      }
      const item: Item = { id: created.json.doc.id, department: crew.department.id, kind, token, transitions: 0, state: 'draft', edited: false }
      items.push(item)
      const step = async (who: string, action: string, extra: Record<string, unknown> = {}) => {
        if (action === 'approve' && item.state === 'secrecy-reviewed') item.publishSentAt = performance.now()
        const answer = await call('POST /api/documents/:id/workflow', 'POST', `/api/documents/${item.id}/workflow`, who, { action, opinion: '同意', ...extra })
        if (answer.status === 200) {
          item.transitions++
          item.state = answer.json.reviewState
          return true
        }
        if (answer.status < 500) violations.push(`${action} on ${item.id} refused: ${answer.status} ${answer.text.slice(0, 200)}`)
        return false
      }
      if (!(await step(crew.editor, 'submit'))) continue
      if (kind === 'in-review') {
        hiddenIds.push(item.id)
        continue
      }
      if (kind === 'return') {
        await step(crew.reviewer, 'return', { opinion: '请补充依据' })
        hiddenIds.push(item.id)
        continue
      }
      if (!(await step(crew.reviewer, 'approve')) || !(await step(crew.secrecy, 'approve')) || !(await step(crew.approver, 'approve'))) continue
      if (kind === 'on-request') {
        hiddenIds.push(item.id)
        continue
      }
      publishedIds.push(item.id)
      // Every third published item gets a new draft with text that is not public until reviewed again.
      if (n % 3 === 0) {
        const secret = `NP-${run}-${n}`
        const edited = await call('PATCH /api/documents/:id', 'PATCH', `/api/documents/${item.id}?draft=true`, crew.editor, {
          body: lexicalFromParagraphs([`修改稿 ${secret}：尚未审核的新版本内容。`]),
          _status: 'draft',
        })
        if (edited.status === 200) {
          item.edited = true
          // Saving changed content of a published item starts a new review cycle: one register entry (void).
          item.transitions++
        } else if (edited.status < 500) violations.push(`edit of ${item.id} refused: ${edited.status} ${edited.text.slice(0, 200)}`)
      }
    }
  }

  const scan = (text: string, started: number) => {
    for (const match of text.matchAll(NON_PUBLIC)) seenNonPublic.add(match[0])
    for (const match of text.matchAll(PUBLIC_TOKEN)) if (!firstSeen.has(match[0]) || firstSeen.get(match[0])! > started) firstSeen.set(match[0], started)
  }
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(Math.random() * list.length)]
  const readerLoop = async (index: number) => {
    let round = index
    while (!stop) {
      const started = performance.now()
      const which = round++ % 7
      let answer: Answer
      if (which === 0) answer = await call('GET list (cached)', 'GET', '/api/documents?limit=20&depth=1&sort=-publishedAt')
      else if (which === 1) answer = await call('GET list (uncached)', 'GET', `/api/documents?limit=20&depth=1&sort=-publishedAt&r=${Math.random().toString(36).slice(2)}`)
      else if (which === 2) {
        const id = pick(publishedIds)
        answer = id === undefined ? await call('GET list (cached)', 'GET', '/api/documents?limit=20&depth=1&sort=-publishedAt') : await call('GET by id', 'GET', `/api/documents/${id}?depth=1`)
      } else if (which === 3) {
        const id = pick(hiddenIds)
        if (id === undefined) continue
        answer = await call('GET by id (not public)', 'GET', `/api/documents/${id}?depth=1`)
        if (answer.status === 200) violations.push(`anonymous read of non-public item ${id} answered 200`)
      } else if (which === 4) answer = await call('GET change feed', 'GET', '/api/public/changes?limit=100')
      else if (which === 5) answer = await call('POST graphql', 'POST', '/api/graphql', undefined, { query: '{ Documents(limit: 10, sort: "-publishedAt") { docs { id title indexNumber } } }' })
      else {
        const department = pick(departments)!
        answer = await call('GET column feed', 'GET', `/api/public/columns/${department.slug}/feed.xml`)
      }
      scan(answer.text, started)
    }
  }

  log(`running ${readers} readers and ${crewList.length} crews for ${seconds} s`)
  measuring = true
  const began = performance.now()
  const workers = [...crewList.map((crew, i) => crewLoop(crew, i)), ...Array.from({ length: readers }, (_, i) => readerLoop(i))]
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  stop = true
  await Promise.all(workers)
  const elapsed = (performance.now() - began) / 1000
  measuring = false
  log(`load over after ${elapsed.toFixed(1)} s; checking`)

  // --- Checks.
  for (const token of seenNonPublic) violations.push(`non-public text ${token} was returned to an anonymous reader`)
  for (const item of items.filter((i) => i.kind === 'publish')) {
    const seen = firstSeen.get(item.token)
    if (seen === undefined) continue
    if (item.publishSentAt === undefined || seen < item.publishSentAt) violations.push(`${item.token} was returned to an anonymous reader before its 终审 was asked for`)
  }
  const byId = new Map(items.map((i) => [String(i.id), i]))
  for (const item of items) {
    const stored = await call('check', 'GET', `/api/documents/${item.id}?depth=0&draft=true`, admin)
    if (stored.status !== 200) {
      violations.push(`acknowledged item ${item.id} is missing (${stored.status})`)
      continue
    }
    const expected = item.edited ? 'draft' : item.state
    if (stored.json.reviewState !== expected) violations.push(`item ${item.id}: state ${stored.json.reviewState}, acknowledged ${expected}`)
    const anonymous = await call('check', 'GET', `/api/documents/${item.id}?depth=0`)
    if (item.state === 'published' && item.kind === 'publish') {
      if (anonymous.status !== 200 || !anonymous.text.includes(item.token)) violations.push(`published item ${item.id} is not public (${anonymous.status})`)
      if (NON_PUBLIC.test(anonymous.text)) violations.push(`published item ${item.id} shows its unreviewed draft`)
      NON_PUBLIC.lastIndex = 0
    } else if (anonymous.status === 200) violations.push(`non-public item ${item.id} (${item.kind}) is public`)
  }
  // The register: one entry per acknowledged transition (and per edit that voided a publication), per item.
  const entries = new Map<string, number>()
  for (let page = 1; ; page++) {
    const answer = expectOk(await call('check', 'GET', `/api/approval-records?limit=500&page=${page}&depth=0&sort=id`, admin), 'approval register')
    for (const entry of answer.docs) {
      const subject = entry.subject && typeof entry.subject === 'object' ? entry.subject.value : entry.subject
      const key = String(subject && typeof subject === 'object' ? subject.id : subject)
      entries.set(key, (entries.get(key) ?? 0) + 1)
    }
    if (!answer.hasNextPage) break
  }
  for (const item of items) {
    const count = entries.get(String(item.id)) ?? 0
    if (count !== item.transitions) violations.push(`item ${item.id}: ${count} register entries for ${item.transitions} acknowledged transitions`)
  }
  // On a database of its own, nothing else may have register entries either.
  if (!options.admin) for (const key of entries.keys()) if (!byId.has(key)) violations.push(`register entries for an item nobody created: ${key}`)
  // 索引号 serials per department: 1..n, no gap, no repeat.
  for (const department of departments) {
    const serials: number[] = []
    for (let page = 1; ; page++) {
      const answer = expectOk(await call('check', 'GET', `/api/documents?where[department][equals]=${department.id}&limit=500&page=${page}&depth=0&draft=true&select[indexNumber]=true`, admin), 'documents')
      for (const doc of answer.docs) serials.push(Number(/(\d+)$/.exec(String(doc.indexNumber))?.[1]))
      if (!answer.hasNextPage) break
    }
    serials.sort((a, b) => a - b)
    const gap = serials.findIndex((value, i) => value !== i + 1)
    if (gap !== -1) violations.push(`department ${department.id}: 索引号 serials not gap-free at position ${gap + 1} (${serials.slice(Math.max(0, gap - 2), gap + 3).join(', ')})`)
  }

  const routes = new Map<string, Sample[]>()
  for (const sample of samples) routes.set(sample.route, [...(routes.get(sample.route) ?? []), sample])
  const figures: RouteFigures[] = [...routes.entries()].map(([route, list]) => {
    const times = list.map((s) => s.ms).sort((a, b) => a - b)
    return {
      route,
      requests: list.length,
      perSecond: +(list.length / elapsed).toFixed(1),
      p50Ms: +percentile(times, 50).toFixed(1),
      p99Ms: +percentile(times, 99).toFixed(1),
      status5xx: list.filter((s) => s.status >= 500).length,
      status4xx: list.filter((s) => s.status >= 400 && s.status < 500).length,
    }
  })
  return {
    seconds: +elapsed.toFixed(1),
    readers,
    crews: crewList.length,
    routes: figures.sort((a, b) => a.route.localeCompare(b.route)),
    items: {
      created: items.length,
      published: items.filter((i) => i.kind === 'publish' && i.state === 'published').length,
      returned: items.filter((i) => i.kind === 'return').length,
      onRequest: items.filter((i) => i.kind === 'on-request').length,
      inReview: items.filter((i) => i.kind === 'in-review').length,
      editedAfterPublication: items.filter((i) => i.edited).length,
    },
    transitions: items.reduce((sum, i) => sum + i.transitions, 0),
    violations,
  }
}
