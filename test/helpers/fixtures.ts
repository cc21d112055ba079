/** Small builders for test data through the Local API, and an HTTP client that logs in for real. */
import { createLocalReq, type Payload } from 'payload'
import { performTransition, type TransitionInput } from '../../plugins/workflow/actions/performTransition'
import { computeOrganizationCodeCheck, computeUsccCheck } from '../../domain/organizationCode'
import { lexicalFromParagraphs } from '../../domain/lexicalText'
import type { Id } from '../../domain/ids'
import type { Document, User } from '../../src/payload-types'
import { createDoc, type Fixture } from './localApi'

export const PASSWORD = 'Test@2026-pass'

let sequence = 0
const next = () => ++sequence

/** A valid 18-char USCC for a government organ, different for every call. */
export const makeUscc = (): string => {
  const body8 = String(10_000_000 + next() * 7919).slice(-8)
  const org = body8 + computeOrganizationCodeCheck(body8)
  const body17 = `11421123${org}`
  return body17 + computeUsccCheck(body17)
}

export const makeDepartment = (payload: Payload, data: Fixture<'departments'> = {}) =>
  createDoc(payload, 'departments', { name: `测试部门${next()}`, code: makeUscc(), kind: 'department', ...data })

export type Role = User['roles'][number]

export const makeUser = (payload: Payload, roles: Role[], department: Id, data: Fixture<'users'> = {}) =>
  createDoc(payload, 'users', { name: `用户${next()}`, email: `u${next()}@test.gov.cn`, password: PASSWORD, roles, department, ...data })

export const makeColumn = (payload: Payload, data: Fixture<'columns'> = {}) =>
  createDoc(payload, 'columns', { title: `栏目${next()}`, slug: `col-${next()}`, kind: 'news', ...data })

/** A rich-text value as the generated types declare it (lexicalFromParagraphs' `direction` is a plain string). */
export const body = (...paragraphs: string[]) => lexicalFromParagraphs(paragraphs) as NonNullable<Document['body']>

/** An instant `days` before the clock (the real one, or the test's fixed clock): dates test data relative to now. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString()

export type Crew = { editor: User; reviewer: User; secrecy: User; approver: User }
const crews = new WeakMap<Payload, Map<string, Promise<Crew>>>()

/** Staff of a department who can take an item through the three reviews (secrecy and approver are county-wide). */
export const crewFor = (payload: Payload, department: Id): Promise<Crew> => {
  let byDepartment = crews.get(payload)
  if (!byDepartment) crews.set(payload, (byDepartment = new Map()))
  const key = String(department)
  if (!byDepartment.has(key)) {
    byDepartment.set(
      key,
      (async () => ({
        editor: await makeUser(payload, ['editor'], department),
        reviewer: await makeUser(payload, ['reviewer'], department),
        secrecy: await makeUser(payload, ['secrecy'], department),
        approver: await makeUser(payload, ['approver'], department),
      }))(),
    )
  }
  return byDepartment.get(key)!
}

/** Runs one workflow action through the Local API as the given user. */
export const act = async (payload: Payload, user: User, input: Omit<TransitionInput, 'actor'>) =>
  performTransition(await createLocalReq({ user: { ...user, collection: 'users' } }, payload), { ...input, actor: user })

/** Submit, 初审, 保密审查, 终审: the only way an item becomes public. */
export const publishThroughWorkflow = async (payload: Payload, collection: 'documents' | 'interpretations', id: Id, department: Id) => {
  const crew = await crewFor(payload, department)
  await act(payload, crew.editor, { collection, id, action: 'submit' })
  await act(payload, crew.reviewer, { collection, id, action: 'approve' })
  await act(payload, crew.secrecy, { collection, id, action: 'approve' })
  return act(payload, crew.approver, { collection, id, action: 'approve' })
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/** A document, saved as a draft and (unless `draft`) published through the workflow. */
export const makeDocument = async (payload: Payload, data: Fixture<'documents'>, options: { draft?: boolean } = {}) => {
  const doc = await createDoc(
    payload,
    'documents',
    { title: `测试信息${next()}`, formedAt: daysAgo(1), disclosure: 'proactive', body: body('正文内容'), _status: 'draft', ...data },
    { draft: true },
  )
  if (options.draft) return doc
  await publishThroughWorkflow(payload, 'documents', doc.id, idOf(data.department))
  return payload.findByID({ collection: 'documents', id: doc.id, depth: 0 })
}

export const makeInterpretation = async (payload: Payload, data: Fixture<'interpretations'>, options: { draft?: boolean } = {}) => {
  const doc = await createDoc(payload, 'interpretations', { title: `测试解读${next()}`, form: 'text', body: body('解读内容'), _status: 'draft', ...data }, { draft: true })
  if (options.draft) return doc
  await publishThroughWorkflow(payload, 'interpretations', doc.id, idOf(data.department))
  return payload.findByID({ collection: 'interpretations', id: doc.id, depth: 0 })
}

export const login = async (url: string, email: string, password = PASSWORD): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !json.token) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(json)}`)
  return json.token
}

export const api = (url: string, token?: string) => {
  const request = async (method: string, path: string, payloadBody?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(payloadBody !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: payloadBody !== undefined ? JSON.stringify(payloadBody) : undefined,
    })
    const text = await response.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    return { status: response.status, json, text, headers: response.headers }
  }
  return {
    get: (path: string) => request('GET', path),
    post: (path: string, data?: unknown) => request('POST', path, data),
    patch: (path: string, data?: unknown) => request('PATCH', path, data),
    del: (path: string) => request('DELETE', path),
    graphql: (query: string, variables?: Record<string, unknown>) => request('POST', '/api/graphql', { query, variables }),
  }
}

/** The field messages of the ValidationError a Local API call must fail with, by path. */
export const validationMessages = async (call: Promise<unknown>): Promise<Record<string, string>> => {
  try {
    await call
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors
    if (!errors) throw error
    return Object.fromEntries(errors.map((e) => [e.path, e.message]))
  }
  throw new Error('expected the call to be refused with a ValidationError, but it succeeded')
}
