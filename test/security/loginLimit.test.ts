/**
 * Issue 13, point 3: the login limits count per client address and per account apart, so a county office behind
 * one NAT address signs in at 8:30 while guessing one account's password is still stopped — with a 429 in
 * Payload's own error shape that says, in Chinese, when to try again.
 */
import { bootPayload, startServer, type TestContext, type TestServer } from '../helpers/testPayload'
import { makeDepartment, makeUser, PASSWORD } from '../helpers/fixtures'
import { beijingClockTime } from '../../domain/security/loginRetry'
import { httpSettings } from '../../src/server/httpSettings'
import type { User } from '../../src/payload-types'

type Res = { status: number; json: any; headers: Headers }

const WINDOW_MS = 15 * 60 * 1000
const IP_LIMITED = '登录尝试过于频繁，请15分钟后再试'
const accountLimited = (time: string) => `该账号登录尝试过于频繁，请于 ${time}后重试`

let ctx: TestContext
let server: TestServer
let office: User[] = []
let ipCounter = 0
const extra: TestServer[] = []

/** One address per test (the server trusts X-Forwarded-For from loopback): the security plugin's own per-address delay stays out of the way. */
const freshIp = () => `10.13.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`

const post = async (url: string, path: string, body: BodyInit, ip: string, headers: Record<string, string> = {}): Promise<Res> => {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'x-forwarded-for': ip, ...headers }, body })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: res.status, json, headers: res.headers }
}

const login = (email: string, password: string, ip: string, url = server.url) =>
  post(url, '/api/users/login', JSON.stringify({ email, password }), ip, { 'content-type': 'application/json' })

/** What the admin's login form sends: multipart with the data as the JSON `_payload` field. */
const formLogin = (email: string, password: string, ip: string) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ email, password }))
  return post(server.url, '/api/users/login', form, ip)
}

/** The message a refusal of the 11th attempt may carry: the window opened between `from` and `to`. */
const expectedRefusals = (from: number, to: number) => [accountLimited(beijingClockTime(new Date(from + WINDOW_MS))), accountLimited(beijingClockTime(new Date(to + WINDOW_MS)))]

beforeAll(async () => {
  ctx = await bootPayload()
  const department = await makeDepartment(ctx.payload)
  // The server as it is configured out of the box: the default limits of both kinds.
  server = await startServer(ctx)
  office = []
  for (let i = 0; i < 11; i++) office.push(await makeUser(ctx.payload, ['editor'], department.id))
})
afterAll(async () => {
  for (const own of extra) await own.close()
  await server?.close()
  await ctx?.close()
})

describe('login limits per address and per account (issue 13, point 3)', () => {
  it('lets eleven colleagues behind one address sign in one after another', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    for (const user of office) statuses.push((await login(user.email, PASSWORD, ip)).status)
    expect(statuses).toEqual(Array(11).fill(200))
  })

  it('refuses the 11th wrong login on one account with 429, the time to retry and Retry-After, whoever tries next', async () => {
    const ip = freshIp()
    const victim = office[0]
    const from = Date.now()
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await login(victim.email, `Wrong-pass-${i}`, ip)).status)
    const to = Date.now()
    expect(statuses).toEqual(Array(10).fill(401))
    const eleventh = await login(victim.email, 'Wrong-pass-10', ip)
    expect(eleventh.status).toBe(429)
    expect(eleventh.headers.get('content-type')).toContain('application/json')
    expect(eleventh.json).toEqual({ errors: [{ message: expect.any(String) }] })
    expect(expectedRefusals(from, to)).toContain(eleventh.json.errors[0].message)
    const retryAfter = Number(eleventh.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    // The account stays refused until then, with the right password and from another address too.
    const owner = await login(victim.email, PASSWORD, freshIp())
    expect([owner.status, owner.json.errors[0].message]).toEqual([429, eleventh.json.errors[0].message])
  })

  it('lets a colleague behind the same address sign in meanwhile', async () => {
    const ip = freshIp()
    for (let i = 0; i < 11; i++) await login('nobody-here@test.gov.cn', `Wrong-pass-${i}`, ip)
    expect((await login(office[1].email, PASSWORD, ip)).status).toBe(200)
  })

  it('does not count a login that succeeds against its account', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await login(office[2].email, PASSWORD, ip)).status)
    expect(statuses).toEqual(Array(12).fill(200))
  })

  it("counts the admin login form's multipart attempts per account too", async () => {
    const ip = freshIp()
    const from = Date.now()
    for (let i = 0; i < 10; i++) expect((await formLogin(office[3].email, `Wrong-pass-${i}`, ip)).status).toBe(401)
    const to = Date.now()
    const eleventh = await formLogin(office[3].email, 'Wrong-pass-10', ip)
    expect(eleventh.status).toBe(429)
    expect(expectedRefusals(from, to)).toContain(eleventh.json.errors[0].message)
  })

  it('counts GraphQL loginUser mutations per account, aliases included', async () => {
    const guesses = Array.from({ length: 11 }, (_, i) => `g${i}: loginUser(email: "${office[4].email}", password: "Wrong-pass-${i}") { token }`).join(' ')
    const res = await post(server.url, '/api/graphql', JSON.stringify({ query: `mutation { ${guesses} }` }), freshIp(), { 'content-type': 'application/json' })
    expect(res.status).toBe(429)
    expect(res.json.errors[0].message).toMatch(/^该账号登录尝试过于频繁，请于 \d{2}时\d{2}分后重试$/)
  })

  it('keeps the per-address limit at its own number', async () => {
    const own = await startServer(ctx, { limits: { loginPerWindow: 12 } })
    extra.push(own)
    const ip = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await login(`office${i}@test.gov.cn`, 'Wrong-pass-1', ip, own.url)).status)
    expect(statuses).toEqual(Array(12).fill(401))
    const thirteenth = await login(office[5].email, PASSWORD, ip, own.url)
    expect(thirteenth.status).toBe(429)
    expect(thirteenth.json).toEqual({ errors: [{ message: IP_LIMITED }] })
    expect(Number(thirteenth.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('defaults to 100 logins per address and 10 per account in 15 minutes', () => {
    const saved = { ip: process.env.LOGIN_RATE_LIMIT, account: process.env.LOGIN_ACCOUNT_RATE_LIMIT }
    delete process.env.LOGIN_RATE_LIMIT
    delete process.env.LOGIN_ACCOUNT_RATE_LIMIT
    const defaults = httpSettings()
    Object.assign(process.env, { LOGIN_RATE_LIMIT: '300', LOGIN_ACCOUNT_RATE_LIMIT: '5' })
    const configured = httpSettings()
    for (const [name, value] of [['LOGIN_RATE_LIMIT', saved.ip], ['LOGIN_ACCOUNT_RATE_LIMIT', saved.account]] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    expect([defaults.loginPerWindow, defaults.loginPerAccountPerWindow, defaults.loginWindowMs]).toEqual([100, 10, WINDOW_MS])
    expect([configured.loginPerWindow, configured.loginPerAccountPerWindow]).toEqual([300, 5])
  })
})
